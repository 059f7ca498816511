import { LIMITS, type Measure, type MethodParsedInput, measureCreateInput } from '../../contract';
import { createMeasure } from '../actions/measures';
import { type CoreContext, writeTransaction } from '../context';
import { checklistItem, dataProtectionChanged, ensureAnswer, phaseOf } from './checklist';
import { dataMapRow } from './data-map';

// "Maßnahme daraus machen" for a checklist item or a data map row: the
// measure lands in the phase's workshop's action plan, remembers the phase
// it came from (like a note, with the item's words) and the item or row
// shows it. One transaction: either both or nothing.

export function makeDataProtectionMeasure(ctx: CoreContext, input: MethodParsedInput<'dataprotection.makeMeasure'>): Measure {
  return writeTransaction(ctx, (events) => {
    const from = input.from;
    if (from.kind === 'checklist') {
      const phase = phaseOf(ctx, from.phaseId);
      const item = checklistItem(phase, from.itemKey);
      const measure = create(ctx, phase.workshopId, phase.id, item.title, input.measure);
      ensureAnswer(ctx, phase, item.key);
      ctx.sql('UPDATE checklist_answers SET measure_id = ? WHERE phase_id = ? AND item_key = ?').run(measure.id, phase.id, item.key);
      events.push(dataProtectionChanged(phase.workshopId, phase.id));
      return measure;
    }
    const row = dataMapRow(ctx, from.rowId);
    const measure = create(ctx, row.workshopId, row.phaseId, row.dataKind, input.measure);
    ctx.sql('UPDATE data_map_rows SET measure_id = ? WHERE id = ?').run(measure.id, row.id);
    events.push(dataProtectionChanged(row.workshopId, row.phaseId));
    return measure;
  });
}

function create(ctx: CoreContext, workshopId: string, phaseId: string, words: string, fields: MethodParsedInput<'dataprotection.makeMeasure'>['measure']): Measure {
  // Through the action plan's own schema: every other field gets its usual default.
  return createMeasure(ctx, measureCreateInput.parse({ workshopId, ...fields, origin: { kind: 'note', id: phaseId, excerpt: words.slice(0, LIMITS.shortText) } }));
}
