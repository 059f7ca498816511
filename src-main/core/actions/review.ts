import type { ReviewMeasure, SessionReview } from '../../contract';
import { isOverdue } from '../../shared/measure-dates';
import { openStatusSql } from '../../shared/measure-status';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { compareOpen } from './lifecycle';
import { todayOf } from './measures';
import { type HistoryRow, type MeasureRow, toHistory } from './rows';

// The Rückblick of a follow-up session: the club's measures from its other
// workshops, read where they are (one record across sessions, never a copy).

type ReviewRow = MeasureRow & { workshop_title: string; workshop_date: string | null };

interface SessionRow {
  organisation_id: string;
  date: string | null;
}

/**
 * The measures of the club's other workshops that are open, or that were
 * recorded in this session (so that one just marked done stays in view).
 */
function reviewRows(ctx: CoreContext, workshopId: string, organisationId: string): ReviewRow[] {
  return ctx
    .sql(
      `SELECT m.*, w.title AS workshop_title, w.date AS workshop_date FROM measures m JOIN workshops w ON w.id = m.workshop_id
       WHERE w.organisation_id = @organisationId AND m.workshop_id <> @workshopId
         AND (${openStatusSql('m.status')} OR EXISTS (SELECT 1 FROM measure_history h WHERE h.measure_id = m.id AND h.workshop_id = @workshopId))`,
    )
    .all({ organisationId, workshopId }) as ReviewRow[];
}

/** Each measure's latest entry, and its latest entry made in this session. */
function latestEntries(ctx: CoreContext, ids: readonly string[], workshopId: string) {
  const last = new Map<string, HistoryRow>();
  const here = new Map<string, HistoryRow>();
  const rows = ctx
    .sql(
      `SELECT * FROM measure_history WHERE measure_id IN (SELECT value FROM json_each(?))
       ORDER BY date, created_at, rowid`,
    )
    .all(JSON.stringify(ids)) as HistoryRow[];
  for (const h of rows) {
    last.set(h.measure_id, h);
    if (h.workshop_id === workshopId) here.set(h.measure_id, h);
  }
  return { last, here };
}

/** Phase ids of the workshops' action plans, to jump to a measure where it was made. */
function actionPhases(ctx: CoreContext, organisationId: string): Map<string, string> {
  const rows = ctx
    .sql(
      `SELECT p.workshop_id, p.id FROM workshop_phases p JOIN workshops w ON w.id = p.workshop_id
       WHERE w.organisation_id = ? AND p.kind = 'actions' ORDER BY p.position DESC`,
    )
    .all(organisationId) as { workshop_id: string; id: string }[];
  return new Map(rows.map((p) => [p.workshop_id, p.id]));
}

export function sessionReview(ctx: CoreContext, workshopId: string): SessionReview {
  const session = ctx.sql('SELECT organisation_id, date FROM workshops WHERE id = ?').get(workshopId) as SessionRow | undefined;
  if (!session) throw notFound('workshop');
  const today = todayOf(ctx);
  const rows = reviewRows(ctx, workshopId, session.organisation_id);
  const { last, here } = latestEntries(ctx, rows.map((r) => r.id), workshopId);
  const phases = actionPhases(ctx, session.organisation_id);
  const measures = rows.map(
    (r): ReviewMeasure => ({
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
      droppedReason: r.dropped_reason,
      overdue: isOverdue({ dueDate: r.due_date, status: r.status }, today),
      lastUpdate: last.has(r.id) ? toHistory(last.get(r.id)!) : null,
      sessionUpdate: here.has(r.id) ? toHistory(here.get(r.id)!) : null,
    }),
  );
  return {
    workshopId,
    organisationId: session.organisation_id,
    today,
    sessionDate: session.date ?? today,
    measures: measures.sort(compareOpen),
  };
}
