import type { ActionPlan, ImpactStage, Measure, MeasureHistoryEntry, MeasureSession, MethodParsedInput } from '../../contract';
import { isOverdue, localIsoDate } from '../../shared/measure-dates';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, fieldError } from '../errors';
import { patchStatement } from '../services/patch';
import { requireWorkshop } from '../services/stakeholder-rows';
import { NO_ORIGIN, checkOrigin, originLookup } from './origins';
import {
  INSERT_HISTORY,
  INSERT_MEASURE,
  type MeasureRow,
  findMeasureRow,
  historyOf,
  historyOfWorkshop,
  organisationOf,
  toRecord,
} from './rows';

const COLUMNS = {
  title: 'title',
  description: 'description',
  goal: 'goal',
  owner: 'owner',
  helpers: 'helpers',
  firstStep: 'first_step',
  startDate: 'start_date',
  dueDate: 'due_date',
  priority: 'priority',
  effort: 'effort',
  status: 'status',
  blockedReason: 'blocked_reason',
  droppedReason: 'dropped_reason',
  impactStage: 'impact_stage',
  originKind: 'origin_kind',
  originId: 'origin_id',
  originLabel: 'origin_label',
} as const;

export const measuresChanged = (ctx: CoreContext, workshopId: string) => ({
  name: 'measures.changed' as const,
  payload: { workshopId, organisationId: organisationOf(ctx, workshopId) },
});

/** Today in the coach's time zone: what "overdue" is measured against. */
export const todayOf = (ctx: CoreContext): string => localIsoDate(ctx.now());

type SessionLookup = Map<string, MeasureSession>;

/** The club's workshops by id: the sessions a history entry can name. */
function clubSessions(ctx: CoreContext, workshopId: string): SessionLookup {
  const rows = ctx
    .sql('SELECT id, title, date FROM workshops WHERE organisation_id = (SELECT organisation_id FROM workshops WHERE id = ?)')
    .all(workshopId) as MeasureSession[];
  return new Map(rows.map((r) => [r.id, r]));
}

function toMeasure(row: MeasureRow, history: MeasureHistoryEntry[], origin: Measure['origin'], today: string, sessions: SessionLookup): Measure {
  const { originKind: _kind, originId: _id, originLabel: _label, ...fields } = toRecord(row);
  const named = [...new Set(history.flatMap((h) => (h.workshopId ? [h.workshopId] : [])))].flatMap((id) => sessions.get(id) ?? []);
  return { ...fields, origin, overdue: isOverdue(fields, today), history, sessions: named };
}

/** Owners used anywhere in the club, the workshop's stakeholders and process roles: who could own a measure. */
function ownerSuggestions(ctx: CoreContext, workshopId: string): string[] {
  const rows = ctx
    .sql(
      `SELECT m.owner AS name FROM measures m JOIN workshops w ON w.id = m.workshop_id
         WHERE w.organisation_id = (SELECT organisation_id FROM workshops WHERE id = @workshopId) AND m.owner <> ''
       UNION SELECT name FROM stakeholders WHERE workshop_id = @workshopId
       UNION SELECT l.name FROM process_lanes l JOIN process_diagrams d ON d.id = l.diagram_id WHERE d.workshop_id = @workshopId`,
    )
    .all({ workshopId }) as { name: string }[];
  const seen = new Map<string, string>();
  for (const { name } of rows) {
    const trimmed = name.trim();
    if (trimmed && !seen.has(trimmed.toLocaleLowerCase('de'))) seen.set(trimmed.toLocaleLowerCase('de'), trimmed);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'de'));
}

export function getActionPlan(ctx: CoreContext, workshopId: string): ActionPlan {
  requireWorkshop(ctx, workshopId);
  const today = todayOf(ctx);
  const rows = ctx.sql('SELECT * FROM measures WHERE workshop_id = ? ORDER BY created_at, rowid').all(workshopId) as MeasureRow[];
  const history = historyOfWorkshop(ctx, workshopId);
  const origin = originLookup(ctx, workshopId);
  const sessions = clubSessions(ctx, workshopId);
  return {
    workshopId,
    today,
    measures: rows.map((row) => toMeasure(row, history.get(row.id) ?? [], origin(row), today, sessions)),
    owners: ownerSuggestions(ctx, workshopId),
  };
}

export function getMeasure(ctx: CoreContext, id: string): Measure {
  const row = findMeasureRow(ctx, id);
  return toMeasure(row, historyOf(ctx, id), originLookup(ctx, row.workshop_id)(row), todayOf(ctx), clubSessions(ctx, row.workshop_id));
}

/** A new measure's fields; those made by the core itself (sample, checklist) may leave out the impact stage. */
type MeasureCreate = Omit<MethodParsedInput<'measures.create'>, 'impactStage'> & { impactStage?: ImpactStage | null | undefined };

