import { z } from 'zod';
import {
  type AppInfo,
  type Organisation,
  type OrganisationSummary,
  type SampleResult,
  type SavedNote,
  type Settings,
  type StartFreshResult,
  type StorageState,
  type TemplateSummary,
  type Workshop,
  type WorkshopDetail,
  organisationCreateInput,
  organisationUpdateInput,
  phaseNoteInput,
  settingsUpdateInput,
  workshopCreateInput,
  workshopFollowUpInput,
  workshopListInput,
  workshopUpdateInput,
} from './domain';
import {
  type ActionPlan,
  type ClubOpenMeasures,
  type SessionReview,
  type Measure,
  type MeasureSnapshot,
  actionInputs as ai,
} from './actions';
import { type BackupList, type RestoreResult, backupInputs } from './backups';
import { type Checklist, type DataMap, type DataMapRowRecord, dataProtectionInputs as dpi } from './data-protection';
import { type ArchiveImportReport, archiveInputs } from './archive';
import { reportPrepareInput } from './exports';
import { id } from './fields';
import { type PhoneNetwork, type PhoneSettings, type PhoneStatus, type QueuedCard, phoneInputs as phi } from './participant';
import {
  type CardBoard,
  type Card,
  type CardSnapshot,
  type Cluster,
  type LiveState,
  type SelfCheck,
  type WorkshopTopic,
  cardInputs as ci,
  cardRecord,
  cardRestoreInput,
  liveInputs as li,
  selfCheckInputs as si,
  workshopTopicInput,
} from './live';
import { type TemplateDetail, type TemplateImportResult, templateInputs as ti, workshopPhasesInput } from './templates';
import { type ClubTimeline, type CoachOverview, timelineInputs } from './timeline';
import {
  type ProcessComparison,
  type ProcessDiagram,
  type ProcessEdge,
  type ProcessLane,
  type ProcessMarker,
  type ProcessSnapshot,
  type ProcessStep,
  processInputs as pi,
  processRestoreInput,
} from './process';
import {
  type Relation,
  type Stakeholder,
  type StakeholderMap,
  type StakeholderSnapshot,
  idsInput,
  relationCreateInput,
  relationUpdateInput,
  stakeholderCreateInput,
  stakeholderMoveInput,
  stakeholderRestoreInput,
  stakeholderUpdateInput,
} from './stakeholders';

// The one list of every call the UI may make. The preload, the IPC
// registration, the browser host and the renderer's client are all derived
// from this object, so a call that is not here does not exist anywhere.

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type, never set at runtime. */
  readonly result?: R;
  /** Calls that still work when the database could not be opened. */
  readonly withoutStorage?: boolean;
}

function method<R>() {
  return <I extends z.ZodType>(input: I, opts: { withoutStorage?: boolean } = {}): MethodSpec<I, R> => ({
    input,
    ...opts,
  });
}

const empty = z.object({}).strict();
const byId = z.object({ id }).strict();

