import type { ReviewMeasure, SessionReview } from '../../contract';
import { openStatusSql } from '../../shared/measure-status';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { type OpenRow, actionPhases, compareOpen, toOpenMeasure } from './lifecycle';
import { todayOf } from './measures';
import { type HistoryRow, toHistory } from './rows';

// The Rückblick of a follow-up session: the club's measures from its other
// workshops, read where they are (one record across sessions, never a copy).

type ReviewRow = OpenRow;

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
export function sessionReview(ctx: CoreContext, workshopId: string): SessionReview {
  const session = ctx.sql('SELECT organisation_id, date FROM workshops WHERE id = ?').get(workshopId) as SessionRow | undefined;
  if (!session) throw notFound('workshop');
  const today = todayOf(ctx);
  const rows = reviewRows(ctx, workshopId, session.organisation_id);
  const { last, here } = latestEntries(ctx, rows.map((r) => r.id), workshopId);
  const phases = actionPhases(ctx, session.organisation_id);
  const measures = rows.map(
    (r): ReviewMeasure => ({
      ...toOpenMeasure(r, phases, today, last.get(r.id)),
      droppedReason: r.dropped_reason,
      sessionUpdate: here.has(r.id) ? toHistory(here.get(r.id)!) : null,
    }),
  );
  return {
    workshopId,
    organisationId: session.organisation_id,
    today,
    // Progress cannot be dated ahead: a session planned for a later day records with today.
    sessionDate: session.date && session.date <= today ? session.date : today,
    measures: measures.sort(compareOpen),
  };
}
