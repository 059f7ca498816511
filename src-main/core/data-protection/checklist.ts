import type { ChecklistItem, Checklist, ChecklistEntry, ChecklistState, LinkedMeasure, MethodParsedInput } from '../../contract';
import { CHECKLIST_STATES } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { notFound } from '../errors';

// "Checkliste": the items come with the phase (from its template); the room's
// answer to each item (state, note, the measure made from it) is a row of
// its own, kept by the item's key. An item not talked about has no row.

export interface PhaseOf {
  id: string;
  workshopId: string;
  kind: string;
  title: string;
  items: ChecklistItem[];
}

/** The phase with its items; an unknown id is refused. */
export function phaseOf(ctx: CoreContext, phaseId: string): PhaseOf {
  const row = ctx.sql('SELECT id, workshop_id, kind, title, items FROM workshop_phases WHERE id = ?').get(phaseId) as
    | { id: string; workshop_id: string; kind: string; title: string; items: string }
    | undefined;
  if (!row) throw notFound('phase');
  return { id: row.id, workshopId: row.workshop_id, kind: row.kind, title: row.title, items: JSON.parse(row.items) as ChecklistItem[] };
}

export const dataProtectionChanged = (workshopId: string, phaseId: string) => ({
  name: 'dataprotection.changed' as const,
  payload: { workshopId, phaseId },
});

interface AnswerRow {
  item_key: string;
  state: ChecklistState | null;
  note: string;
  measure_id: string | null;
  measure_title: string | null;
  measure_status: LinkedMeasure['status'] | null;
}

export const linkedMeasure = (row: { measure_id: string | null; measure_title: string | null; measure_status: LinkedMeasure['status'] | null }): LinkedMeasure | null =>
  row.measure_id && row.measure_title !== null && row.measure_status !== null ? { id: row.measure_id, title: row.measure_title, status: row.measure_status } : null;

export function getChecklist(ctx: CoreContext, phaseId: string): Checklist {
  const phase = phaseOf(ctx, phaseId);
  const answers = new Map(
    (
      ctx
        .sql(
          `SELECT a.item_key, a.state, a.note, a.measure_id, m.title AS measure_title, m.status AS measure_status
           FROM checklist_answers a LEFT JOIN measures m ON m.id = a.measure_id WHERE a.phase_id = ?`,
        )
        .all(phaseId) as AnswerRow[]
    ).map((a) => [a.item_key, a]),
  );
  const entries: ChecklistEntry[] = phase.items.map((item) => {
    const answer = answers.get(item.key);
    return { ...item, state: answer?.state ?? null, note: answer?.note ?? '', measure: answer ? linkedMeasure(answer) : null };
  });
  const counts = { done: 0, partial: 0, open: 0, not_applicable: 0, unanswered: 0 };
  for (const e of entries) counts[e.state ?? 'unanswered'] += 1;
  return { workshopId: phase.workshopId, phaseId, entries, counts };
}

/** The item of a checklist phase; an unknown key (or a phase that is no checklist) is refused. */
export function checklistItem(phase: PhaseOf, itemKey: string): ChecklistItem {
  const item = phase.kind === 'checklist' ? phase.items.find((i) => i.key === itemKey) : undefined;
  if (!item) throw notFound('checklistItem');
  return item;
}

/** Makes sure the item has its answer row, under the write lock. */
export function ensureAnswer(ctx: CoreContext, phase: PhaseOf, itemKey: string): void {
  ctx
    .sql('INSERT OR IGNORE INTO checklist_answers (id, workshop_id, phase_id, item_key, state, note, updated_at) VALUES (?, ?, ?, ?, NULL, \'\', ?)')
    .run(ctx.newId(), phase.workshopId, phase.id, itemKey, isoNow(ctx));
}

/** Records the room's answer to one item: its state, its note, or both. */
export function setChecklistAnswer(ctx: CoreContext, input: MethodParsedInput<'checklist.set'>): Checklist {
  writeTransaction(ctx, (events) => {
    const phase = phaseOf(ctx, input.phaseId);
    checklistItem(phase, input.itemKey);
    ensureAnswer(ctx, phase, input.itemKey);
    const now = isoNow(ctx);
    if (input.state !== undefined) ctx.sql('UPDATE checklist_answers SET state = ?, updated_at = ? WHERE phase_id = ? AND item_key = ?').run(input.state, now, phase.id, input.itemKey);
    if (input.note !== undefined) ctx.sql('UPDATE checklist_answers SET note = ?, updated_at = ? WHERE phase_id = ? AND item_key = ?').run(input.note, now, phase.id, input.itemKey);
    events.push(dataProtectionChanged(phase.workshopId, phase.id));
  });
  return getChecklist(ctx, input.phaseId);
}

export const isChecklistState = (value: unknown): value is ChecklistState => (CHECKLIST_STATES as readonly unknown[]).includes(value);