export const contract = {
  'app.status': method<StorageState>()(empty, { withoutStorage: true }),
  'app.info': method<AppInfo>()(empty, { withoutStorage: true }),
  'app.startFresh': method<StartFreshResult>()(empty, { withoutStorage: true }),
  'app.reopen': method<StorageState>()(empty, { withoutStorage: true }),

  'backups.list': method<BackupList>()(empty, { withoutStorage: true }),
  'backups.create': method<{ id: string }>()(backupInputs.create),
  'backups.setAside': method<{ id: string }>()(backupInputs.setAside),
  'backups.restore': method<RestoreResult>()(backupInputs.restore, { withoutStorage: true }),

  'settings.get': method<Settings>()(empty, { withoutStorage: true }),
  'settings.update': method<Settings>()(settingsUpdateInput),

  'templates.list': method<TemplateSummary[]>()(empty),
  'templates.get': method<TemplateDetail>()(ti.byId),
  'templates.create': method<TemplateDetail>()(ti.create),
  'templates.duplicate': method<TemplateDetail>()(ti.duplicate),
  'templates.save': method<TemplateDetail>()(ti.save),
  'templates.delete': method<{ id: string }>()(ti.byId),
  'templates.import': method<TemplateImportResult>()(ti.import),
  'templates.fromWorkshop': method<TemplateDetail>()(ti.fromWorkshop),

  'organisations.list': method<OrganisationSummary[]>()(empty),
  'organisations.get': method<Organisation>()(byId),
  'organisations.create': method<Organisation>()(organisationCreateInput),
  'organisations.update': method<Organisation>()(organisationUpdateInput),
  'organisations.delete': method<{ id: string }>()(byId),
  'organisations.timeline': method<ClubTimeline>()(timelineInputs.timeline),
  'overview.get': method<CoachOverview>()(timelineInputs.overview),

  'workshops.list': method<Workshop[]>()(workshopListInput),
  'workshops.get': method<WorkshopDetail>()(byId),
  'workshops.topic': method<WorkshopTopic | null>()(workshopTopicInput),
  'workshops.create': method<WorkshopDetail>()(workshopCreateInput),
  'workshops.createFollowUp': method<WorkshopDetail>()(workshopFollowUpInput),
  'workshops.update': method<Workshop>()(workshopUpdateInput),
  'workshops.delete': method<{ id: string }>()(byId),
  'workshops.phases.save': method<WorkshopDetail>()(workshopPhasesInput),

  'phases.saveNote': method<SavedNote>()(phaseNoteInput),

  'stakeholders.map': method<StakeholderMap>()(z.object({ workshopId: id }).strict()),
  'stakeholders.create': method<Stakeholder>()(stakeholderCreateInput),
  'stakeholders.update': method<Stakeholder>()(stakeholderUpdateInput),
  'stakeholders.move': method<Stakeholder[]>()(stakeholderMoveInput),
  'stakeholders.delete': method<StakeholderSnapshot>()(idsInput),
  'stakeholders.restore': method<StakeholderMap>()(stakeholderRestoreInput),
  'relations.create': method<Relation>()(relationCreateInput),
  'relations.update': method<Relation>()(relationUpdateInput),
  'relations.delete': method<StakeholderSnapshot>()(idsInput),

  'process.get': method<ProcessDiagram | null>()(pi.get),
  'process.create': method<ProcessDiagram>()(pi.create),
  'process.copyIstToSoll': method<ProcessDiagram>()(pi.copyIstToSoll),
  'process.compare': method<ProcessComparison>()(pi.compare),
  'process.layout': method<ProcessStep[]>()(pi.layout),
  'process.restore': method<ProcessDiagram>()(processRestoreInput),
  'process.lanes.add': method<ProcessLane>()(pi.laneAdd),
  'process.lanes.update': method<ProcessLane[]>()(pi.laneUpdate),
  'process.lanes.delete': method<ProcessSnapshot>()(pi.laneDelete),
  'process.steps.add': method<{ step: ProcessStep; edge: ProcessEdge | null }>()(pi.stepAdd),
  'process.steps.update': method<ProcessStep>()(pi.stepUpdate),
  'process.steps.move': method<ProcessStep[]>()(pi.stepMove),
  'process.steps.delete': method<ProcessSnapshot>()(pi.ids),
  'process.edges.add': method<ProcessEdge>()(pi.edgeAdd),
  'process.edges.update': method<ProcessEdge>()(pi.edgeUpdate),
  'process.edges.delete': method<ProcessSnapshot>()(pi.ids),
  'process.markers.add': method<ProcessMarker>()(pi.markerAdd),
  'process.markers.update': method<ProcessMarker>()(pi.markerUpdate),
  'process.markers.delete': method<ProcessSnapshot>()(pi.ids),

  'measures.list': method<ActionPlan>()(ai.list),
  'measures.open': method<ClubOpenMeasures>()(ai.open),
  'measures.review': method<SessionReview>()(ai.review),
  'measures.create': method<Measure>()(ai.create),
  'measures.update': method<Measure>()(ai.update),
  'measures.followUp': method<Measure>()(ai.followUp),
  'measures.delete': method<MeasureSnapshot>()(ai.ids),
  'measures.restore': method<ActionPlan>()(ai.restore),

  'live.get': method<LiveState>()(li.get),
  'live.show': method<LiveState>()(li.show),
  'live.present': method<LiveState>()(li.present),
  'live.picture': method<{ svg: string }>()(li.picture),
  'timer.start': method<LiveState>()(li.timer),
  'timer.pause': method<LiveState>()(li.timer),
  'timer.extend': method<LiveState>()(li.extend),
  'timer.reset': method<LiveState>()(li.timer),

  'cards.board': method<CardBoard>()(ci.board),
  'cards.add': method<Card>()(ci.add),
  'cards.update': method<Card>()(ci.update),
  'cards.move': method<Card[]>()(ci.move),
  'cards.delete': method<CardSnapshot>()(ci.ids),
  'cards.restore': method<CardBoard>()(cardRestoreInput),
  'clusters.add': method<Cluster>()(ci.clusterAdd),
  'clusters.rename': method<Cluster>()(ci.clusterRename),
  'clusters.delete': method<CardSnapshot>()(ci.clusterDelete),
  'votes.start': method<CardBoard>()(ci.voteStart),
  'votes.set': method<CardBoard>()(ci.voteSet),
  'votes.ballot': method<CardBoard>()(ci.voteBallot),
  'votes.reset': method<CardBoard>()(ci.board),
  'votes.choose': method<CardBoard>()(ci.voteChoose),

  'selfcheck.get': method<SelfCheck>()(si.get),
  'selfcheck.set': method<SelfCheck>()(si.set),
  'selfcheck.rate': method<SelfCheck>()(si.rate),

  // The data-protection consultation: "Checkliste" and "Datenlandkarte" phases.
  'checklist.get': method<Checklist>()(dpi.checklist),
  'checklist.set': method<Checklist>()(dpi.checklistSet),
  'dataMap.get': method<DataMap>()(dpi.dataMap),
  'dataMap.add': method<DataMap>()(dpi.dataMapAdd),
  'dataMap.update': method<DataMap>()(dpi.dataMapUpdate),
  'dataMap.delete': method<DataMapRowRecord>()(dpi.dataMapDelete),
  'dataMap.restore': method<DataMap>()(dpi.dataMapRestore),
  'dataprotection.makeMeasure': method<Measure>()(dpi.makeMeasure),

  'sample.load': method<SampleResult>()(empty),

  'archive.import': method<ArchiveImportReport>()(archiveInputs.import),

  // "Handys verbinden": the coach controls the participants' listener (the phones themselves use participant.ts).
  'phones.networks': method<PhoneNetwork[]>()(empty, { withoutStorage: true }),
  'phones.status': method<PhoneStatus>()(empty, { withoutStorage: true }),
  'phones.start': method<PhoneStatus>()(phi.start),
  'phones.joining': method<PhoneStatus>()(phi.joining),
  'phones.qr': method<PhoneStatus>()(phi.qr),
  'phones.renewCode': method<PhoneStatus>()(empty),
  'phones.stop': method<PhoneStatus>()(empty, { withoutStorage: true }),
  'phones.settings.get': method<PhoneSettings>()(phi.settings),
  'phones.settings.set': method<PhoneSettings>()(phi.setSettings),
  'phones.phase.set': method<PhoneSettings>()(phi.setPhase),
  'phones.queue.list': method<QueuedCard[]>()(phi.queue),
  'phones.queue.accept': method<Card>()(phi.accept),
  'phones.queue.reject': method<{ id: string }>()(phi.reject),
  'report.prepare': method<{ started: true }>()(reportPrepareInput),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

// ---------- events the core pushes to every window ----------

export const eventContract = {
  'organisations.changed': z.object({ organisationId: id.nullable() }),
  'workshops.changed': z.object({ workshopId: id, organisationId: id }),
  'stakeholders.changed': z.object({ workshopId: id }),
  'process.changed': z.object({ workshopId: id, diagramId: id }),
  'measures.changed': z.object({ workshopId: id, organisationId: id }),
  'templates.changed': z.object({ templateId: id }),
  'live.changed': z.object({ workshopId: id }),
  /**
   * `revision` counts the phase's card changes; `delta`, when the change was
   * only to cards, is what a board at `revision - 1` needs to be the new one.
   * A screen that missed a revision, or gets none, loads the board again.
   * `fromPhone`: a participant's phone made the change; a burst of those may be drawn together.
   */
  'cards.changed': z.object({
    workshopId: id,
    phaseId: id,
    revision: z.number().int().min(0),
    delta: z.object({ upsert: z.array(cardRecord), remove: z.array(id) }).optional(),
    fromPhone: z.literal(true).optional(),
  }),
  'selfcheck.changed': z.object({ workshopId: id }),
  /** A checklist answer or a data map row changed (or got its measure). */
  'dataprotection.changed': z.object({ workshopId: id, phaseId: id }),
  /** Phones connected or left, joining or the code changed, phone settings or the review queue changed. */
  'phones.changed': z.object({ workshopId: id.nullable() }),
  'settings.changed': z.object({}),
  'app.statusChanged': z.object({}),
  /** A backup was made or restored; after a restore every view loads again. */
  'backups.changed': z.object({}),
} as const;

export type EventName = keyof typeof eventContract;
export type EventPayload<E extends EventName> = z.infer<(typeof eventContract)[E]>;
export type AppEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

export const EVENT_NAMES = Object.keys(eventContract) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(eventContract, name);
}

/** Channel names for Electron IPC, derived in one place. */
export const IPC_PREFIX = 'vw:';
export const IPC_EVENT_CHANNEL = 'vw-event';
export const ipcChannel = (name: MethodName): string => `${IPC_PREFIX}${name}`;
