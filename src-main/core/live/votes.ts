import type { AppEvent, CardBoard, MethodParsedInput, VoteTarget } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, fieldError } from '../errors';
import { getBoard } from './cards';
import { cardsChanged, requirePhase } from './phases';

// Dot voting on the cards or the clusters of a phase. The room's dots are
// entered click by click, as totals, or one person after the other; never
// more dots than the room has.

interface Session {
  target: VoteTarget;
  dots_per_person: number;
  participants: number;
  ballots: number;
}

const TABLE: Record<VoteTarget, 'cards' | 'card_clusters'> = { cards: 'cards', clusters: 'card_clusters' };

function requireSession(ctx: CoreContext, phaseId: string): Session {
  const session = ctx.sql('SELECT target, dots_per_person, participants, ballots FROM vote_sessions WHERE phase_id = ?').get(phaseId) as Session | undefined;
  if (!session) throw new CoreError('validation', 'errors.votes.noSession');
  return session;
}

/** A card or cluster of this phase that the vote is about. */
function requireTarget(ctx: CoreContext, phaseId: string, session: Session, targetId: string): number {
  const row = ctx.sql(`SELECT votes FROM ${TABLE[session.target]} WHERE id = ? AND phase_id = ?`).get(targetId, phaseId) as { votes: number } | undefined;
  if (!row) throw new CoreError('validation', session.target === 'cards' ? 'errors.votes.notACard' : 'errors.votes.notACluster');
  return row.votes;
}

const totalVotes = (ctx: CoreContext, phaseId: string, target: VoteTarget): number =>
  (ctx.sql(`SELECT COALESCE(SUM(votes), 0) AS n FROM ${TABLE[target]} WHERE phase_id = ?`).get(phaseId) as { n: number }).n;

/**
 * Runs checks and writes together under the write lock: the desktop app and
 * the browser host may share the file, and a limit checked before the lock
 * could already be used up by the other one.
 */
function change(ctx: CoreContext, phaseId: string, fn: (events: AppEvent[], workshopId: string) => void): CardBoard {
  writeTransaction(ctx, (events) => {
    const phase = requirePhase(ctx, phaseId);
    fn(events, phase.workshop_id);
    events.push(cardsChanged(phase.workshop_id, phaseId));
  });
  return getBoard(ctx, phaseId);
}

function clearVotes(ctx: CoreContext, phaseId: string): void {
  ctx.sql('UPDATE cards SET votes = 0 WHERE phase_id = ?').run(phaseId);
  ctx.sql('UPDATE card_clusters SET votes = 0 WHERE phase_id = ?').run(phaseId);
  // Phones' ballots go with the dots: after a new start every phone votes afresh.
  ctx.sql('DELETE FROM phone_ballots WHERE phase_id = ?').run(phaseId);
}

/** Starts a vote (again): how many dots each person has, how many people vote; earlier dots are cleared. */
export function startVote(ctx: CoreContext, input: MethodParsedInput<'votes.start'>): CardBoard {
  return change(ctx, input.phaseId, () => {
    clearVotes(ctx, input.phaseId);
    ctx
      .sql(
        `INSERT INTO vote_sessions (phase_id, target, dots_per_person, participants, ballots, chosen_id, created_at) VALUES (?, ?, ?, ?, 0, NULL, ?)
         ON CONFLICT (phase_id) DO UPDATE SET target = excluded.target, dots_per_person = excluded.dots_per_person,
           participants = excluded.participants, ballots = 0, chosen_id = NULL`,
      )
      .run(input.phaseId, input.target, input.dotsPerPerson, input.participants, isoNow(ctx));
  });
}

/** Sets the dots on one card or cluster (a click adds one, a typed total sets it). */
export function setVotes(ctx: CoreContext, input: MethodParsedInput<'votes.set'>): CardBoard {
  return change(ctx, input.phaseId, () => {
    const session = requireSession(ctx, input.phaseId);
    const current = requireTarget(ctx, input.phaseId, session, input.targetId);
    const max = session.dots_per_person * session.participants;
    if (totalVotes(ctx, input.phaseId, session.target) - current + input.count > max) {
      throw new CoreError('validation', 'errors.votes.tooMany', { max }, [{ field: 'count', messageKey: 'errors.votes.tooMany', params: { max } }]);
    }
    ctx.sql(`UPDATE ${TABLE[session.target]} SET votes = ? WHERE id = ?`).run(input.count, input.targetId);
  });
}

/** One person's dots at once. */
export function castBallot(ctx: CoreContext, input: MethodParsedInput<'votes.ballot'>): CardBoard {
  return change(ctx, input.phaseId, () => {
    const session = requireSession(ctx, input.phaseId);
    const sum = input.dots.reduce((s, d) => s + d.count, 0);
    if (sum > session.dots_per_person) throw fieldError('dots', 'errors.votes.ballotTooMany');
    if (session.ballots >= session.participants) throw new CoreError('validation', 'errors.votes.allVoted', { participants: session.participants });
    for (const d of input.dots) requireTarget(ctx, input.phaseId, session, d.targetId);
    for (const d of input.dots) ctx.sql(`UPDATE ${TABLE[session.target]} SET votes = votes + ? WHERE id = ?`).run(d.count, d.targetId);
    ctx.sql('UPDATE vote_sessions SET ballots = ballots + 1 WHERE phase_id = ?').run(input.phaseId);
  });
}

export function resetVotes(ctx: CoreContext, phaseId: string): CardBoard {
  return change(ctx, phaseId, () => {
    requireSession(ctx, phaseId);
    clearVotes(ctx, phaseId);
    ctx.sql('UPDATE vote_sessions SET ballots = 0, chosen_id = NULL WHERE phase_id = ?').run(phaseId);
  });
}

/** Marks what the room chose (phase 4: the topic of the day), or takes the mark away. */
export function chooseTarget(ctx: CoreContext, input: MethodParsedInput<'votes.choose'>): CardBoard {
  return change(ctx, input.phaseId, (events, workshopId) => {
    const session = requireSession(ctx, input.phaseId);
    if (input.targetId !== null) requireTarget(ctx, input.phaseId, session, input.targetId);
    ctx.sql('UPDATE vote_sessions SET chosen_id = ? WHERE phase_id = ?').run(input.targetId, input.phaseId);
    // The topic heads the later phases, the follow-ups and the club's timeline.
    const { organisation_id } = ctx.sql('SELECT organisation_id FROM workshops WHERE id = ?').get(workshopId) as { organisation_id: string };
    events.push({ name: 'workshops.changed', payload: { workshopId, organisationId: organisation_id } });
  });
}
