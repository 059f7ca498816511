import type { Card, MethodParsedInput, PhoneModeration, PhoneSettings, QueuedCard } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { findCard, toCard } from '../live/cards';
import { cardsChanged, requirePhase } from '../live/phases';
import { requireWorkshop } from '../services/stakeholder-rows';
import { phonesChanged } from './phone-writes';
import { EFFECTIVE_MODERATION } from './view';

// The coach's side of the phones: "Namen erfragen" per workshop, moderation
// and "closed for phones" per phase, and the queue of cards waiting for a
// check. The queue is read only by the coach's screen (phones.queue); no
// board, projector or report query reads the card_queue table.

export function getPhoneSettings(ctx: CoreContext, workshopId: string): PhoneSettings {
  requireWorkshop(ctx, workshopId);
  const { ask_names } = ctx.sql('SELECT ask_names FROM workshops WHERE id = ?').get(workshopId) as { ask_names: number };
  const phases = ctx
    .sql(
      `SELECT p.id AS phaseId, ${EFFECTIVE_MODERATION} AS moderation, COALESCE(s.closed, 0) AS closed
       FROM workshop_phases p LEFT JOIN phase_phone_settings s ON s.phase_id = p.id WHERE p.workshop_id = ? ORDER BY p.position`,
    )
    .all(workshopId) as { phaseId: string; moderation: PhoneModeration; closed: number }[];
  return { workshopId, askNames: ask_names === 1, phases: phases.map((p) => ({ ...p, closed: p.closed === 1 })) };
}

export function setAskNames(ctx: CoreContext, input: MethodParsedInput<'phones.settings.set'>): PhoneSettings {
  writeTransaction(ctx, (events) => {
    requireWorkshop(ctx, input.workshopId);
    ctx.sql('UPDATE workshops SET ask_names = ? WHERE id = ?').run(input.askNames ? 1 : 0, input.workshopId);
    events.push(phonesChanged(input.workshopId));
  });
  return getPhoneSettings(ctx, input.workshopId);
}

/** Moderation and "closed for phones" of one phase; closing also closes its vote for phones. */
export function setPhasePhones(ctx: CoreContext, input: MethodParsedInput<'phones.phase.set'>): PhoneSettings {
  const phase = requirePhase(ctx, input.phaseId);
  // In a vote's phase the room votes on what is there: nothing to review.
  if (input.moderation === 'review' && phase.kind !== 'cards') throw new CoreError('validation', 'errors.phones.reviewOnlyCards');
  writeTransaction(ctx, (events) => {
    requirePhase(ctx, input.phaseId);
    ctx
      .sql(
        `INSERT INTO phase_phone_settings (phase_id, workshop_id, moderation, closed, updated_at) VALUES (?, ?, COALESCE(?, 'direct'), COALESCE(?, 0), ?)
         ON CONFLICT (phase_id) DO UPDATE SET moderation = COALESCE(?, moderation), closed = COALESCE(?, closed), updated_at = excluded.updated_at`,
      )
      .run(input.phaseId, phase.workshop_id, input.moderation ?? null, toFlag(input.closed), isoNow(ctx), input.moderation ?? null, toFlag(input.closed));
    events.push(phonesChanged(phase.workshop_id));
  });
  return getPhoneSettings(ctx, phase.workshop_id);
}

const toFlag = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0);

interface QueueRow {
  id: string;
  workshop_id: string;
  phase_id: string;
  text: string;
  color: QueuedCard['color'];
  author: string;
  session_id: string | null;
  created_at: string;
}

const toQueued = (r: QueueRow): QueuedCard => ({ id: r.id, phaseId: r.phase_id, text: r.text, color: r.color, author: r.author, createdAt: r.created_at });

export function listQueue(ctx: CoreContext, workshopId: string): QueuedCard[] {
  requireWorkshop(ctx, workshopId);
  return (ctx.sql('SELECT * FROM card_queue WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as QueueRow[]).map(toQueued);
}

function queued(ctx: CoreContext, id: string): QueueRow {
  const row = ctx.sql('SELECT * FROM card_queue WHERE id = ?').get(id) as QueueRow | undefined;
  if (!row) throw notFound('card');
  return row;
}

/** Accepts a waiting card (with the coach's corrections): it becomes a normal card of its phase, still the phone's own. */
export function acceptQueued(ctx: CoreContext, input: MethodParsedInput<'phones.queue.accept'>): Card {
  return writeTransaction(ctx, (events) => {
    const row = queued(ctx, input.id);
    const now = isoNow(ctx);
    const position = ((ctx.sql('SELECT MAX(position) AS p FROM cards WHERE phase_id = ?').get(row.phase_id) as { p: number | null }).p ?? 0) + 1;
    ctx
      .sql(
        `INSERT INTO cards (id, workshop_id, phase_id, text, color, author, cluster_id, position, created_at, updated_at, origin)
         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'phone')`,
      )
      .run(row.id, row.workshop_id, row.phase_id, input.text ?? row.text, input.color ?? row.color, row.author, position, row.created_at, now);
    if (row.session_id) ctx.sql('INSERT INTO phone_cards (card_id, workshop_id, session_id) VALUES (?, ?, ?)').run(row.id, row.workshop_id, row.session_id);
    ctx.sql('DELETE FROM card_queue WHERE id = ?').run(row.id);
    const card = toCard(findCard(ctx, row.id));
    events.push(cardsChanged(row.workshop_id, row.phase_id, { upsert: [card], remove: [] }), phonesChanged(row.workshop_id));
    return card;
  });
}

export function rejectQueued(ctx: CoreContext, id: string): { id: string } {
  return writeTransaction(ctx, (events) => {
    const row = queued(ctx, id);
    ctx.sql('DELETE FROM card_queue WHERE id = ?').run(row.id);
    events.push(phonesChanged(row.workshop_id));
    return { id: row.id };
  });
}

/**
 * Forgets which phone wrote, voted or rated what: for one workshop (`only`,
 * when it ends) or for every workshop but one (`except`, when phones start:
 * earlier days need it no more). Cards, dots and ratings stay; only whose
 * they were is gone. Renewing the code or stopping phones keeps it, so that
 * a phone joining again changes its ballot instead of casting a second one.
 */
export function forgetPhoneSessions(ctx: CoreContext, which: { only: string } | { except: string }): void {
  const [where, workshopId] = 'only' in which ? ['workshop_id = ?', which.only] : ['workshop_id <> ?', which.except];
  writeTransaction(ctx, () => {
    for (const table of ['phone_cards', 'phone_ballots', 'phone_ratings']) ctx.sql(`DELETE FROM ${table} WHERE ${where}`).run(workshopId);
    ctx.sql(`UPDATE card_queue SET session_id = NULL WHERE session_id IS NOT NULL AND ${where}`).run(workshopId);
  });
}