export function createMeasure(ctx: CoreContext, input: MeasureCreate): Measure {
  const { origin, impactStage = null, ...fields } = input;
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    requireWorkshop(ctx, input.workshopId);
    const stored = checkOrigin(ctx, input.workshopId, origin);
    const now = isoNow(ctx);
    ctx.sql(INSERT_MEASURE).run({ ...fields, ...stored, impactStage, title: fields.title.trim(), id, createdAt: now, updatedAt: now });
    events.push(measuresChanged(ctx, input.workshopId));
  });
  return getMeasure(ctx, id);
}

function addHistory(ctx: CoreContext, entry: Omit<MeasureHistoryEntry, 'id' | 'createdAt'>): void {
  ctx.sql(INSERT_HISTORY).run({ ...entry, id: ctx.newId(), createdAt: isoNow(ctx) });
}

/** Changes fields of a measure; a new status is written into its history with today's date. */
export function updateMeasure(ctx: CoreContext, input: MethodParsedInput<'measures.update'>): Measure {
  const { id, origin, ...patch } = input;
  // Checked under the write lock: the dates and the old status are the stored ones, not an older copy.
  writeTransaction(ctx, (events) => {
    const row = findMeasureRow(ctx, id);
    const startDate = patch.startDate === undefined ? row.start_date : patch.startDate;
    const dueDate = patch.dueDate === undefined ? row.due_date : patch.dueDate;
    if (startDate && dueDate && dueDate < startDate) throw fieldError('dueDate', 'errors.actions.dueBeforeStart');
    requireDropReason(patch.status ?? row.status, patch.droppedReason ?? row.dropped_reason);
    const stored = origin === undefined ? {} : origin === null ? NO_ORIGIN : checkOrigin(ctx, row.workshop_id, origin);
    const update = patchStatement('measures', COLUMNS, id, { ...patch, title: patch.title?.trim(), ...stored }, isoNow(ctx));
    ctx.sql(update.sql).run(update.values);
    if (patch.status !== undefined && patch.status !== row.status) {
      addHistory(ctx, { measureId: id, date: todayOf(ctx), status: patch.status, previousStatus: row.status, note: '', workshopId: null });
    }
    events.push(measuresChanged(ctx, row.workshop_id));
  });
  return getMeasure(ctx, id);
}

/** "Verworfen" always says why: a dropped measure without a reason is refused. */
function requireDropReason(status: Measure['status'], reason: string | undefined): void {
  if (status === 'dropped' && !reason?.trim()) throw fieldError('droppedReason', 'errors.actions.droppedReasonMissing');
}

/** The session a follow-up is recorded in must be a workshop of the measure's own club. */
function checkSession(ctx: CoreContext, row: MeasureRow, sessionId: string | undefined): string | null {
  if (sessionId === undefined) return null;
  if (organisationOf(ctx, sessionId) !== organisationOf(ctx, row.workshop_id)) throw new CoreError('validation', 'errors.actions.otherClub');
  return sessionId;
}

/**
 * A follow-up: a dated progress note and the status from then on (and maybe a
 * new due date), kept in the history with the session it was recorded in.
 */
export function followUpMeasure(ctx: CoreContext, input: MethodParsedInput<'measures.followUp'>): Measure {
  const note = input.note.trim();
  writeTransaction(ctx, (events) => {
    // Progress is what has happened: a day still ahead is a typing slip (2062 for 2026), and it would sort above today's entries.
    if (input.date > todayOf(ctx)) throw fieldError('date', 'errors.actions.progressInFuture');
    const row = findMeasureRow(ctx, input.id);
    const dueDate = input.dueDate === undefined ? row.due_date : input.dueDate;
    const moved = dueDate !== row.due_date;
    if (note === '' && input.status === row.status && !moved) throw fieldError('note', 'errors.actions.followUpEmpty');
    if (row.start_date && dueDate && dueDate < row.start_date) throw fieldError('dueDate', 'errors.actions.dueBeforeStart');
    const droppedReason = input.droppedReason?.trim() ?? row.dropped_reason;
    requireDropReason(input.status, droppedReason);
    const workshopId = checkSession(ctx, row, input.sessionId);
    addHistory(ctx, { measureId: row.id, date: input.date, status: input.status, previousStatus: row.status, note, workshopId });
    ctx
      .sql('UPDATE measures SET status = ?, blocked_reason = ?, dropped_reason = ?, due_date = ?, updated_at = ? WHERE id = ?')
      .run(input.status, input.blockedReason ?? row.blocked_reason, droppedReason, dueDate, isoNow(ctx), row.id);
    events.push(measuresChanged(ctx, row.workshop_id));
    if (workshopId && workshopId !== row.workshop_id) events.push(measuresChanged(ctx, workshopId));
  });
  return getMeasure(ctx, input.id);
}
