import type { MethodName, MethodParsedInput, MethodResult } from '../../contract';
import { deleteMeasures, openMeasures, restoreMeasures } from '../actions/lifecycle';
import { sessionReview } from '../actions/review';
import * as measures from '../actions/measures';
import * as cards from '../live/cards';
import { livePicture } from '../live/pictures';
import { setPresentation } from '../live/presentation';
import { getSelfCheck, rateSelfCheck, setSelfCheck } from '../live/selfcheck';
import { workshopTopic } from '../live/topics';
import * as timers from '../live/timers';
import * as votes from '../live/votes';
import type { CoreContext } from '../context';
import { compareWorkshop } from '../process/compare';
import { copyIstToSoll, createDiagram, getDiagram } from '../process/diagrams';
import * as marks from '../process/edges-markers';
import { addLane, deleteLane, updateLane } from '../process/lanes';
import { layoutDiagram } from '../process/layout';
import { restoreProcess } from '../process/restore';
import * as steps from '../process/steps';
import { importArchive } from '../archive';
import { prepareReportPictures } from '../report/workshop-report';
import { loadSample } from '../sample/load-sample';
import * as organisations from '../services/organisations';
import { savePhaseNote } from '../services/phases';
import { getSettings, updateSettings } from '../services/settings';
import * as relations from '../services/relations';
import * as stakeholders from '../services/stakeholders';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate } from '../services/templates';
import { saveWorkshopPhases } from '../services/workshop-phases';
import * as library from '../templates/library';
import * as workshops from '../services/workshops';
import { createFollowUp } from '../services/follow-ups';
import { getChecklist, setChecklistAnswer } from '../data-protection/checklist';
import * as dataMap from '../data-protection/data-map';
import { makeDataProtectionMeasure } from '../data-protection/make-measure';
import { coachOverview } from '../services/overview';
import { clubTimeline } from '../services/timeline';
import type { Workspace } from '../workspace';
import type { Caller } from '../participants/caller';
import { phoneHandlers } from '../participants/coach-handlers';
import type { Phones } from '../participants/phones';

/** "Workshop beenden": when a workshop becomes done, the day's work is backed up (in the background). */
function endWorkshopWithBackup(workspace: Workspace, ctx: CoreContext, input: MethodParsedInput<'workshops.update'>) {
  const before = ctx.sql('SELECT status FROM workshops WHERE id = ?').get(input.id) as { status: string } | undefined;
  const ending = input.status === 'done' && before !== undefined && before.status !== 'done';
  const result = workshops.updateWorkshop(ctx, input);
  if (ending) {
    workspace.backupNow('workshop-ended').catch((error: unknown) => console.error('[backup] workshop-ended failed', error));
  }
  return result;
}

