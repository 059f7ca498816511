import { z } from 'zod';
import { type MeasureStatus, measureFields } from './actions';
import { LIMITS, id, optionalText } from './fields';

// The data-protection consultation as a tool: the phase kinds "Checkliste"
// (items from the template, each answered with a state and a note) and
// "Datenlandkarte" (a table of the club's data). Either can become a measure.

export const CHECKLIST_STATES = ['done', 'partial', 'open', 'not_applicable'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

/** "Einwilligung nötig?": yes, no, or not clear yet. */
export const CONSENT_VALUES = ['yes', 'no', 'unclear'] as const;
export type ConsentValue = (typeof CONSENT_VALUES)[number];

export const MAX_CHECKLIST_ITEMS = 100;

const itemKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .max(64);

/** One item of a checklist phase, as a template has it: what to check and a short explanation. */
export const checklistItemSchema = z
  .object({
    key: itemKey,
    title: z.string().trim().min(1).max(LIMITS.name),
    explanation: z.string().max(LIMITS.text),
  })
  .strict();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A phase's checklist items: at most 100, each key once (answers are kept by key). */
export const checklistItemsSchema = z
  .array(checklistItemSchema)
  .max(MAX_CHECKLIST_ITEMS)
  .refine((items) => new Set(items.map((i) => i.key)).size === items.length, { message: 'errors.checklist.duplicateKey' });

const timestamp = z.string().min(1).max(40);

/** One answered item of a workshop's checklist phase (what a workshop file carries). */
export const checklistAnswerRecord = z
  .object({
    id,
    workshopId: id,
    phaseId: id,
    itemKey,
    state: z.enum(CHECKLIST_STATES).nullable(),
    note: optionalText(LIMITS.text),
    measureId: id.nullable(),
    updatedAt: timestamp,
  })
  .strict();
export type ChecklistAnswerRecord = z.infer<typeof checklistAnswerRecord>;

export const dataMapFields = {
  dataKind: z.string().trim().min(1, { message: 'errors.dataMap.kindMissing' }).max(LIMITS.name),
  storage: optionalText(LIMITS.shortText),
  access: optionalText(LIMITS.shortText),
  legalBasis: optionalText(LIMITS.shortText),
  consent: z.enum(CONSENT_VALUES),
  deletion: optionalText(LIMITS.shortText),
};

/** One row of a workshop's data map (what a workshop file carries). */
export const dataMapRowRecord = z
  .object({
    id,
    workshopId: id,
    phaseId: id,
    position: z.number().int().min(0).max(1_000_000),
    ...dataMapFields,
    measureId: id.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();
export type DataMapRowRecord = z.infer<typeof dataMapRowRecord>;

/** The measure made from an item or a row, as the phase shows it. */
export interface LinkedMeasure {
  id: string;
  title: string;
  status: MeasureStatus;
}

export interface ChecklistEntry extends ChecklistItem {
  state: ChecklistState | null;
  note: string;
  measure: LinkedMeasure | null;
}

export interface Checklist {
  workshopId: string;
  phaseId: string;
  entries: ChecklistEntry[];
  /** How many items have each state; `unanswered` counts those not talked about yet. */
  counts: Record<ChecklistState | 'unanswered', number>;
}

export interface DataMapRow extends Omit<DataMapRowRecord, 'measureId'> {
  measure: LinkedMeasure | null;
}

export interface DataMap {
  workshopId: string;
  phaseId: string;
  rows: DataMapRow[];
}

const phaseInput = z.object({ phaseId: id }).strict();

/** The few fields "Maßnahme daraus machen" asks for; the measure lands in the phase's workshop. */
const newMeasure = z
  .object({
    title: measureFields.title,
    owner: measureFields.owner.default(''),
    dueDate: measureFields.dueDate.default(null),
    firstStep: measureFields.firstStep.default(''),
    priority: measureFields.priority.default('medium'),
  })
  .strict();

export const dataProtectionInputs = {
  checklist: phaseInput,
  checklistSet: z
    .object({
      phaseId: id,
      itemKey,
      state: z.enum(CHECKLIST_STATES).nullable().optional(),
      note: optionalText(LIMITS.text).optional(),
    })
    .strict(),
  dataMap: phaseInput,
  dataMapAdd: z
    .object({
      phaseId: id,
      dataKind: dataMapFields.dataKind,
      storage: dataMapFields.storage.default(''),
      access: dataMapFields.access.default(''),
      legalBasis: dataMapFields.legalBasis.default(''),
      consent: dataMapFields.consent.default('unclear'),
      deletion: dataMapFields.deletion.default(''),
    })
    .strict(),
  dataMapUpdate: z
    .object({
      id,
      dataKind: dataMapFields.dataKind.optional(),
      storage: dataMapFields.storage.optional(),
      access: dataMapFields.access.optional(),
      legalBasis: dataMapFields.legalBasis.optional(),
      consent: dataMapFields.consent.optional(),
      deletion: dataMapFields.deletion.optional(),
    })
    .strict(),
  dataMapDelete: z.object({ id }).strict(),
  dataMapRestore: z.object({ row: dataMapRowRecord }).strict(),
  /** "Maßnahme daraus machen" for a checklist item or a data map row: the measure and its link in one step. */
  makeMeasure: z
    .object({
      from: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('checklist'), phaseId: id, itemKey }).strict(),
        z.object({ kind: z.literal('dataMap'), rowId: id }).strict(),
      ]),
      measure: newMeasure,
    })
    .strict(),
};
