import type { AppEvent, ParticipantInput, PhoneCard, PhoneSelfCheck, PhoneVote } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, fieldError, notFound } from '../errors';
import { findCard, toCard } from '../live/cards';
import { cardsChanged } from '../live/phases';
import type { ParticipantCaller } from './caller';
import { type LivePhase, boardCardEditable, canAddCards, livePhase, phoneSelfCheck, phoneVote, phoneWorkshop, voteRevealed, voteSessionOf } from './view';

// What a phone may write. Every check that decides a write (is this phase
// still the one the room sees, still open, is this card the phone's own, are
// there dots left) runs inside the write transaction, together with the
// write: the coach may close the phase or start a new vote at any moment.

export const phonesChanged = (workshopId: string): AppEvent => ({ name: 'phones.changed', payload: { workshopId } });

const closed = (): CoreError => new CoreError('validation', 'errors.phones.closed');

/**
 * The phase a write was made for must still be the one the room sees: a card
 * retried after the coach moved on must not land in the next phase.
 */
function samePhase(phase: LivePhase | null, writtenFor: string | undefined): void {
  if (writtenFor !== undefined && phase?.id !== writtenFor) throw new CoreError('validation', 'errors.phones.phaseMoved');
}

function openPhase(ctx: CoreContext, caller: ParticipantCaller, writtenFor?: string): LivePhase {
  const phase = livePhase(ctx, caller.workshopId);
  samePhase(phase, writtenFor);
  if (!phase || phase.closed === 1) throw closed();
  return phase;
}

const nextPosition = (ctx: CoreContext, phaseId: string): number =>
  ((ctx.sql('SELECT MAX(position) AS p FROM cards WHERE phase_id = ?').get(phaseId) as { p: number | null }).p ?? 0) + 1;

