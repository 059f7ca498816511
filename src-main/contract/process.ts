import { z } from 'zod';
import { LIMITS, id, optionalText } from './fields';

// Process diagrams (phases "Wie läuft es heute?" and "Wie soll es laufen?"):
// swimlanes by role, steps in lanes, labelled arrows, and markers for pain
// points, ideas and digital potential. Ist is today, Soll the target.

export const PROCESS_VARIANTS = ['ist', 'soll'] as const;
export type ProcessVariant = (typeof PROCESS_VARIANTS)[number];

export const STEP_KINDS = ['start', 'step', 'decision', 'document', 'end'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const MARKER_KINDS = ['pain', 'idea', 'digital'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export const SEVERITIES = [1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MAX_LANES = 12;
/** Horizontal position of a step along its lane (diagram units). */
const position = z.number().min(-100_000).max(100_000);
const label = z.string().trim().min(1).max(LIMITS.shortText);
const laneName = z.string().trim().min(1).max(LIMITS.name);
const severity = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export type ProcessLane = z.infer<typeof processLaneRecord>;

export type ProcessStep = z.infer<typeof processStepRecord>;

export type ProcessEdge = z.infer<typeof processEdgeRecord>;

export type ProcessMarker = z.infer<typeof processMarkerRecord>;

export interface ProcessDiagram {
  id: string;
  workshopId: string;
  variant: ProcessVariant;
  lanes: ProcessLane[];
  steps: ProcessStep[];
  edges: ProcessEdge[];
  markers: ProcessMarker[];
  updatedAt: string;
}

/** What a delete removed, so that undo can put it back exactly. */
export type ProcessSnapshot = z.infer<typeof processRestoreInput>;

export interface StepView {
  id: string;
  label: string;
  kind: StepKind;
  lane: string;
}

export interface StepChange {
  ist: StepView;
  soll: StepView;
  changed: ('label' | 'kind' | 'lane')[];
}

/** Which steps the target process adds, drops or changes compared with today's. */
export interface ProcessComparison {
  added: StepView[];
  removed: StepView[];
  changed: StepChange[];
  unchanged: number;
}

const variantOf = { workshopId: id, variant: z.enum(PROCESS_VARIANTS) };

export const processInputs = {
  get: z.object(variantOf).strict(),
  create: z.object({ ...variantOf, laneNames: z.array(laneName).min(1).max(MAX_LANES) }).strict(),
  /** markers: also copy today's pain points, ideas and digital potential (off by default: they rarely belong to the target). */
  copyIstToSoll: z.object({ workshopId: id, markers: z.boolean().default(false) }).strict(),
  compare: z.object({ workshopId: id }).strict(),
  layout: z.object({ diagramId: id }).strict(),
  laneAdd: z.object({ diagramId: id, name: laneName }).strict(),
  laneUpdate: z.object({ id, name: laneName.optional(), position: z.number().int().min(0).max(MAX_LANES).optional() }).strict(),
  laneDelete: z.object({ id, moveStepsTo: id.nullable() }).strict(),
  stepAdd: z
    .object({
      diagramId: id,
      laneId: id,
      kind: z.enum(STEP_KINDS).default('step'),
      label,
      x: position.optional(),
      /** Add the new step after this one, with an arrow from it. */
      after: id.optional(),
      edgeLabel: optionalText(LIMITS.name).default(''),
    })
    .strict(),
  stepUpdate: z.object({ id, label: label.optional(), kind: z.enum(STEP_KINDS).optional(), laneId: id.optional(), x: position.optional() }).strict(),
  stepMove: z.object({ moves: z.array(z.object({ id, laneId: id, x: position }).strict()).min(1).max(2000) }).strict(),
  edgeAdd: z
    .object({ sourceId: id, targetId: id, label: optionalText(LIMITS.name).default('') })
    .strict()
    .refine((e) => e.sourceId !== e.targetId, { message: 'errors.process.selfEdge', path: ['targetId'] }),
  edgeUpdate: z.object({ id, label: optionalText(LIMITS.name).optional(), sourceId: id.optional(), targetId: id.optional() }).strict(),
  markerAdd: z
    .object({ stepId: id, kind: z.enum(MARKER_KINDS), text: label, severity: severity.nullable().default(null) })
    .strict(),
  markerUpdate: z.object({ id, kind: z.enum(MARKER_KINDS).optional(), text: label.optional(), severity: severity.nullable().optional() }).strict(),
  ids: z.object({ ids: z.array(id).min(1).max(2000) }).strict(),
};

const timestamp = z.string().min(1).max(40);

export const processLaneRecord = z.object({ id, diagramId: id, position: z.number().int().min(0), name: laneName }).strict();

export const processStepRecord = z
  .object({
    id,
    diagramId: id,
    laneId: id,
    kind: z.enum(STEP_KINDS),
    label,
    x: position,
    /** The Ist step this Soll step was copied from: how the compare view matches them. */
    originId: id.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();

export const processEdgeRecord = z.object({ id, diagramId: id, sourceId: id, targetId: id, label: optionalText(LIMITS.name) }).strict();

/** severity: 1 (annoying) to 3 (serious), for pain points only. */
export const processMarkerRecord = z
  .object({ id, stepId: id, kind: z.enum(MARKER_KINDS), text: label, severity: severity.nullable(), createdAt: timestamp })
  .strict();

export const processRestoreInput = z
  .object({
    diagramId: id,
    lanes: z.array(processLaneRecord).max(MAX_LANES),
    steps: z.array(processStepRecord).max(5000),
    edges: z.array(processEdgeRecord).max(10000),
    markers: z.array(processMarkerRecord).max(10000),
    /** Steps that a lane delete moved elsewhere, with the lane they came from. */
    movedSteps: z.array(z.object({ id, laneId: id }).strict()).max(5000),
    /** Arrows the delete drew to close the gap (predecessor → successor): undo removes them again. */
    bridges: z.array(processEdgeRecord).max(10000).optional(),
  })
  .strict();
