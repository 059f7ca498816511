import type { MethodParsedInput, SavedNote } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { notFound } from '../errors';

/**
 * Saves a phase's notes as the coach types. Kept lean on purpose: this is the
 * hottest write path (see bench/note-save): two cached statements, one
 * transaction, no extra lookups.
 */
export function savePhaseNote(ctx: CoreContext, input: MethodParsedInput<'phases.saveNote'>): SavedNote {
  // The time is taken under the write lock, so a save that waited for another
  // connection's never stamps an older time over a newer note.
  const updatedAt = writeTransaction(ctx, (events) => {
    const updatedAt = isoNow(ctx);
    const phase = ctx
      .sql('UPDATE workshop_phases SET notes = ?, notes_updated_at = ? WHERE id = ? RETURNING workshop_id')
      .get(input.text, updatedAt, input.phaseId) as { workshop_id: string } | undefined;
    if (!phase) throw notFound('phase');
    const workshop = ctx
      .sql('UPDATE workshops SET updated_at = ? WHERE id = ? RETURNING organisation_id')
      .get(updatedAt, phase.workshop_id) as { organisation_id: string };
    events.push({
      name: 'workshops.changed',
      payload: { workshopId: phase.workshop_id, organisationId: workshop.organisation_id },
    });
    return updatedAt;
  });
  return { phaseId: input.phaseId, updatedAt };
}
