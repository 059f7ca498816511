import type { MethodParsedInput, WorkshopDetail } from '../../contract';
import { type CoreContext, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { cardsChanged, liveChanged } from '../live/phases';
import { forgetOldResults, keepResults, keptElsewhere, restoreResults } from './removed-phases';
import { getWorkshop } from './workshops';

interface ExistingPhase {
  id: string;
  workshop_id: string;
}

/**
 * Saves a workshop's own agenda as the editor has it: phases are changed,
 * reordered, added and removed in one transaction. A removed phase takes its
 * notes, cards, dots and timer with it; a phase put back by undo brings its
 * id and notes along, and gets its cards, dots and timer back.
 */
/** The workshop's phases as stored now; refuses a phase id that belongs elsewhere. Run under the write lock. */
function currentPhases(ctx: CoreContext, input: MethodParsedInput<'workshops.phases.save'>): { organisationId: string; existing: Map<string, ExistingPhase> } {
  const workshop = ctx.sql('SELECT organisation_id FROM workshops WHERE id = ?').get(input.workshopId) as { organisation_id: string } | undefined;
  if (!workshop) throw notFound('workshop');
  const existing = new Map(
    (ctx.sql('SELECT id, workshop_id FROM workshop_phases WHERE workshop_id = ?').all(input.workshopId) as ExistingPhase[]).map((p) => [p.id, p]),
  );
  for (const phase of input.phases) {
    if (phase.id && !existing.has(phase.id) && (ctx.sql('SELECT 1 FROM workshop_phases WHERE id = ?').get(phase.id) || keptElsewhere(ctx, input.workshopId, phase.id))) throw notFound('phase');
  }
  return { organisationId: workshop.organisation_id, existing };
}

export function saveWorkshopPhases(ctx: CoreContext, input: MethodParsedInput<'workshops.phases.save'>): WorkshopDetail {
  const keys = new Set<string>();
  for (const phase of input.phases) {
    if (keys.has(phase.key)) throw new CoreError('validation', 'errors.templates.duplicateKey', { key: phase.key });
    keys.add(phase.key);
  }
  const kept = new Set(input.phases.flatMap((p) => (p.id ? [p.id] : [])));
  writeTransaction(ctx, (events) => {
    // Read under the write lock: which phases go away is decided on what is stored now.
    const { organisationId, existing } = currentPhases(ctx, input);
    // Positions are unique per workshop: park the old ones out of the way first.
    ctx.sql('UPDATE workshop_phases SET position = -position - 1 WHERE workshop_id = ?').run(input.workshopId);
    forgetOldResults(ctx);
    // Open boards and the projector learn that results went away or came back.
    const touched = (id: string): void => void events.push(cardsChanged(input.workshopId, id), liveChanged(input.workshopId));
    for (const id of existing.keys()) {
      if (kept.has(id)) continue;
      if (keepResults(ctx, input.workshopId, id)) touched(id);
      ctx.sql('DELETE FROM workshop_phases WHERE id = ?').run(id);
    }
    input.phases.forEach((phase, position) => {
      const values = {
        ...phase,
        position,
        workshopId: input.workshopId,
        prompts: JSON.stringify(phase.prompts),
        materials: JSON.stringify(phase.materials),
        items: JSON.stringify(phase.items ?? []),
        notice: phase.notice ?? '',
      };
      if (phase.id && existing.has(phase.id)) {
        ctx
          .sql(
            `UPDATE workshop_phases SET position = @position, key = @key, title = @title, kind = @kind, purpose = @purpose, minutes = @minutes,
               instructions = @instructions, prompts = @prompts, materials = @materials, items = @items, notice = @notice WHERE id = @id`,
          )
          .run(values);
      } else {
        const id = phase.id ?? ctx.newId();
        ctx
          .sql(
            `INSERT INTO workshop_phases (id, workshop_id, position, key, title, kind, purpose, minutes, instructions, prompts, materials, items, notice, notes)
             VALUES (@id, @workshopId, @position, @key, @title, @kind, @purpose, @minutes, @instructions, @prompts, @materials, @items, @notice, @notes)`,
          )
          .run({ ...values, id, notes: phase.notes ?? '' });
        if (phase.id && restoreResults(ctx, input.workshopId, id)) touched(id);
      }
    });
    events.push({ name: 'workshops.changed', payload: { workshopId: input.workshopId, organisationId } });
  });
  return getWorkshop(ctx, input.workshopId);
}
