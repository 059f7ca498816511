import { z } from 'zod';
import { LIMITS, id, isoDate, optionalText, requiredName } from './fields';
import type { MarkerKind, ProcessVariant } from './process';

// The action plan (phase "Maßnahmenplan"): measures the club commits to, where
// they came from, and what happened to them at later coaching sessions.

export const MEASURE_STATUSES = ['open', 'in_progress', 'blocked', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * Closed: "erledigt" or "verworfen" (dropped, with a reason). The one place
 * that decides what counts as open: the club page, the action plan's
 * filters, the report, the exports and the projector all ask here.
 */
export const CLOSED_MEASURE_STATUSES: readonly MeasureStatus[] = ['done', 'dropped'];
export const isClosedStatus = (status: MeasureStatus): boolean => CLOSED_MEASURE_STATUSES.includes(status);
export const isOpenStatus = (status: MeasureStatus): boolean => !isClosedStatus(status);

/** The PHINEO "Wirkungstreppe": what a measure aims at. Output: what the club does; outcome: what changes for those it reaches; impact: beyond them. */
export const IMPACT_STAGES = ['output', 'outcome', 'impact'] as const;
export type ImpactStage = (typeof IMPACT_STAGES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const EFFORTS = ['small', 'medium', 'large'] as const;
export type Effort = (typeof EFFORTS)[number];

/** What a measure can come from. Cards join when the card phases exist. */
export const ORIGIN_KINDS = ['marker', 'step', 'stakeholder', 'note'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

export const measureFields = {
  title: requiredName,
  description: optionalText(LIMITS.text),
  goal: optionalText(LIMITS.text),
  owner: optionalText(LIMITS.name),
  helpers: optionalText(LIMITS.shortText),
  firstStep: optionalText(LIMITS.shortText),
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  priority: z.enum(PRIORITIES),
  effort: z.enum(EFFORTS).nullable(),
  status: z.enum(MEASURE_STATUSES),
  blockedReason: optionalText(LIMITS.shortText),
  droppedReason: optionalText(LIMITS.shortText),
  impactStage: z.enum(IMPACT_STAGES).nullable(),
};

/**
 * Where a new measure comes from. For a note, `id` is the phase and `excerpt`
 * the words the coach picked from it; for the others the core reads the text itself.
 */
export const originInput = z
  .object({
    kind: z.enum(ORIGIN_KINDS),
    id,
    excerpt: optionalText(LIMITS.shortText).optional(),
  })
  .strict();

const DUE_BEFORE_START = { message: 'errors.actions.dueBeforeStart', path: ['dueDate'] };
const datesInOrder = (m: { startDate?: string | null | undefined; dueDate?: string | null | undefined }): boolean =>
  !m.startDate || !m.dueDate || m.dueDate >= m.startDate;

export const measureCreateInput = z
  .object({
    workshopId: id,
    title: measureFields.title,
    description: measureFields.description.default(''),
    goal: measureFields.goal.default(''),
    owner: measureFields.owner.default(''),
    helpers: measureFields.helpers.default(''),
    firstStep: measureFields.firstStep.default(''),
    startDate: measureFields.startDate.default(null),
    dueDate: measureFields.dueDate.default(null),
    priority: measureFields.priority.default('medium'),
    effort: measureFields.effort.default(null),
    status: measureFields.status.default('open'),
    blockedReason: measureFields.blockedReason.default(''),
    droppedReason: measureFields.droppedReason.default(''),
    impactStage: measureFields.impactStage.default(null),
    origin: originInput.nullable().default(null),
  })
  .strict()
  .refine(datesInOrder, DUE_BEFORE_START);

export const measureUpdateInput = z
  .object({
    id,
    title: measureFields.title.optional(),
    description: measureFields.description.optional(),
    goal: measureFields.goal.optional(),
    owner: measureFields.owner.optional(),
    helpers: measureFields.helpers.optional(),
    firstStep: measureFields.firstStep.optional(),
    startDate: measureFields.startDate.optional(),
    dueDate: measureFields.dueDate.optional(),
    priority: measureFields.priority.optional(),
    effort: measureFields.effort.optional(),
    status: measureFields.status.optional(),
    blockedReason: measureFields.blockedReason.optional(),
    droppedReason: measureFields.droppedReason.optional(),
    impactStage: measureFields.impactStage.optional(),
    /** null unlinks the measure from its origin. */
    origin: originInput.nullable().optional(),
  })
  .strict()
  .refine(datesInOrder, DUE_BEFORE_START);

/**
 * A follow-up at a later coaching session: a dated note and the status from
 * then on, optionally a new due date. `sessionId` is the workshop in which it
 * was recorded (a Rückblick); without it, it was recorded on the club page.
 */
export const followUpInput = z
  .object({
    id,
    date: isoDate,
    status: measureFields.status,
    note: optionalText(LIMITS.text).default(''),
    blockedReason: measureFields.blockedReason.optional(),
    droppedReason: measureFields.droppedReason.optional(),
    dueDate: measureFields.dueDate.optional(),
    sessionId: id.optional(),
  })
  .strict();

export const measureIdsInput = z.object({ ids: z.array(id).min(1).max(5000) }).strict();

/** One dated entry of a measure's progress history; `date` is the day it was recorded (ISO), e.g. the follow-up session. */
export type MeasureHistoryEntry = z.infer<typeof historyRecord>;

export interface MeasureOrigin {
  kind: OriginKind;
  id: string;
  /** The origin's text now, or as it was when the measure was made if it is gone. */
  label: string;
  exists: boolean;
  markerKind: MarkerKind | null;
  severity: number | null;
  variant: ProcessVariant | null;
  /** The step of a marker, or the phase of a note. */
  context: string;
  /** The phase to jump to; null when the origin is gone or the workshop has no such phase. */
  phaseId: string | null;
}

/** A session (workshop) of the club in which progress on a measure was recorded. */
export interface MeasureSession {
  id: string;
  title: string;
  date: string | null;
}

export interface Measure {
  id: string;
  workshopId: string;
  title: string;
  description: string;
  goal: string;
  owner: string;
  helpers: string;
  firstStep: string;
  startDate: string | null;
  dueDate: string | null;
  priority: Priority;
  effort: Effort | null;
  status: MeasureStatus;
  blockedReason: string;
  droppedReason: string;
  impactStage: ImpactStage | null;
  origin: MeasureOrigin | null;
  overdue: boolean;
  history: MeasureHistoryEntry[];
  /** The sessions its history entries were recorded in (by `workshopId`), to name them. */
  sessions: MeasureSession[];
  createdAt: string;
  updatedAt: string;
}

export interface ActionPlan {
  workshopId: string;
  /** The core's today (ISO): what "overdue" is measured against. */
  today: string;
  measures: Measure[];
  /** Names already used as owners in this club, and the workshop's stakeholders: suggestions for "Wer?". */
  owners: string[];
}

/** One open measure in the club overview "Was ist offen?". */
export interface OpenMeasure {
  id: string;
  workshopId: string;
  workshopTitle: string;
  workshopDate: string | null;
  /** The workshop's action plan phase, to jump to. */
  phaseId: string | null;
  title: string;
  owner: string;
  firstStep: string;
  dueDate: string | null;
  priority: Priority;
  status: MeasureStatus;
  blockedReason: string;
  overdue: boolean;
  lastUpdate: MeasureHistoryEntry | null;
}

/**
 * One measure in a session's Rückblick (and carried over into its action
 * plan): a measure of an earlier workshop of the club, the same record.
 */
export interface ReviewMeasure extends OpenMeasure {
  droppedReason: string;
  /** The latest entry recorded in this session; null while nothing was recorded here. */
  sessionUpdate: MeasureHistoryEntry | null;
}

/**
 * The Rückblick of a session: the club's measures from its other workshops
 * that are open, and those closed in this very session (so that what the
 * room just decided stays in view).
 */
export interface SessionReview {
  workshopId: string;
  organisationId: string;
  today: string;
  /** The day progress is recorded with: the session's date, or today when it has none or it lies ahead. */
  sessionDate: string;
  measures: ReviewMeasure[];
}

export interface ClubOpenMeasures {
  organisationId: string;
  today: string;
  measures: OpenMeasure[];
}

const timestamp = z.string().min(1).max(40);
const status = z.enum(MEASURE_STATUSES);

/** A measure as stored: what a delete hands back and undo puts back. */
export const measureRecord = z
  .object({
    id,
    workshopId: id,
    title: measureFields.title,
    description: measureFields.description,
    goal: measureFields.goal,
    owner: measureFields.owner,
    helpers: measureFields.helpers,
    firstStep: measureFields.firstStep,
    startDate: measureFields.startDate,
    dueDate: measureFields.dueDate,
    priority: measureFields.priority,
    effort: measureFields.effort,
    status,
    blockedReason: measureFields.blockedReason,
    /** Files from before "verworfen" existed leave it out. */
    droppedReason: measureFields.droppedReason.default(''),
    /** Files from before the Wirkungstreppe leave it out. */
    impactStage: measureFields.impactStage.default(null),
    originKind: z.enum(ORIGIN_KINDS).nullable(),
    originId: id.nullable(),
    originLabel: optionalText(LIMITS.shortText),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict()
  .refine(datesInOrder, DUE_BEFORE_START);
export type MeasureRecord = z.infer<typeof measureRecord>;

export const historyRecord = z
  .object({
    id,
    measureId: id,
    date: isoDate,
    status,
    previousStatus: status.nullable(),
    note: optionalText(LIMITS.text),
    createdAt: timestamp,
    /** The session (workshop) it was recorded in; null on the club page, and for entries from before sessions were kept. */
    workshopId: id.nullable().default(null),
  })
  .strict();

export const measureRestoreInput = z
  .object({
    workshopId: id,
    measures: z.array(measureRecord).max(5000),
    history: z.array(historyRecord).max(50_000),
  })
  .strict();

/** What a delete removed, so that undo can put it back. */
export type MeasureSnapshot = z.infer<typeof measureRestoreInput>;

export const actionInputs = {
  list: z.object({ workshopId: id }).strict(),
  open: z.object({ organisationId: id }).strict(),
  review: z.object({ workshopId: id }).strict(),
  create: measureCreateInput,
  update: measureUpdateInput,
  followUp: followUpInput,
  ids: measureIdsInput,
  restore: measureRestoreInput,
};
