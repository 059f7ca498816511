import type { ProcessDiagram, StepKind } from '../../contract';
import type { CoreContext } from '../context';
import { copyIstToSoll, createDiagram } from '../process/diagrams';
import { addEdge, addMarker, deleteMarkers, updateEdge } from '../process/edges-markers';
import { layoutDiagram } from '../process/layout';
import { addStep, updateStep } from '../process/steps';

// The sample club's process "Einarbeitung neue:r Übungsleiter:in": today (Ist)
// with its pain points, and the target (Soll) built on a copy of it.

const LANES = ['Vorstand', 'Abteilungsleitung', 'Geschäftsstelle', 'Neue:r Übungsleiter:in'];

interface SampleStep {
  key: string;
  lane: number;
  kind: StepKind;
  label: string;
  pain?: [1 | 2 | 3, string];
}

const IST_STEPS: SampleStep[] = [
  { key: 'interesse', lane: 3, kind: 'start', label: 'Interesse per Mundpropaganda' },
  { key: 'anruf', lane: 1, kind: 'step', label: 'Anruf und Kennenlernen' },
  { key: 'formular', lane: 2, kind: 'document', label: 'Papierformular ausfüllen lassen' },
  { key: 'zeugnis', lane: 2, kind: 'step', label: 'Führungszeugnis per Post anfordern', pain: [3, 'Erinnerungen manuell, oft vergessen'] },
  { key: 'pruefen', lane: 0, kind: 'decision', label: 'Unterlagen vollständig?' },
  { key: 'gruppe', lane: 1, kind: 'step', label: 'In WhatsApp-Gruppe aufnehmen', pain: [2, 'Datenschutz unklar'] },
  { key: 'schluessel', lane: 1, kind: 'step', label: 'Schlüssel übergeben', pain: [2, 'Keine Liste, wer welchen Schlüssel hat'] },
  { key: 'training', lane: 3, kind: 'step', label: 'Erstes Training ohne Einweisung', pain: [3, 'Wissen nur im Kopf der Vorgänger:innen'] },
  { key: 'dabei', lane: 3, kind: 'end', label: 'Übungsleiter:in ist dabei' },
];

const IST_EDGES: [string, string, string][] = [
  ['interesse', 'anruf', ''],
  ['anruf', 'formular', ''],
  ['formular', 'zeugnis', ''],
  ['zeugnis', 'pruefen', ''],
  ['pruefen', 'formular', 'Nein'],
  ['pruefen', 'gruppe', 'Ja'],
  ['gruppe', 'schluessel', ''],
  ['schluessel', 'training', ''],
  ['training', 'dabei', ''],
];

/** Changes from Ist to Soll, by the key of the Ist step. */
const SOLL_CHANGES: Record<string, { label: string; marker: ['idea' | 'digital', string] }> = {
  formular: { label: 'Online-Formular ausfüllen', marker: ['digital', 'Online-Formular statt Papier'] },
  zeugnis: { label: 'Führungszeugnis anfordern, mit automatischer Erinnerung', marker: ['digital', 'Automatische Erinnerung an das Führungszeugnis'] },
  gruppe: { label: 'In den Vereins-Messenger aufnehmen', marker: ['idea', 'Messenger mit Auftragsverarbeitungsvertrag statt privater WhatsApp-Gruppe'] },
  schluessel: { label: 'Schlüssel übergeben und in die Schlüsselliste eintragen', marker: ['idea', 'Schlüsselliste in der gemeinsamen Ablage'] },
  training: { label: 'Erstes Training mit Pat:in', marker: ['idea', 'Pat:in für die ersten vier Wochen'] },
};

function buildIst(ctx: CoreContext, workshopId: string): Map<string, string> {
  const ist = createDiagram(ctx, { workshopId, variant: 'ist', laneNames: LANES });
  const ids = new Map<string, string>();
  for (const [i, s] of IST_STEPS.entries()) {
    const { step } = addStep(ctx, { diagramId: ist.id, laneId: ist.lanes[s.lane]!.id, kind: s.kind, label: s.label, x: 330 + i * 260, edgeLabel: '' });
    ids.set(s.key, step.id);
    if (s.pain) addMarker(ctx, { stepId: step.id, kind: 'pain', text: s.pain[1], severity: s.pain[0] });
  }
  for (const [from, to, label] of IST_EDGES) addEdge(ctx, { sourceId: ids.get(from)!, targetId: ids.get(to)!, label });
  layoutDiagram(ctx, ist.id);
  return ids;
}

function buildSoll(ctx: CoreContext, workshopId: string, istIds: Map<string, string>): ProcessDiagram {
  const soll = copyIstToSoll(ctx, workshopId, true);
  const byOrigin = new Map(soll.steps.map((s) => [s.originId, s]));
  for (const [key, change] of Object.entries(SOLL_CHANGES)) {
    const step = byOrigin.get(istIds.get(key)!)!;
    updateStep(ctx, { id: step.id, label: change.label });
    const pains = soll.markers.filter((m) => m.stepId === step.id).map((m) => m.id);
    if (pains.length > 0) deleteMarkers(ctx, pains);
    addMarker(ctx, { stepId: step.id, kind: change.marker[0], text: change.marker[1], severity: null });
  }
  const keys = byOrigin.get(istIds.get('schluessel')!)!;
  const training = byOrigin.get(istIds.get('training')!)!;
  const checklist = addStep(ctx, { diagramId: soll.id, laneId: keys.laneId, kind: 'step', label: 'Einarbeitungs-Checkliste durchgehen', after: keys.id, edgeLabel: '' });
  addMarker(ctx, { stepId: checklist.step.id, kind: 'idea', text: 'Einarbeitungs-Checkliste', severity: null });
  // The checklist goes between the keys and the first training.
  const direct = soll.edges.find((e) => e.sourceId === keys.id && e.targetId === training.id)!;
  updateEdge(ctx, { id: direct.id, sourceId: checklist.step.id });
  layoutDiagram(ctx, soll.id);
  return soll;
}

export function addSampleProcesses(ctx: CoreContext, workshopId: string): void {
  buildSoll(ctx, workshopId, buildIst(ctx, workshopId));
}
