import type { MethodParsedInput, SavedNote } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { notFound } from '../errors';

/**
 * Saves a phase's notes as the coach types. Kept lean on purpose: this is the
 * hottest write path (see bench/note-save).
 */
export function savePhaseNote(ctx: CoreContext, input: MethodParsedInput<'phases.saveNote'>): SavedNote {
  const updatedAt = isoNow(ctx);
  writeTransaction(ctx, (events) => {
    const row = ctx.db
      .prepare(
        `SELECT p.workshop_id, w.organisation_id FROM workshop_phases p
         JOIN workshops w ON w.id = p.workshop_id WHERE p.id = ?`,
      )
      .get(input.phaseId) as { workshop_id: string; organisation_id: string } | undefined;
    if (!row) throw notFound('phase');
    ctx.db
      .prepare('UPDATE workshop_phases SET notes = ?, notes_updated_at = ? WHERE id = ?')
      .run(input.text, updatedAt, input.phaseId);
    ctx.db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(updatedAt, row.workshop_id);
    events.push({
      name: 'workshops.changed',
      payload: { workshopId: row.workshop_id, organisationId: row.organisation_id },
    });
  });
  return { phaseId: input.phaseId, updatedAt };
}
