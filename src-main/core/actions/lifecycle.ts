import type { ActionPlan, ClubOpenMeasures, MeasureSnapshot, MethodParsedInput, OpenMeasure, Priority } from '../../contract';
import { isOverdue } from '../../shared/measure-dates';
import { openStatusSql } from '../../shared/measure-status';
import { type CoreContext, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { requireWorkshop } from '../services/stakeholder-rows';
import { getActionPlan, measuresChanged, todayOf } from './measures';
import { type HistoryRow, INSERT_HISTORY, INSERT_MEASURE, type MeasureRow, findMeasureRow, toHistory, toRecord } from './rows';

/** Deletes measures with their history and hands back what was removed, for undo. */
export function deleteMeasures(ctx: CoreContext, ids: readonly string[]): MeasureSnapshot {
  return writeTransaction(ctx, (events) => {
    const rows = [...new Set(ids)].map((id) => findMeasureRow(ctx, id));
    const workshopId = rows[0]!.workshop_id;
    if (rows.some((r) => r.workshop_id !== workshopId)) throw new CoreError('validation', 'errors.actions.otherWorkshop');
    const history = rows.flatMap((r) =>
      (ctx.sql('SELECT * FROM measure_history WHERE measure_id = ? ORDER BY date, created_at, rowid').all(r.id) as HistoryRow[]).map(toHistory),
    );
    for (const r of rows) ctx.sql('DELETE FROM measures WHERE id = ?').run(r.id);
    events.push(measuresChanged(ctx, workshopId));
    return { workshopId, measures: rows.map(toRecord), history };
  });
}

/** Puts deleted measures back exactly as they were (undo), or nothing at all. */
export function restoreMeasures(ctx: CoreContext, input: MethodParsedInput<'measures.restore'>): ActionPlan {
  const ids = new Set(input.measures.map((m) => m.id));
  if (input.measures.some((m) => m.workshopId !== input.workshopId)) throw new CoreError('validation', 'errors.actions.otherWorkshop');
  if (input.history.some((h) => !ids.has(h.measureId))) throw notFound('measure');
  writeTransaction(ctx, (events) => {
    requireWorkshop(ctx, input.workshopId);
    for (const m of input.measures) {
      if (ctx.sql('SELECT 1 FROM measures WHERE id = ?').get(m.id)) throw new CoreError('conflict', 'errors.conflict.alreadyExists');
      ctx.sql(INSERT_MEASURE).run(m);
    }
    for (const h of input.history) ctx.sql(INSERT_HISTORY).run(h);
    events.push(measuresChanged(ctx, input.workshopId));
  });
  return getActionPlan(ctx, input.workshopId);
}

const PRIORITY_RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** Late ones first, then by due date (none last), then the more important ones. */
export function compareOpen(a: OpenMeasure, b: OpenMeasure): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || a.title.localeCompare(b.title, 'de');
}

export type OpenRow = MeasureRow & { workshop_title: string; workshop_date: string | null };

/** Each of the club's workshops' action plan phase (the last one, when there are several). */
export function actionPhases(ctx: CoreContext, organisationId: string): Map<string, string> {
  const rows = ctx
    .sql(
      `SELECT p.workshop_id, p.id FROM workshop_phases p JOIN workshops w ON w.id = p.workshop_id
       WHERE w.organisation_id = ? AND p.kind = 'actions' ORDER BY p.position DESC`,
    )
    .all(organisationId) as { workshop_id: string; id: string }[];
  return new Map(rows.map((p) => [p.workshop_id, p.id]));
}

/** A measure as the club's lists show it: where it came from, whether it is late, its last progress entry. */
export function toOpenMeasure(r: OpenRow, phases: Map<string, string>, today: string, last: HistoryRow | undefined): OpenMeasure {
  return {
    id: r.id,
    workshopId: r.workshop_id,
    workshopTitle: r.workshop_title,
    workshopDate: r.workshop_date,
    phaseId: phases.get(r.workshop_id) ?? null,
    title: r.title,
    owner: r.owner,
    firstStep: r.first_step,
    dueDate: r.due_date,
    priority: r.priority,
    status: r.status,
    blockedReason: r.blocked_reason,
    overdue: isOverdue({ dueDate: r.due_date, status: r.status }, today),
    lastUpdate: last ? toHistory(last) : null,
  };
}

export function openMeasures(ctx: CoreContext, organisationId: string): ClubOpenMeasures {
  if (!ctx.sql('SELECT 1 FROM organisations WHERE id = ?').get(organisationId)) throw notFound('organisation');
  const today = todayOf(ctx);
  const rows = ctx
    .sql(
      `SELECT m.*, w.title AS workshop_title, w.date AS workshop_date FROM measures m
       JOIN workshops w ON w.id = m.workshop_id WHERE w.organisation_id = ? AND ${openStatusSql('m.status')}`,
    )
    .all(organisationId) as OpenRow[];
  const phases = actionPhases(ctx, organisationId);
  const last = new Map<string, HistoryRow>();
  const history = ctx
    .sql(
      `SELECT h.* FROM measure_history h JOIN measures m ON m.id = h.measure_id JOIN workshops w ON w.id = m.workshop_id
       WHERE w.organisation_id = ? AND ${openStatusSql('m.status')} ORDER BY h.date, h.created_at, h.rowid`,
    )
    .all(organisationId) as HistoryRow[];
  for (const h of history) last.set(h.measure_id, h);
  const measures = rows.map((r) => toOpenMeasure(r, phases, today, last.get(r.id)));
  return { organisationId, today, measures: measures.sort(compareOpen) };
}
