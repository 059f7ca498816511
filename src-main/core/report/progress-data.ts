import { type ClubOpenMeasures, type ExportParsedInput, type MeasureHistoryEntry, type SelfCheckSeries, isClosedStatus } from '../../contract';
import { openMeasures } from '../actions/lifecycle';
import { todayOf } from '../actions/measures';
import { type HistoryRow, type MeasureRow, toHistory } from '../actions/rows';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { clubSelfCheckHistory } from '../live/selfcheck';
import { listWorkshops } from '../services/workshops';
import { PROGRESS_TEXT, type ProgressText } from './progress-text';
import { dayWriter } from './report-data';
import { REPORT_TEXT, type ReportText } from './report-text';
import { clubTopics } from '../live/topics';

// What the progress report ("Fortschrittsbericht") of a club shows, read in a
// few queries for the whole club: its sessions, measures with their dated
// history, chosen topics and self-checks, within the chosen period.

export interface ProgressSession {
  id: string;
  title: string;
  /** The day it took place: its date, or the day it was made when it has none. */
  day: string;
  followUp: boolean;
  participantCount: number | null;
  topic: string | null;
}

export interface ProgressMeasure {
  row: MeasureRow;
  source: ProgressSession | null;
  /** Its progress entries within the period, oldest first. */
  history: MeasureHistoryEntry[];
}

export interface ProgressData {
  language: 'de' | 'en';
  t: ReportText;
  p: ProgressText;
  date: (iso: string | null) => string;
  clubName: string;
  from: string;
  to: string;
  today: string;
  /** Every session of the club by id (history entries name them). */
  sessionsById: Map<string, ProgressSession>;
  /** The sessions held in the period, oldest first. */
  held: ProgressSession[];
  measures: ProgressMeasure[];
  /** The club's self-checks in the period, oldest first. */
  selfChecks: SelfCheckSeries[];
  open: ClubOpenMeasures;
  nextDate: string | null;
}

/** Each workshop's own chosen topic, by workshop id (one source: core/live/topics.ts). */
const chosenTopics = (ctx: CoreContext, organisationId: string): Map<string, string> =>
  new Map([...clubTopics(ctx, organisationId)].map(([id, topic]) => [id, topic.text]));

function readSessions(ctx: CoreContext, organisationId: string, today: string): { sessions: ProgressSession[]; upcoming: string[] } {
  const topics = chosenTopics(ctx, organisationId);
  const workshops = listWorkshops(ctx, { organisationId });
  const sessions = workshops
    .map((w) => ({
      id: w.id,
      title: w.title,
      day: w.date ?? w.createdAt.slice(0, 10),
      followUp: w.followsWorkshopId !== null,
      participantCount: w.participantCount,
      topic: topics.get(w.id) ?? null,
    }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  // The follow-up date the latest session agreed (earlier ones were kept or moved since), or a session planned for a later day.
  const latest = sessions.filter((s) => s.day <= today).at(-1);
  const agreed = workshops.find((w) => w.id === latest?.id)?.followUpDate ?? null;
  const planned = workshops.flatMap((w) => (w.status === 'planned' && w.date && w.date > today ? [w.date] : []));
  const upcoming = [...planned, ...(agreed && agreed >= today ? [agreed] : [])];
  return { sessions, upcoming };
}

/** The club's measures made by the end of the period, without those closed before it began; their history in the period. */
function readMeasures(ctx: CoreContext, organisationId: string, from: string, to: string, sessions: Map<string, ProgressSession>): ProgressMeasure[] {
  const rows = ctx
    .sql(
      `SELECT m.* FROM measures m JOIN workshops w ON w.id = m.workshop_id
       WHERE w.organisation_id = ? AND substr(m.created_at, 1, 10) <= ? ORDER BY m.created_at, m.rowid`,
    )
    .all(organisationId, to) as MeasureRow[];
  const all = new Map<string, MeasureHistoryEntry[]>();
  const history = ctx
    .sql(
      `SELECT h.* FROM measure_history h JOIN measures m ON m.id = h.measure_id JOIN workshops w ON w.id = m.workshop_id
       WHERE w.organisation_id = ? ORDER BY h.date, h.created_at, h.rowid`,
    )
    .all(organisationId) as HistoryRow[];
  for (const h of history) {
    const list = all.get(h.measure_id) ?? [];
    list.push(toHistory(h));
    all.set(h.measure_id, list);
  }
  return rows.flatMap((row) => {
    const entries = all.get(row.id) ?? [];
    const last = entries.at(-1);
    if (isClosedStatus(row.status) && last && last.date < from) return [];
    const inPeriod = entries.filter((h) => h.date >= from && h.date <= to);
    return [{ row, source: sessions.get(row.workshop_id) ?? null, history: inPeriod }];
  });
}

export function readProgressData(ctx: CoreContext, input: ExportParsedInput<'progress.docx'>): ProgressData {
  const club = ctx.sql('SELECT name FROM organisations WHERE id = ?').get(input.organisationId) as { name: string } | undefined;
  if (!club) throw notFound('organisation');
  const today = todayOf(ctx);
  const { sessions, upcoming } = readSessions(ctx, input.organisationId, today);
  const from = input.from ?? sessions[0]?.day ?? today;
  const to = input.to ?? (from > today ? from : today);
  const sessionsById = new Map(sessions.map((s) => [s.id, s]));
  const inPeriod = (day: string): boolean => day >= from && day <= to;
  const selfChecks = clubSelfCheckHistory(ctx, input.organisationId).filter((s) => inPeriod(sessionsById.get(s.workshopId)?.day ?? s.date ?? ''));
  return {
    language: input.language,
    t: REPORT_TEXT[input.language],
    p: PROGRESS_TEXT[input.language],
    date: dayWriter(REPORT_TEXT[input.language].locale),
    clubName: club.name,
    from,
    to,
    today,
    sessionsById,
    held: sessions.filter((s) => inPeriod(s.day) && s.day <= today),
    measures: readMeasures(ctx, input.organisationId, from, to, sessionsById),
    selfChecks,
    open: openMeasures(ctx, input.organisationId),
    nextDate: upcoming.sort()[0] ?? null,
  };
}
