import {
  type ClubTimeline,
  MEASURE_STATUSES,
  type MeasureStatus,
  type SessionKind,
  type StatusCounts,
  type TimelineSession,
  type WorkshopStatus,
} from '../../contract';
import { todayOf } from '../actions/measures';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { clubSelfCheckHistory } from '../live/selfcheck';
import { FOLLOW_UP_TEMPLATE_ID } from '../templates/builtin';
import { clubTopics } from '../live/topics';

// The club's timeline (issue 16): every session with its kind and topic, the
// measures' progress over time and the self-check trend, in a handful of
// queries for the whole club (the page must stay quick with 12 sessions and
// 300 measures with 1,500 progress entries).

/** The data-protection consultation's built-in template: its sessions are consultations. */
export const CONSULTATION_TEMPLATE_ID = 'builtin-datenschutz-sprechstunde';

export interface SessionRow {
  id: string;
  title: string;
  date: string | null;
  status: WorkshopStatus;
  template_id: string;
  follows_workshop_id: string | null;
  created_at: string;
}

/** Day workshop, follow-up or consultation: from the template it was made from and its follow-up link. */
export function sessionKind(row: Pick<SessionRow, 'template_id' | 'follows_workshop_id'>): SessionKind {
  if (row.follows_workshop_id !== null || row.template_id === FOLLOW_UP_TEMPLATE_ID) return 'followUp';
  if (row.template_id === CONSULTATION_TEMPLATE_ID) return 'consultation';
  return 'workshop';
}

/** The day a session stands for: its date, an undated one the day it was made. */
const dayOf = (row: SessionRow): string => row.date ?? row.created_at.slice(0, 10);
/** The order of the timeline, the same as the self-check trend's. */
const sortKey = (row: SessionRow): string => `${dayOf(row)}|${row.created_at}`;

function sessionsOf(ctx: CoreContext, organisationId: string): SessionRow[] {
  const rows = ctx
    .sql('SELECT id, title, date, status, template_id, follows_workshop_id, created_at FROM workshops WHERE organisation_id = ?')
    .all(organisationId) as SessionRow[];
  return rows.map((r) => ({ row: r, key: sortKey(r) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((r) => r.row);
}

/** Each workshop's own chosen topic, by workshop id (one source: core/live/topics.ts). */
const chosenTopics = (ctx: CoreContext, organisationId: string): Map<string, string> =>
  new Map([...clubTopics(ctx, organisationId)].map(([id, topic]) => [id, topic.text]));

/** A session's own topic, else the one of the session it follows (and so on back). */
function topicOf(row: SessionRow, byId: Map<string, SessionRow>, topics: Map<string, string>): { topic: string | null; inherited: boolean } {
  const own = topics.get(row.id);
  if (own) return { topic: own, inherited: false };
  const seen = new Set([row.id]);
  for (let at = row.follows_workshop_id; at && !seen.has(at); at = byId.get(at)?.follows_workshop_id ?? null) {
    seen.add(at);
    const earlier = topics.get(at);
    if (earlier) return { topic: earlier, inherited: true };
  }
  return { topic: null, inherited: false };
}

interface MeasureRow {
  id: string;
  workshop_id: string;
  status: MeasureStatus;
}

interface EntryRow {
  measure_id: string;
  date: string;
  status: MeasureStatus;
  previous_status: MeasureStatus | null;
  workshop_id: string | null;
}

export const emptyCounts = (): StatusCounts => Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as StatusCounts;

/**
 * A measure's status as of session `index` (day `day`): the status of its
 * last progress entry or status change that counts by then — one recorded in
 * that session or an earlier one, or an entry without a session dated on or
 * before that day. Before its first entry a measure had that entry's
 * previous status; a measure without entries has had its status all along.
 */
export function statusAsOf(
  current: MeasureStatus,
  entries: readonly EntryRow[],
  index: number,
  day: string,
  sessionIndex: ReadonlyMap<string, number>,
): MeasureStatus {
  let last: EntryRow | undefined;
  for (const e of entries) {
    const tied = e.workshop_id === null ? undefined : sessionIndex.get(e.workshop_id);
    if (tied === undefined ? e.date <= day : tied <= index) last = e;
  }
  if (last) return last.status;
  return entries[0] ? (entries[0].previous_status ?? 'open') : current;
}

function progressRows(ctx: CoreContext, organisationId: string): { measures: MeasureRow[]; entries: Map<string, EntryRow[]> } {
  const measures = ctx
    .sql('SELECT m.id, m.workshop_id, m.status FROM measures m JOIN workshops w ON w.id = m.workshop_id WHERE w.organisation_id = ?')
    .all(organisationId) as MeasureRow[];
  const rows = ctx
    .sql(
      `SELECT h.measure_id, h.date, h.status, h.previous_status, h.workshop_id FROM measure_history h
       JOIN measures m ON m.id = h.measure_id JOIN workshops w ON w.id = m.workshop_id
       WHERE w.organisation_id = ? ORDER BY h.date, h.created_at, h.rowid`,
    )
    .all(organisationId) as EntryRow[];
  const entries = new Map<string, EntryRow[]>();
  for (const r of rows) {
    const list = entries.get(r.measure_id);
    if (list) list.push(r);
    else entries.set(r.measure_id, [r]);
  }
  return { measures, entries };
}

/** Counts by status per session (null for sessions ahead of today), and the counts today. */
function progressBySession(ctx: CoreContext, organisationId: string, sessions: SessionRow[], today: string) {
  const { measures, entries } = progressRows(ctx, organisationId);
  const sessionIndex = new Map(sessions.map((s, i) => [s.id, i]));
  const counts = sessions.map((s) => (dayOf(s) <= today ? emptyCounts() : null));
  const created = sessions.map(() => 0);
  const countsToday = emptyCounts();
  for (const m of measures) {
    countsToday[m.status]++;
    const born = sessionIndex.get(m.workshop_id)!;
    created[born]!++;
    const list = entries.get(m.id) ?? [];
    for (let i = born; i < sessions.length; i++) {
      const tally = counts[i];
      if (tally) tally[statusAsOf(m.status, list, i, dayOf(sessions[i]!), sessionIndex)]++;
    }
  }
  return { counts, created, countsToday };
}

/** The club page's timeline: sessions oldest first with kind, topic and the measures' progress; the self-check trend. */
export function clubTimeline(ctx: CoreContext, organisationId: string): ClubTimeline {
  if (!ctx.sql('SELECT 1 FROM organisations WHERE id = ?').get(organisationId)) throw notFound('organisation');
  const today = todayOf(ctx);
  const rows = sessionsOf(ctx, organisationId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const topics = chosenTopics(ctx, organisationId);
  const { counts, created, countsToday } = progressBySession(ctx, organisationId, rows, today);
  const sessions = rows.map((r, i): TimelineSession => {
    const { topic, inherited } = topicOf(r, byId, topics);
    return {
      workshopId: r.id,
      title: r.title,
      date: r.date,
      status: r.status,
      kind: sessionKind(r),
      topic,
      topicInherited: inherited,
      newMeasures: created[i]!,
      counts: counts[i]!,
    };
  });
  return { organisationId, today, sessions, countsToday, selfChecks: clubSelfCheckHistory(ctx, organisationId) };
}
