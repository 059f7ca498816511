import { z } from 'zod';
import { LIMITS, clockTime, count, id, isoDate, optionalText, requiredName } from './fields';
import type { PhaseRecord, WorkshopRecord } from './records';

// The domain as the UI sees it: enums, input schemas and result types.

export const LEGAL_FORMS = [
  'ev',
  'unregistered',
  'ggmbh',
  'foundation',
  'cooperative',
  'initiative',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const WORKSHOP_STATUSES = ['planned', 'running', 'done'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const PHASE_KINDS = [
  'cards',
  'voting',
  'selfcheck',
  'stakeholders',
  'process_current',
  'process_target',
  'actions',
  'discussion',
  /** Rückblick: the club's open measures from its earlier workshops, with progress recorded in this session. */
  'review',
  /** Checkliste: items from the template, each with a state (erledigt, teilweise, offen, trifft nicht zu) and a note. */
  'checklist',
  /** Datenlandkarte: the club's data, one row per kind of data (where, who, legal basis, consent, deletion). */
  'datamap',
  /** Pause: no tool, only the timer; the projector shows a calm screen with the time the group meets again. */
  'pause',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

// ---------- organisations (clubs) ----------

export const organisationFields = {
  name: requiredName,
  legalForm: z.enum(LEGAL_FORMS).nullable(),
  field: optionalText(LIMITS.name),
  members: count.nullable(),
  volunteers: count.nullable(),
  staff: count.nullable(),
  contact: optionalText(),
  notes: optionalText(LIMITS.text),
};

export const organisationCreateInput = z
  .object({
    name: organisationFields.name,
    legalForm: organisationFields.legalForm.default(null),
    field: organisationFields.field.default(''),
    members: organisationFields.members.default(null),
    volunteers: organisationFields.volunteers.default(null),
    staff: organisationFields.staff.default(null),
    contact: organisationFields.contact.default(''),
    notes: organisationFields.notes.default(''),
  })
  .strict();

export const organisationUpdateInput = z
  .object({
    id,
    name: organisationFields.name.optional(),
    legalForm: organisationFields.legalForm.optional(),
    field: organisationFields.field.optional(),
    members: organisationFields.members.optional(),
    volunteers: organisationFields.volunteers.optional(),
    staff: organisationFields.staff.optional(),
    contact: organisationFields.contact.optional(),
    notes: organisationFields.notes.optional(),
  })
  .strict();

/** A club as stored and as the UI sees it: defined once, by this schema (also what a workshop file carries). */
export const organisationRecord = z
  .object({
    id,
    ...organisationFields,
    createdAt: z.string().min(1).max(40),
    updatedAt: z.string().min(1).max(40),
  })
  .strict();
export type Organisation = z.infer<typeof organisationRecord>;

export interface OrganisationSummary extends Organisation {
  workshopCount: number;
  lastWorkshopDate: string | null;
}

// ---------- workshops ----------

export const workshopFields = {
  title: requiredName,
  date: isoDate.nullable(),
  /** When the day starts ("HH:MM"): the printed agenda's clock times count from it. */
  startTime: clockTime.nullable(),
  place: optionalText(LIMITS.name),
  coach: optionalText(LIMITS.name),
  status: z.enum(WORKSHOP_STATUSES),
  participantCount: count.nullable(),
  followUpDate: isoDate.nullable(),
  /** One name per line; printed in the report only with the participants' consent. */
  participantNames: optionalText(LIMITS.text),
  participantsConsent: z.boolean(),
};

export const workshopCreateInput = z
  .object({
    organisationId: id,
    templateId: id,
    title: workshopFields.title,
    date: workshopFields.date.default(null),
    place: workshopFields.place.default(''),
    coach: workshopFields.coach.default(''),
    status: workshopFields.status.default('planned'),
    participantCount: workshopFields.participantCount.default(null),
    /** The agenda's language; by default the UI's. It stays with the workshop. */
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();

/**
 * "Folgetermin anlegen": a new session of the club from the follow-up
 * template, linked to the workshop it follows (by default the club's latest).
 * Its date is that workshop's planned follow-up date.
 */
export const workshopFollowUpInput = z
  .object({
    organisationId: id,
    followsWorkshopId: id.optional(),
    title: workshopFields.title,
    templateId: id.optional(),
  })
  .strict();

export const workshopUpdateInput = z
  .object({
    id,
    title: workshopFields.title.optional(),
    date: workshopFields.date.optional(),
    startTime: workshopFields.startTime.optional(),
    place: workshopFields.place.optional(),
    coach: workshopFields.coach.optional(),
    status: workshopFields.status.optional(),
    participantCount: workshopFields.participantCount.optional(),
    followUpDate: workshopFields.followUpDate.optional(),
    participantNames: workshopFields.participantNames.optional(),
    participantsConsent: workshopFields.participantsConsent.optional(),
  })
  .strict();

export const workshopListInput = z
  .object({
    organisationId: id.optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
  })
  .strict();

/** A workshop as the UI sees it: the stored record with its club's name, without the template's version. */
export type Workshop = Omit<WorkshopRecord, 'templateVersion'> & { organisationName: string };

/** A phase of a workshop's agenda as the UI sees it: the stored record without its workshop. */
export type Phase = Omit<PhaseRecord, 'workshopId'>;

export interface WorkshopDetail extends Workshop {
  phases: Phase[];
}

export const phaseNoteInput = z
  .object({
    phaseId: id,
    text: optionalText(LIMITS.note),
  })
  .strict();

export interface SavedNote {
  phaseId: string;
  updatedAt: string;
}

// ---------- templates ----------

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  author: string;
  builtIn: boolean;
  /** The language of its texts: a built-in one's is the UI's (it ships in both), an own one has its own. */
  language: Language;
  phaseCount: number;
  totalMinutes: number;
  /** For the facilitator's own templates: when last changed; null for built-in ones. */
  updatedAt: string | null;
}

// ---------- settings and app state ----------

export const settingsUpdateInput = z.object({ language: z.enum(LANGUAGES).optional(), autoStartTimer: z.boolean().optional() }).strict();

export interface Settings {
  language: Language;
  /** During a running workshop, opening a phase starts its clock. */
  autoStartTimer: boolean;
}

export type StorageState =
  | { state: 'ok'; dbFile: string }
  | { state: 'corrupt'; dbFile: string; reasonKey: string }
  | { state: 'too_new'; dbFile: string; fileVersion: number; appVersion: number }
  | { state: 'unreadable'; dbFile: string; reasonKey: string };

export interface AppInfo {
  appVersion: string;
  dataDir: string;
  dbFile: string;
  /** The schema version of the open database file; null while none is open. */
  schemaVersion: number | null;
}

export interface StartFreshResult {
  movedTo: string | null;
  status: StorageState;
}

export interface SampleResult {
  organisationId: string;
  workshopId: string;
  created: boolean;
}
