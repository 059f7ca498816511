import { z } from 'zod';
import { historyRecord, measureRecord } from './actions';
import { checklistAnswerRecord, dataMapRowRecord } from './data-protection';
import { LANGUAGES, WORKSHOP_STATUSES, organisationRecord, workshopFields } from './domain';
import { LIMITS, id, optionalText } from './fields';
import { SELF_CHECK_DIMENSIONS, cardRecord, clusterRecord, rating, voteSessionRecord } from './live';
import { PROCESS_VARIANTS, processEdgeRecord, processLaneRecord, processMarkerRecord, processStepRecord } from './process';
import { relationRecord, stakeholderRecord } from './stakeholders';
import { templatePhaseSchema } from './template-file';

// Every record the database holds for a club, described once. The result
// types of the API (where they have the same shape), the undo snapshots and
// the workshop file (.vwerkstatt) all validate against these schemas; the
// area files define the records their inputs build on, this file collects them.

const timestamp = z.string().min(1).max(40);

/** A workshop as stored (the API's Workshop adds the club's name and leaves out the template version). */
export const workshopRecord = z
  .object({
    id,
    organisationId: id,
    title: workshopFields.title,
    date: workshopFields.date,
    /** Files from before start times leave it out. */
    startTime: workshopFields.startTime.default(null),
    place: workshopFields.place,
    coach: workshopFields.coach,
    status: z.enum(WORKSHOP_STATUSES),
    participantCount: workshopFields.participantCount,
    followUpDate: workshopFields.followUpDate,
    participantNames: workshopFields.participantNames,
    participantsConsent: workshopFields.participantsConsent,
    /** "Namen erfragen" for phones; files from before phones existed leave it out. */
    askNames: z.boolean().default(false),
    /** The earlier workshop a follow-up session follows; files from before follow-ups leave it out. */
    followsWorkshopId: id.nullable().default(null),
    /** The language the workshop was made in (its agenda's texts, the report's default); files from before leave it out. */
    language: z.enum(LANGUAGES).default('de'),
    templateId: id,
    templateName: z.string().min(1).max(LIMITS.name),
    templateVersion: z.number().int().min(1).max(1_000_000),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();
export type WorkshopRecord = z.infer<typeof workshopRecord>;

/** A phase of a workshop's own agenda (a copy of the template's phase) with the coach's notes. */
export const phaseRecord = templatePhaseSchema
  .extend({
    id,
    workshopId: id,
    position: z.number().int().min(0).max(10_000),
    notes: optionalText(LIMITS.note),
    notesUpdatedAt: timestamp.nullable(),
  })
  .strict();
export type PhaseRecord = z.infer<typeof phaseRecord>;

/** One dimension of a workshop's self-check: the agreed value, the single ratings and the note. */
export const selfCheckRecord = z
  .object({
    workshopId: id,
    dimension: z.enum(SELF_CHECK_DIMENSIONS),
    agreed: rating.nullable(),
    note: optionalText(LIMITS.text),
    ratings: z.array(rating).max(500),
    updatedAt: timestamp,
  })
  .strict();
export type SelfCheckRecord = z.infer<typeof selfCheckRecord>;

/** An Ist or Soll diagram; its lanes, steps, arrows and markers are records of their own. */
export const diagramRecord = z
  .object({ id, workshopId: id, variant: z.enum(PROCESS_VARIANTS), createdAt: timestamp, updatedAt: timestamp })
  .strict();
export type DiagramRecord = z.infer<typeof diagramRecord>;

/**
 * The records of a club, by the name they have in a workshop file. Order
 * matters: a record comes after the records it points to.
 */
export const RECORD_SCHEMAS = {
  organisations: organisationRecord,
  workshops: workshopRecord,
  phases: phaseRecord,
  clusters: clusterRecord,
  cards: cardRecord,
  votes: voteSessionRecord,
  selfChecks: selfCheckRecord,
  stakeholders: stakeholderRecord,
  relations: relationRecord,
  diagrams: diagramRecord,
  lanes: processLaneRecord,
  steps: processStepRecord,
  edges: processEdgeRecord,
  markers: processMarkerRecord,
  measures: measureRecord,
  history: historyRecord,
  checklist: checklistAnswerRecord,
  dataMap: dataMapRowRecord,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];
export type RecordOf<K extends RecordKind> = z.output<(typeof RECORD_SCHEMAS)[K]>;
