import type { MeasureHistoryEntry, MeasureRecord } from '../../contract';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

// Row mapping and lookups for the action plan.

export interface MeasureRow {
  id: string;
  workshop_id: string;
  title: string;
  description: string;
  goal: string;
  owner: string;
  helpers: string;
  first_step: string;
  start_date: string | null;
  due_date: string | null;
  priority: MeasureRecord['priority'];
  effort: MeasureRecord['effort'];
  status: MeasureRecord['status'];
  blocked_reason: string;
  dropped_reason: string;
  impact_stage: MeasureRecord['impactStage'];
  origin_kind: MeasureRecord['originKind'];
  origin_id: string | null;
  origin_label: string;
  created_at: string;
  updated_at: string;
}

export interface HistoryRow {
  id: string;
  measure_id: string;
  date: string;
  status: MeasureHistoryEntry['status'];
  previous_status: MeasureHistoryEntry['previousStatus'];
  note: string;
  created_at: string;
  workshop_id: string | null;
}

export const toRecord = (r: MeasureRow): MeasureRecord => ({
  id: r.id,
  workshopId: r.workshop_id,
  title: r.title,
  description: r.description,
  goal: r.goal,
  owner: r.owner,
  helpers: r.helpers,
  firstStep: r.first_step,
  startDate: r.start_date,
  dueDate: r.due_date,
  priority: r.priority,
  effort: r.effort,
  status: r.status,
  blockedReason: r.blocked_reason,
  droppedReason: r.dropped_reason,
  impactStage: r.impact_stage,
  originKind: r.origin_kind,
  originId: r.origin_id,
  originLabel: r.origin_label,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toHistory = (r: HistoryRow): MeasureHistoryEntry => ({
  id: r.id,
  measureId: r.measure_id,
  date: r.date,
  status: r.status,
  previousStatus: r.previous_status,
  note: r.note,
  createdAt: r.created_at,
  workshopId: r.workshop_id,
});

/** The named parameters of an INSERT INTO measures for a record. */
export const INSERT_MEASURE = `INSERT INTO measures (id, workshop_id, title, description, goal, owner, helpers, first_step,
    start_date, due_date, priority, effort, status, blocked_reason, dropped_reason, impact_stage, origin_kind, origin_id, origin_label, created_at, updated_at)
  VALUES (@id, @workshopId, @title, @description, @goal, @owner, @helpers, @firstStep,
    @startDate, @dueDate, @priority, @effort, @status, @blockedReason, @droppedReason, @impactStage, @originKind, @originId, @originLabel, @createdAt, @updatedAt)`;

export const INSERT_HISTORY = `INSERT INTO measure_history (id, measure_id, date, status, previous_status, note, created_at, workshop_id)
  VALUES (@id, @measureId, @date, @status, @previousStatus, @note, @createdAt, @workshopId)`;

export function findMeasureRow(ctx: CoreContext, id: string): MeasureRow {
  const row = ctx.sql('SELECT * FROM measures WHERE id = ?').get(id) as MeasureRow | undefined;
  if (!row) throw notFound('measure');
  return row;
}

export function historyOf(ctx: CoreContext, measureId: string): MeasureHistoryEntry[] {
  const rows = ctx
    .sql('SELECT * FROM measure_history WHERE measure_id = ? ORDER BY date, created_at, rowid')
    .all(measureId) as HistoryRow[];
  return rows.map(toHistory);
}

/** The history of every measure of a workshop, grouped by measure, oldest first. */
export function historyOfWorkshop(ctx: CoreContext, workshopId: string): Map<string, MeasureHistoryEntry[]> {
  const rows = ctx
    .sql(
      `SELECT h.* FROM measure_history h JOIN measures m ON m.id = h.measure_id
       WHERE m.workshop_id = ? ORDER BY h.date, h.created_at, h.rowid`,
    )
    .all(workshopId) as HistoryRow[];
  const byMeasure = new Map<string, MeasureHistoryEntry[]>();
  for (const row of rows) {
    const list = byMeasure.get(row.measure_id) ?? [];
    list.push(toHistory(row));
    byMeasure.set(row.measure_id, list);
  }
  return byMeasure;
}

export function organisationOf(ctx: CoreContext, workshopId: string): string {
  const row = ctx.sql('SELECT organisation_id FROM workshops WHERE id = ?').get(workshopId) as { organisation_id: string } | undefined;
  if (!row) throw notFound('workshop');
  return row.organisation_id;
}