export function addPhoneCard(ctx: CoreContext, caller: ParticipantCaller, input: ParticipantInput<'cards.add'>): PhoneCard {
  const id = ctx.newId();
  return writeTransaction(ctx, (events) => {
    const phase = livePhase(ctx, caller.workshopId);
    samePhase(phase, input.phaseId);
    if (!canAddCards(ctx, phase)) throw closed();
    const author = phoneWorkshop(ctx, caller.workshopId).ask_names === 1 ? caller.name : '';
    const now = isoNow(ctx);
    if (phase.moderation === 'review') {
      ctx
        .sql('INSERT INTO card_queue (id, workshop_id, phase_id, text, color, author, session_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, caller.workshopId, phase.id, input.text, input.color, author, caller.sessionId, now);
      events.push(phonesChanged(caller.workshopId));
      return { id, text: input.text, color: input.color, waiting: true, editable: true };
    }
    ctx
      .sql(
        `INSERT INTO cards (id, workshop_id, phase_id, text, color, author, cluster_id, position, created_at, updated_at, origin)
         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'phone')`,
      )
      .run(id, caller.workshopId, phase.id, input.text, input.color, author, nextPosition(ctx, phase.id), now, now);
    ctx.sql('INSERT INTO phone_cards (card_id, workshop_id, session_id) VALUES (?, ?, ?)').run(id, caller.workshopId, caller.sessionId);
    // With the card itself, so the coach's board adds it without loading the whole board again.
    events.push(cardsChanged(caller.workshopId, phase.id, { upsert: [toCard(findCard(ctx, id))], remove: [] }, true));
    return { id, text: input.text, color: input.color, waiting: false, editable: true };
  });
}

type OwnCard = { where: 'cards' | 'card_queue'; id: string; phase_id: string; text: string; color: PhoneCard['color'] };

/** The phone's own card (on the board or waiting in the queue); another phone's card is "not found", not "forbidden". */
function ownCard(ctx: CoreContext, caller: ParticipantCaller, id: string): OwnCard {
  const card = ctx
    .sql('SELECT c.id, c.phase_id, c.text, c.color FROM cards c JOIN phone_cards o ON o.card_id = c.id WHERE c.id = ? AND o.session_id = ? AND c.workshop_id = ?')
    .get(id, caller.sessionId, caller.workshopId) as Omit<OwnCard, 'where'> | undefined;
  if (card) return { ...card, where: 'cards' };
  const waiting = ctx
    .sql('SELECT id, phase_id, text, color FROM card_queue WHERE id = ? AND session_id = ? AND workshop_id = ?')
    .get(id, caller.sessionId, caller.workshopId) as Omit<OwnCard, 'where'> | undefined;
  if (waiting) return { ...waiting, where: 'card_queue' };
  throw notFound('card');
}

/** Own cards change only while their phase is the open phase the room sees. */
function ownCardInOpenPhase(ctx: CoreContext, caller: ParticipantCaller, id: string): OwnCard {
  const card = ownCard(ctx, caller, id);
  const phase = openPhase(ctx, caller);
  if (phase.id !== card.phase_id) throw closed();
  // On the board, a card stays as the coach accepted it ("erst prüfen") and as the room votes on it.
  if (card.where === 'cards' && !boardCardEditable(ctx, phase)) throw new CoreError('validation', 'errors.phones.cardLocked');
  return card;
}

function cardEvent(ctx: CoreContext, caller: ParticipantCaller, card: OwnCard, deleted: boolean): AppEvent {
  if (card.where === 'card_queue') return phonesChanged(caller.workshopId);
  const delta = deleted ? { upsert: [], remove: [card.id] } : { upsert: [toCard(findCard(ctx, card.id))], remove: [] };
  return cardsChanged(caller.workshopId, card.phase_id, delta, true);
}

export function editPhoneCard(ctx: CoreContext, caller: ParticipantCaller, input: ParticipantInput<'cards.edit'>): PhoneCard {
  return writeTransaction(ctx, (events) => {
    const card = ownCardInOpenPhase(ctx, caller, input.id);
    const text = input.text ?? card.text;
    const color = input.color ?? card.color;
    if (card.where === 'cards') ctx.sql('UPDATE cards SET text = ?, color = ?, updated_at = ? WHERE id = ?').run(text, color, isoNow(ctx), card.id);
    else ctx.sql('UPDATE card_queue SET text = ?, color = ? WHERE id = ?').run(text, color, card.id);
    events.push(cardEvent(ctx, caller, card, false));
    return { id: card.id, text, color, waiting: card.where === 'card_queue', editable: true };
  });
}

export function deletePhoneCard(ctx: CoreContext, caller: ParticipantCaller, id: string): { id: string } {
  return writeTransaction(ctx, (events) => {
    const card = ownCardInOpenPhase(ctx, caller, id);
    ctx.sql(`DELETE FROM ${card.where} WHERE id = ?`).run(card.id);
    events.push(cardEvent(ctx, caller, card, true));
    return { id: card.id };
  });
}

type Dots = PhoneVote['mine'];

/** The same target named twice counts once, with its dots added up. */
const mergeDots = (dots: Dots): Dots => {
  const sums = new Map<string, number>();
  for (const d of dots) sums.set(d.targetId, (sums.get(d.targetId) ?? 0) + d.count);
  return [...sums].map(([targetId, count]) => ({ targetId, count }));
};

/** Casts or changes this phone's ballot: its earlier dots are taken back, then the new ones placed; one ballot per phone. */
export function castPhoneBallot(ctx: CoreContext, caller: ParticipantCaller, input: ParticipantInput<'ballot'>): PhoneVote {
  return writeTransaction(ctx, (events) => {
    const phase = openPhase(ctx, caller, input.phaseId);
    const session = voteSessionOf(ctx, phase.id);
    if (!session) throw new CoreError('validation', 'errors.votes.noSession');
    if (voteRevealed(ctx, caller.workshopId, phase.id)) throw new CoreError('validation', 'errors.phones.voteRevealed');
    const dots = mergeDots(input.dots);
    if (dots.reduce((s, d) => s + d.count, 0) > session.dots_per_person) throw fieldError('dots', 'errors.votes.ballotTooMany');
    const table = session.target === 'cards' ? 'cards' : 'card_clusters';
    for (const d of dots) {
      if (!ctx.sql(`SELECT 1 FROM ${table} WHERE id = ? AND phase_id = ?`).get(d.targetId, phase.id)) {
        throw new CoreError('validation', session.target === 'cards' ? 'errors.votes.notACard' : 'errors.votes.notACluster');
      }
    }
    const earlier = ctx.sql('SELECT dots FROM phone_ballots WHERE phase_id = ? AND session_id = ?').get(phase.id, caller.sessionId) as { dots: string } | undefined;
    if (earlier) {
      for (const d of JSON.parse(earlier.dots) as Dots) ctx.sql(`UPDATE ${table} SET votes = MAX(0, votes - ?) WHERE id = ? AND phase_id = ?`).run(d.count, d.targetId, phase.id);
    } else {
      const { ballots, participants } = ctx.sql('SELECT ballots, participants FROM vote_sessions WHERE phase_id = ?').get(phase.id) as { ballots: number; participants: number };
      if (ballots >= participants) throw new CoreError('validation', 'errors.votes.allVoted', { participants });
      ctx.sql('UPDATE vote_sessions SET ballots = ballots + 1 WHERE phase_id = ?').run(phase.id);
    }
    for (const d of dots) ctx.sql(`UPDATE ${table} SET votes = votes + ? WHERE id = ?`).run(d.count, d.targetId);
    ctx
      .sql(
        `INSERT INTO phone_ballots (phase_id, workshop_id, session_id, dots, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (phase_id, session_id) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at`,
      )
      .run(phase.id, caller.workshopId, caller.sessionId, JSON.stringify(dots), isoNow(ctx));
    events.push(cardsChanged(caller.workshopId, phase.id, undefined, true));
    return phoneVote(ctx, caller, phase)!;
  });
}

/** The phone's ratings go into the self-check's individual ratings; a changed rating replaces its earlier one. */
export function ratePhoneSelfCheck(ctx: CoreContext, caller: ParticipantCaller, input: ParticipantInput<'rate'>): PhoneSelfCheck {
  return writeTransaction(ctx, (events) => {
    const phase = openPhase(ctx, caller, input.phaseId);
    if (phase.kind !== 'selfcheck') throw closed();
    const now = isoNow(ctx);
    for (const { dimension, rating } of input.ratings) {
      ctx.sql('INSERT OR IGNORE INTO selfcheck_entries (workshop_id, dimension, updated_at) VALUES (?, ?, ?)').run(caller.workshopId, dimension, now);
      const entry = ctx.sql('SELECT ratings FROM selfcheck_entries WHERE workshop_id = ? AND dimension = ?').get(caller.workshopId, dimension) as { ratings: string };
      const ratings = JSON.parse(entry.ratings) as number[];
      const earlier = ctx.sql('SELECT rating FROM phone_ratings WHERE workshop_id = ? AND session_id = ? AND dimension = ?').get(caller.workshopId, caller.sessionId, dimension) as
        | { rating: number }
        | undefined;
      const at = earlier ? ratings.indexOf(earlier.rating) : -1;
      if (at >= 0) ratings.splice(at, 1);
      if (ratings.length >= 500) throw new CoreError('validation', 'errors.phones.full');
      ratings.push(rating);
      ctx.sql('UPDATE selfcheck_entries SET ratings = ?, updated_at = ? WHERE workshop_id = ? AND dimension = ?').run(JSON.stringify(ratings), now, caller.workshopId, dimension);
      ctx
        .sql(
          `INSERT INTO phone_ratings (workshop_id, session_id, dimension, rating, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (workshop_id, session_id, dimension) DO UPDATE SET rating = excluded.rating, updated_at = excluded.updated_at`,
        )
        .run(caller.workshopId, caller.sessionId, dimension, rating, now);
    }
    events.push({ name: 'selfcheck.changed', payload: { workshopId: caller.workshopId } });
    return phoneSelfCheck(ctx, caller);
  });
}
