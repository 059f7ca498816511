import { type MethodParsedInput, SELF_CHECK_DIMENSIONS, type SelfCheck, type SelfCheckDimension, type SelfCheckEntry, type SelfCheckSeries } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { requireWorkshop } from '../services/stakeholder-rows';

// The self-check of phase 2: eight fields rated 1–5, as one agreed value or
// as individual ratings (average and spread), each with a note.

interface EntryRow {
  dimension: SelfCheckDimension;
  agreed: number | null;
  note: string;
  ratings: string;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function toEntry(dimension: SelfCheckDimension, row: EntryRow | undefined): SelfCheckEntry {
  const ratings = row ? (JSON.parse(row.ratings) as number[]) : [];
  const average = ratings.length > 0 ? round1(ratings.reduce((s, r) => s + r, 0) / ratings.length) : null;
  const agreed = row?.agreed ?? null;
  return { dimension, agreed, note: row?.note ?? '', ratings, average, value: agreed ?? average };
}

function entriesOf(ctx: CoreContext, workshopId: string): SelfCheckEntry[] {
  const rows = new Map((ctx.sql('SELECT dimension, agreed, note, ratings FROM selfcheck_entries WHERE workshop_id = ?').all(workshopId) as EntryRow[]).map((r) => [r.dimension, r]));
  return SELF_CHECK_DIMENSIONS.map((d) => toEntry(d, rows.get(d)));
}

interface WorkshopRow {
  id: string;
  title: string;
  date: string | null;
  created_at: string;
}

const sortKey = (w: { date: string | null; created_at: string }): string => `${w.date ?? w.created_at.slice(0, 10)}|${w.created_at}`;

function seriesOf(ctx: CoreContext, w: WorkshopRow): SelfCheckSeries {
  const values = Object.fromEntries(entriesOf(ctx, w.id).map((e) => [e.dimension, e.value])) as Record<SelfCheckDimension, number | null>;
  return { workshopId: w.id, title: w.title, date: w.date, values };
}

function clubWorkshopsWithSelfCheck(ctx: CoreContext, organisationId: string): (WorkshopRow & { key: string })[] {
  const rows = ctx
    .sql(
      `SELECT DISTINCT w.id, w.title, w.date, w.created_at FROM workshops w JOIN selfcheck_entries e ON e.workshop_id = w.id
       WHERE w.organisation_id = ? AND (e.agreed IS NOT NULL OR e.ratings <> '[]')`,
    )
    .all(organisationId) as WorkshopRow[];
  return rows.map((w) => ({ ...w, key: sortKey(w) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Every self-check the club has made, oldest first: the trend across its sessions. */
export function clubSelfCheckHistory(ctx: CoreContext, organisationId: string): SelfCheckSeries[] {
  return clubWorkshopsWithSelfCheck(ctx, organisationId).map((w) => seriesOf(ctx, w));
}

/** The club's self-checks from sessions before this one, oldest first; the last is "before" in the chart. */
function earlierHistory(ctx: CoreContext, workshopId: string): SelfCheckSeries[] {
  const self = ctx.sql('SELECT organisation_id, date, created_at FROM workshops WHERE id = ?').get(workshopId) as { organisation_id: string; date: string | null; created_at: string };
  const key = sortKey(self);
  return clubWorkshopsWithSelfCheck(ctx, self.organisation_id)
    .filter((w) => w.id !== workshopId && w.key < key)
    .map((w) => seriesOf(ctx, w));
}

export function getSelfCheck(ctx: CoreContext, workshopId: string): SelfCheck {
  requireWorkshop(ctx, workshopId);
  const history = earlierHistory(ctx, workshopId);
  return { workshopId, entries: entriesOf(ctx, workshopId), earlier: history.at(-1) ?? null, history };
}

function upsert(ctx: CoreContext, workshopId: string, dimension: SelfCheckDimension, change: { agreed?: number | null; note?: string; ratings?: number[] }): SelfCheck {
  writeTransaction(ctx, (events) => {
    requireWorkshop(ctx, workshopId);
    ctx.sql("INSERT OR IGNORE INTO selfcheck_entries (workshop_id, dimension, updated_at) VALUES (?, ?, ?)").run(workshopId, dimension, isoNow(ctx));
    if (change.agreed !== undefined) ctx.sql('UPDATE selfcheck_entries SET agreed = ? WHERE workshop_id = ? AND dimension = ?').run(change.agreed, workshopId, dimension);
    if (change.note !== undefined) ctx.sql('UPDATE selfcheck_entries SET note = ? WHERE workshop_id = ? AND dimension = ?').run(change.note, workshopId, dimension);
    if (change.ratings !== undefined) ctx.sql('UPDATE selfcheck_entries SET ratings = ? WHERE workshop_id = ? AND dimension = ?').run(JSON.stringify(change.ratings), workshopId, dimension);
    ctx.sql('UPDATE selfcheck_entries SET updated_at = ? WHERE workshop_id = ? AND dimension = ?').run(isoNow(ctx), workshopId, dimension);
    events.push({ name: 'selfcheck.changed', payload: { workshopId } });
  });
  return getSelfCheck(ctx, workshopId);
}

export const setSelfCheck = (ctx: CoreContext, input: MethodParsedInput<'selfcheck.set'>): SelfCheck =>
  upsert(ctx, input.workshopId, input.dimension, { ...(input.agreed !== undefined ? { agreed: input.agreed } : {}), ...(input.note !== undefined ? { note: input.note } : {}) });

export const rateSelfCheck = (ctx: CoreContext, input: MethodParsedInput<'selfcheck.rate'>): SelfCheck =>
  upsert(ctx, input.workshopId, input.dimension, { ratings: input.ratings });
