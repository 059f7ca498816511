import {
  type CardColor,
  type PhoneCard,
  type PhoneModeration,
  type PhoneSelfCheck,
  type PhoneView,
  type PhoneVote,
  SELF_CHECK_DIMENSIONS,
  type SelfCheckDimension,
  type VoteTarget,
} from '../../contract';
import type { CoreContext } from '../context';
import { CoreError } from '../errors';
import { getPresentation } from '../live/presentation';
import type { ParticipantCaller } from './caller';

// What a phone sees: read from the database for one session. Only the phase
// the coach shows now, only text (never who wrote another card), and the
// vote result only once the coach revealed it.

/** Phases in which phones write cards. */
const CARD_KINDS = new Set(['cards', 'voting']);

export interface LivePhase {
  id: string;
  workshop_id: string;
  title: string;
  kind: string;
  prompts: string;
  moderation: PhoneModeration;
  closed: number;
}

interface WorkshopRow {
  title: string;
  status: string;
  ask_names: number;
}

export function phoneWorkshop(ctx: CoreContext, workshopId: string): WorkshopRow {
  const row = ctx.sql('SELECT title, status, ask_names FROM workshops WHERE id = ?').get(workshopId) as WorkshopRow | undefined;
  if (!row) throw new CoreError('not_found', 'errors.phones.sessionEnded');
  return row;
}

/** "Erst prüfen" is for card phases only; anywhere else (a vote's phase) cards from phones show directly. */
export const EFFECTIVE_MODERATION = "CASE WHEN p.kind = 'cards' THEN COALESCE(s.moderation, 'direct') ELSE 'direct' END";

/** The phase the room sees now, with its phone settings (defaults when none were set). */
export function livePhase(ctx: CoreContext, workshopId: string): LivePhase | null {
  const row = ctx
    .sql(
      `SELECT p.id, p.workshop_id, p.title, p.kind, p.prompts, ${EFFECTIVE_MODERATION} AS moderation, COALESCE(s.closed, 0) AS closed
       FROM workshops w JOIN workshop_phases p ON p.id = w.live_phase_id LEFT JOIN phase_phone_settings s ON s.phase_id = p.id
       WHERE w.id = ?`,
    )
    .get(workshopId) as LivePhase | undefined;
  return row ?? null;
}

export function voteSessionOf(ctx: CoreContext, phaseId: string): { target: VoteTarget; dots_per_person: number } | undefined {
  return ctx.sql('SELECT target, dots_per_person FROM vote_sessions WHERE phase_id = ?').get(phaseId) as { target: VoteTarget; dots_per_person: number } | undefined;
}

/** Cards need an open card phase without a running vote (a vote on a board that keeps growing would be unfair). */
export function canAddCards(ctx: CoreContext, phase: LivePhase | null): phase is LivePhase {
  return phase !== null && phase.closed === 0 && CARD_KINDS.has(phase.kind) && voteSessionOf(ctx, phase.id) === undefined;
}

/** The vote's result is on show: ballots stay as they are (changing dots after seeing the result would be unfair). */
export const voteRevealed = (ctx: CoreContext, workshopId: string, phaseId: string): boolean => getPresentation(ctx, workshopId, phaseId).revealVote;

/**
 * Whether a phone may still change or delete its card on the board: not once
 * the coach accepted it under "erst prüfen", nor while the room votes on it.
 * A card still waiting in the queue is the phone's to change while the phase is open.
 */
export function boardCardEditable(ctx: CoreContext, phase: LivePhase): boolean {
  return phase.closed === 0 && phase.moderation === 'direct' && voteSessionOf(ctx, phase.id) === undefined;
}

function ownCards(ctx: CoreContext, caller: ParticipantCaller, phase: LivePhase): PhoneCard[] {
  const phaseId = phase.id;
  const cards = ctx
    .sql(
      `SELECT c.id, c.text, c.color FROM cards c JOIN phone_cards o ON o.card_id = c.id
       WHERE o.session_id = ? AND c.phase_id = ? ORDER BY c.created_at, c.rowid`,
    )
    .all(caller.sessionId, phaseId) as { id: string; text: string; color: CardColor }[];
  const waiting = ctx
    .sql('SELECT id, text, color FROM card_queue WHERE session_id = ? AND phase_id = ? ORDER BY created_at, rowid')
    .all(caller.sessionId, phaseId) as { id: string; text: string; color: CardColor }[];
  const editable = boardCardEditable(ctx, phase);
  return [...cards.map((c) => ({ ...c, waiting: false, editable })), ...waiting.map((c) => ({ ...c, waiting: true, editable: phase.closed === 0 }))];
}

