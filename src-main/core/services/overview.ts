import {
  type ClubWithoutFollowUp,
  type CoachOverview,
  type MeasureStatus,
  OVERVIEW_OVERDUE_SHOWN,
  OVERVIEW_WINDOW_DAYS,
  type OverdueClub,
  type UpcomingDate,
} from '../../contract';
import { addDays } from '../../shared/measure-dates';
import { openStatusSql } from '../../shared/measure-status';
import { todayOf } from '../actions/measures';
import type { CoreContext } from '../context';
import { germanCollator } from './sorting';
import { type SessionRow, sessionKind } from './timeline';

// The coach's overview across all clubs (start screen, issue 16): what is
// overdue, which follow-ups come in the next 4 weeks, and which clubs with
// open measures have no next date. "Today" is the injected clock's.

interface OverdueRow {
  id: string;
  title: string;
  owner: string;
  due_date: string;
  status: MeasureStatus;
  organisation_id: string;
  organisation_name: string;
}

/** Open measures due before today, by club (the club with the most first), the longest overdue first. */
function overdueByClub(ctx: CoreContext, today: string): OverdueClub[] {
  const rows = ctx
    .sql(
      `SELECT m.id, m.title, m.owner, m.due_date, m.status, o.id AS organisation_id, o.name AS organisation_name
       FROM measures m JOIN workshops w ON w.id = m.workshop_id JOIN organisations o ON o.id = w.organisation_id
       WHERE m.due_date IS NOT NULL AND m.due_date < ? AND ${openStatusSql('m.status')}
       ORDER BY m.due_date, m.title`,
    )
    .all(today) as OverdueRow[];
  const clubs = new Map<string, OverdueClub>();
  for (const r of rows) {
    let club = clubs.get(r.organisation_id);
    if (!club) {
      club = { organisationId: r.organisation_id, organisationName: r.organisation_name, count: 0, measures: [] };
      clubs.set(r.organisation_id, club);
    }
    club.count++;
    if (club.measures.length < OVERVIEW_OVERDUE_SHOWN) {
      club.measures.push({ id: r.id, title: r.title, owner: r.owner, dueDate: r.due_date, status: r.status });
    }
  }
  return [...clubs.values()].sort((a, b) => b.count - a.count || germanCollator.compare(a.organisationName, b.organisationName));
}

type UpcomingRow = SessionRow & { organisation_id: string; organisation_name: string; follow_up_date: string | null };

/**
 * Dates from today to 4 weeks ahead: follow-up or planned sessions, and next
 * dates agreed in a workshop ("Nächster Termin") for which the club has no
 * session on that day yet.
 */
function upcomingDates(ctx: CoreContext, today: string, until: string): UpcomingDate[] {
  const rows = ctx
    .sql(
      `SELECT w.id, w.title, w.date, w.status, w.template_id, w.follows_workshop_id, w.created_at, w.follow_up_date,
         o.id AS organisation_id, o.name AS organisation_name
       FROM workshops w JOIN organisations o ON o.id = w.organisation_id
       WHERE (w.date BETWEEN @today AND @until) OR (w.follow_up_date BETWEEN @today AND @until)`,
    )
    .all({ today, until }) as UpcomingRow[];
  const sessionDays = new Set(rows.flatMap((r) => (r.date ? [`${r.organisation_id}|${r.date}`] : [])));
  const dates: UpcomingDate[] = [];
  const club = (r: UpcomingRow) => ({ organisationId: r.organisation_id, organisationName: r.organisation_name, workshopId: r.id, title: r.title });
  for (const r of rows) {
    const kind = sessionKind(r);
    const inWindow = r.date !== null && r.date >= today && r.date <= until;
    if (inWindow && (kind === 'followUp' || r.status === 'planned')) {
      dates.push({ ...club(r), date: r.date!, source: 'session', kind });
    }
    const agreed = r.follow_up_date;
    if (agreed && agreed >= today && agreed <= until && !sessionDays.has(`${r.organisation_id}|${agreed}`)) {
      sessionDays.add(`${r.organisation_id}|${agreed}`);
      dates.push({ ...club(r), date: agreed, source: 'agreed', kind: 'followUp' });
    }
  }
  return dates.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : germanCollator.compare(a.organisationName, b.organisationName)));
}

/** Clubs with open measures and no session or agreed next date from today on. */
function clubsWithoutFollowUp(ctx: CoreContext, today: string): ClubWithoutFollowUp[] {
  const rows = ctx
    .sql(
      `SELECT o.id, o.name, COUNT(m.id) AS open_count,
         (SELECT MAX(l.date) FROM workshops l WHERE l.organisation_id = o.id AND l.date <= @today) AS last_date
       FROM organisations o JOIN workshops w ON w.organisation_id = o.id JOIN measures m ON m.workshop_id = w.id
       WHERE ${openStatusSql('m.status')}
         AND NOT EXISTS (SELECT 1 FROM workshops f WHERE f.organisation_id = o.id AND (f.date >= @today OR f.follow_up_date >= @today))
       GROUP BY o.id`,
    )
    .all({ today }) as { id: string; name: string; open_count: number; last_date: string | null }[];
  return rows
    .map((r) => ({ organisationId: r.id, organisationName: r.name, openMeasures: r.open_count, lastSessionDate: r.last_date }))
    .sort((a, b) => germanCollator.compare(a.organisationName, b.organisationName));
}

export function coachOverview(ctx: CoreContext): CoachOverview {
  const today = todayOf(ctx);
  const until = addDays(today, OVERVIEW_WINDOW_DAYS);
  return {
    today,
    until,
    overdue: overdueByClub(ctx, today),
    upcoming: upcomingDates(ctx, today, until),
    withoutFollowUp: clubsWithoutFollowUp(ctx, today),
  };
}