export interface HandlerEnv {
  workspace: Workspace;
  /** The service context; fails with a storage error while the database is not open. */
  ctx: CoreContext;
  /** Who is calling: this API is the coach's; phones go through core/participants/dispatch.ts. */
  caller: Caller;
  /** "Handys verbinden": the participants' listener and its sessions. */
  phones: Phones;
}

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  env: HandlerEnv,
) => MethodResult<M> | Promise<MethodResult<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** One handler per contract method; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'app.status': (_input, { workspace }) => workspace.status,
  'app.info': (_input, { workspace }) => workspace.info(),
  'app.startFresh': (_input, { workspace }) => workspace.startFresh(),
  'app.reopen': (_input, { workspace }) => (workspace.isOpen ? workspace.status : workspace.open()),

  'backups.list': (_input, { workspace }) => workspace.listBackups(),
  'backups.create': async (_input, { workspace }) => ({ id: await workspace.backupNow('manual') }),
  'backups.setAside': async (input, { workspace }) => ({ id: await workspace.setAsideBeforeRestore(input.id) }),
  'backups.restore': (input, { workspace }) => workspace.restoreBackup(input.id, input.keptAs),

  'settings.get': (_input, { workspace }) => getSettings(workspace.connection),
  'settings.update': (input, { ctx }) => updateSettings(ctx, input),

  'templates.list': (_input, { ctx }) => listTemplates(ctx),
  'templates.get': (input, { ctx }) => getTemplate(ctx, input.id),
  'templates.create': (input, { ctx }) => library.createOwnTemplate(ctx, input),
  'templates.duplicate': (input, { ctx }) => library.duplicate(ctx, input),
  'templates.save': (input, { ctx }) => saveTemplate(ctx, input),
  'templates.delete': (input, { ctx }) => deleteTemplate(ctx, input.id),
  'templates.import': (input, { ctx }) => library.importTemplate(ctx, input.content),
  'templates.fromWorkshop': (input, { ctx }) => library.templateFromWorkshop(ctx, input),

  'organisations.list': (_input, { ctx }) => organisations.listOrganisations(ctx),
  'organisations.get': (input, { ctx }) => organisations.getOrganisation(ctx, input.id),
  'organisations.create': (input, { ctx }) => organisations.createOrganisation(ctx, input),
  'organisations.update': (input, { ctx }) => organisations.updateOrganisation(ctx, input),
  'organisations.delete': (input, { ctx }) => organisations.deleteOrganisation(ctx, input.id),
  'organisations.timeline': (input, { ctx }) => clubTimeline(ctx, input.id),
  'overview.get': (_input, { ctx }) => coachOverview(ctx),

  'workshops.list': (input, { ctx }) => workshops.listWorkshops(ctx, input),
  'workshops.get': (input, { ctx }) => workshops.getWorkshop(ctx, input.id),
  'workshops.topic': (input, { ctx }) => workshopTopic(ctx, input.workshopId),
  'workshops.create': (input, { ctx }) => workshops.createWorkshop(ctx, input),
  'workshops.createFollowUp': (input, { ctx }) => createFollowUp(ctx, input),
  'workshops.update': (input, { ctx, workspace }) => endWorkshopWithBackup(workspace, ctx, input),
  'workshops.delete': (input, { ctx }) => workshops.deleteWorkshop(ctx, input.id),
  'workshops.phases.save': (input, { ctx }) => saveWorkshopPhases(ctx, input),

  'phases.saveNote': (input, { ctx }) => savePhaseNote(ctx, input),

  'stakeholders.map': (input, { ctx }) => stakeholders.getStakeholderMap(ctx, input.workshopId),
  'stakeholders.create': (input, { ctx }) => stakeholders.createStakeholder(ctx, input),
  'stakeholders.update': (input, { ctx }) => stakeholders.updateStakeholder(ctx, input),
  'stakeholders.move': (input, { ctx }) => stakeholders.moveStakeholders(ctx, input),
  'stakeholders.delete': (input, { ctx }) => stakeholders.deleteStakeholders(ctx, input.ids),
  'stakeholders.restore': (input, { ctx }) => relations.restoreStakeholders(ctx, input),
  'relations.create': (input, { ctx }) => relations.createRelation(ctx, input),
  'relations.update': (input, { ctx }) => relations.updateRelation(ctx, input),
  'relations.delete': (input, { ctx }) => stakeholders.deleteRelations(ctx, input.ids),

  'process.get': (input, { ctx }) => getDiagram(ctx, input.workshopId, input.variant),
  'process.create': (input, { ctx }) => createDiagram(ctx, input),
  'process.copyIstToSoll': (input, { ctx }) => copyIstToSoll(ctx, input.workshopId, input.markers),
  'process.compare': (input, { ctx }) => compareWorkshop(ctx, input.workshopId),
  'process.layout': (input, { ctx }) => layoutDiagram(ctx, input.diagramId),
  'process.restore': (input, { ctx }) => restoreProcess(ctx, input),
  'process.lanes.add': (input, { ctx }) => addLane(ctx, input),
  'process.lanes.update': (input, { ctx }) => updateLane(ctx, input),
  'process.lanes.delete': (input, { ctx }) => deleteLane(ctx, input),
  'process.steps.add': (input, { ctx }) => steps.addStep(ctx, input),
  'process.steps.update': (input, { ctx }) => steps.updateStep(ctx, input),
  'process.steps.move': (input, { ctx }) => steps.moveSteps(ctx, input),
  'process.steps.delete': (input, { ctx }) => steps.deleteSteps(ctx, input.ids),
  'process.edges.add': (input, { ctx }) => marks.addEdge(ctx, input),
  'process.edges.update': (input, { ctx }) => marks.updateEdge(ctx, input),
  'process.edges.delete': (input, { ctx }) => marks.deleteEdges(ctx, input.ids),
  'process.markers.add': (input, { ctx }) => marks.addMarker(ctx, input),
  'process.markers.update': (input, { ctx }) => marks.updateMarker(ctx, input),
  'process.markers.delete': (input, { ctx }) => marks.deleteMarkers(ctx, input.ids),

  'measures.list': (input, { ctx }) => measures.getActionPlan(ctx, input.workshopId),
  'measures.open': (input, { ctx }) => openMeasures(ctx, input.organisationId),
  'measures.review': (input, { ctx }) => sessionReview(ctx, input.workshopId),
  'measures.create': (input, { ctx }) => measures.createMeasure(ctx, input),
  'measures.update': (input, { ctx }) => measures.updateMeasure(ctx, input),
  'measures.followUp': (input, { ctx }) => measures.followUpMeasure(ctx, input),
  'measures.delete': (input, { ctx }) => deleteMeasures(ctx, input.ids),
  'measures.restore': (input, { ctx }) => restoreMeasures(ctx, input),

  'live.get': (input, { ctx }) => timers.getLive(ctx, input.workshopId),
  'live.show': (input, { ctx }) => timers.showPhase(ctx, input.workshopId, input.phaseId),
  'live.present': (input, { ctx }) => setPresentation(ctx, input, timers.getLive),
  'live.picture': (input, { ctx }) => livePicture(ctx, input),
  'timer.start': (input, { ctx }) => timers.startTimer(ctx, input.phaseId),
  'timer.pause': (input, { ctx }) => timers.pauseTimer(ctx, input.phaseId),
  'timer.extend': (input, { ctx }) => timers.extendTimer(ctx, input.phaseId, input.minutes),
  'timer.reset': (input, { ctx }) => timers.resetTimer(ctx, input.phaseId),

  'cards.board': (input, { ctx }) => cards.getBoard(ctx, input.phaseId),
  'cards.add': (input, { ctx }) => cards.addCard(ctx, input),
  'cards.update': (input, { ctx }) => cards.updateCard(ctx, input),
  'cards.move': (input, { ctx }) => cards.moveCards(ctx, input),
  'cards.delete': (input, { ctx }) => cards.deleteCards(ctx, input.ids),
  'cards.restore': (input, { ctx }) => cards.restoreCards(ctx, input),
  'clusters.add': (input, { ctx }) => cards.addCluster(ctx, input),
  'clusters.rename': (input, { ctx }) => cards.renameCluster(ctx, input),
  'clusters.delete': (input, { ctx }) => cards.deleteCluster(ctx, input.id),
  'votes.start': (input, { ctx }) => votes.startVote(ctx, input),
  'votes.set': (input, { ctx }) => votes.setVotes(ctx, input),
  'votes.ballot': (input, { ctx }) => votes.castBallot(ctx, input),
  'votes.reset': (input, { ctx }) => votes.resetVotes(ctx, input.phaseId),
  'votes.choose': (input, { ctx }) => votes.chooseTarget(ctx, input),

  'selfcheck.get': (input, { ctx }) => getSelfCheck(ctx, input.workshopId),
  'selfcheck.set': (input, { ctx }) => setSelfCheck(ctx, input),
  'selfcheck.rate': (input, { ctx }) => rateSelfCheck(ctx, input),
  'checklist.get': (input, { ctx }) => getChecklist(ctx, input.phaseId),
  'checklist.set': (input, { ctx }) => setChecklistAnswer(ctx, input),
  'dataMap.get': (input, { ctx }) => dataMap.getDataMap(ctx, input.phaseId),
  'dataMap.add': (input, { ctx }) => dataMap.addDataMapRow(ctx, input),
  'dataMap.update': (input, { ctx }) => dataMap.updateDataMapRow(ctx, input),
  'dataMap.delete': (input, { ctx }) => dataMap.deleteDataMapRow(ctx, input.id),
  'dataMap.restore': (input, { ctx }) => dataMap.restoreDataMapRow(ctx, input),
  'dataprotection.makeMeasure': (input, { ctx }) => makeDataProtectionMeasure(ctx, input),

  'archive.import': (input, { workspace }) => importArchive(workspace, input.base64),
  'report.prepare': (input, { ctx }) => {
    void prepareReportPictures(ctx, input.workshopId, input.language);
    return { started: true };
  },
  'sample.load': (_input, { ctx }) => loadSample(ctx),
  ...phoneHandlers,
};