export function phoneVote(ctx: CoreContext, caller: ParticipantCaller, phase: LivePhase): PhoneVote | null {
  const session = voteSessionOf(ctx, phase.id);
  if (!session) return null;
  const table = session.target === 'cards' ? 'cards' : 'card_clusters';
  const column = session.target === 'cards' ? 'text' : 'name';
  const rows = ctx.sql(`SELECT id, ${column} AS text, votes FROM ${table} WHERE phase_id = ? ORDER BY position, rowid`).all(phase.id) as {
    id: string;
    text: string;
    votes: number;
  }[];
  const ballot = ctx.sql('SELECT dots FROM phone_ballots WHERE phase_id = ? AND session_id = ?').get(phase.id, caller.sessionId) as { dots: string } | undefined;
  const revealed = voteRevealed(ctx, caller.workshopId, phase.id);
  return {
    target: session.target,
    dotsPerPerson: session.dots_per_person,
    items: rows.map((r) => ({ id: r.id, text: r.text })),
    mine: ballot ? (JSON.parse(ballot.dots) as PhoneVote['mine']) : [],
    open: phase.closed === 0 && !revealed,
    results: revealed ? rows.map((r) => ({ id: r.id, votes: r.votes })) : null,
  };
}

export function phoneSelfCheck(ctx: CoreContext, caller: ParticipantCaller): PhoneSelfCheck {
  const rows = ctx.sql('SELECT dimension, rating FROM phone_ratings WHERE workshop_id = ? AND session_id = ?').all(caller.workshopId, caller.sessionId) as {
    dimension: SelfCheckDimension;
    rating: number;
  }[];
  const mine = Object.fromEntries(SELF_CHECK_DIMENSIONS.map((d) => [d, null])) as Record<SelfCheckDimension, number | null>;
  for (const r of rows) mine[r.dimension] = r.rating;
  return { dimensions: [...SELF_CHECK_DIMENSIONS], mine };
}

function parsePrompts(text: string): string[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

export function phoneView(ctx: CoreContext, caller: ParticipantCaller): PhoneView {
  const workshop = phoneWorkshop(ctx, caller.workshopId);
  const phase = livePhase(ctx, caller.workshopId);
  const vote = phase ? phoneVote(ctx, caller, phase) : null;
  const selfCheck = phase?.kind === 'selfcheck';
  return {
    workshopTitle: workshop.title,
    askNames: workshop.ask_names === 1,
    name: caller.name,
    phase: phase ? { id: phase.id, title: phase.title, kind: phase.kind, prompts: parsePrompts(phase.prompts), closed: phase.closed === 1 } : null,
    can: { addCards: canAddCards(ctx, phase), vote: vote?.open === true, selfCheck: selfCheck && phase.closed === 0 },
    cards: phase ? ownCards(ctx, caller, phase) : [],
    vote,
    selfCheck: selfCheck ? phoneSelfCheck(ctx, caller) : null,
  };
}

/**
 * What every phone of the workshop shows alike, as one string: the workshop's
 * title and names setting, the live phase with its phone settings, its vote
 * and whether the result is shown. When an event leaves it unchanged (the
 * timer, the projector paging, a backup), no phone needs to read again.
 */
export function sharedViewKey(ctx: CoreContext, workshopId: string): string {
  const workshop = ctx.sql('SELECT title, status, ask_names FROM workshops WHERE id = ?').get(workshopId) ?? null;
  const phase = livePhase(ctx, workshopId);
  const vote = phase ? (ctx.sql('SELECT target, dots_per_person, participants FROM vote_sessions WHERE phase_id = ?').get(phase.id) ?? null) : null;
  const revealed = phase && vote ? voteRevealed(ctx, workshopId, phase.id) : false;
  return JSON.stringify([workshop, phase, vote, revealed]);
}

/**
 * What every phone shows of a phase's vote: the items and the counts once
 * they are shown; with the number of ballots (fewer after a reset, which
 * takes every phone's dots away). Null without a vote.
 */
export function voteShownKey(ctx: CoreContext, workshopId: string, phaseId: string): { key: string; ballots: number } | null {
  const session = ctx.sql('SELECT target, ballots FROM vote_sessions WHERE phase_id = ?').get(phaseId) as { target: VoteTarget; ballots: number } | undefined;
  if (!session) return null;
  const revealed = voteRevealed(ctx, workshopId, phaseId);
  const table = session.target === 'cards' ? 'cards' : 'card_clusters';
  const column = session.target === 'cards' ? 'text' : 'name';
  const rows = ctx.sql(`SELECT id, ${column} AS text, votes FROM ${table} WHERE phase_id = ? ORDER BY position, rowid`).all(phaseId) as { id: string; text: string; votes: number }[];
  return { key: JSON.stringify([revealed, rows.map((r) => (revealed ? [r.id, r.text, r.votes] : [r.id, r.text]))]), ballots: session.ballots };
}

/** Per phone session, the ids of its cards waiting in the workshop's queue. */
export function queuedBySession(ctx: CoreContext, workshopId: string): Map<string, string> {
  const rows = ctx
    .sql("SELECT session_id, GROUP_CONCAT(id) AS ids FROM card_queue WHERE workshop_id = ? AND session_id IS NOT NULL GROUP BY session_id")
    .all(workshopId) as { session_id: string; ids: string }[];
  return new Map(rows.map((r) => [r.session_id, r.ids]));
}
