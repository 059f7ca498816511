import { type Edge, MarkerType } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { ProcessDiagram, ProcessMarker } from '../../../src-main/contract';
import { displayX, laneCenter, numberSteps } from '../../../src-main/shared/process-geometry';
import type { StepFlowNode, StepWords } from './StepNode';

export type ProcessFlowEdge = Edge<{ label: string }>;

export interface FlowContext {
  selected: ReadonlySet<string>;
  words: StepWords;
  t: TFunction;
  helpId: string;
}

function markersByStep(markers: readonly ProcessMarker[]): Map<string, ProcessMarker[]> {
  const result = new Map<string, ProcessMarker[]>();
  for (const m of markers) result.set(m.stepId, [...(result.get(m.stepId) ?? []), m]);
  return result;
}

/**
 * The flow's nodes in reading order (so Tab follows the process), reusing
 * the objects of unchanged steps so React Flow re-renders only what moved.
 */
export function syncStepNodes(previous: readonly StepFlowNode[], diagram: ProcessDiagram, ctx: FlowContext): StepFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  const numbers = numberSteps(diagram);
  const xs = displayX(diagram.steps);
  const lanes = new Map(diagram.lanes.map((l, i) => [l.id, { index: i, name: l.name }]));
  const markers = markersByStep(diagram.markers);
  const noMarkers: ProcessMarker[] = [];
  const role = ctx.t('process.stepRole');
  const ordered = [...diagram.steps].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return ordered.map((step) => {
    const lane = lanes.get(step.laneId) ?? { index: 0, name: '' };
    const position = { x: xs.get(step.id) ?? step.x, y: laneCenter(lane.index) };
    const number = numbers.get(step.id) ?? 0;
    const own = markers.get(step.id) ?? noMarkers;
    const selected = ctx.selected.has(step.id);
    const old = byId.get(step.id);
    const sameMarkers = old && old.data.markers.length === own.length && old.data.markers.every((m, i) => m === own[i]);
    if (old && old.data.step === step && old.data.number === number && sameMarkers && old.data.words === ctx.words && old.selected === selected && old.position.x === position.x && old.position.y === position.y) {
      return old;
    }
    const markerText = own.map((m) => ` ${ctx.words.markers[m.kind]}${m.severity ? ` ${m.severity}` : ''}: ${m.text}.`).join('');
    return {
      ...(old ?? {}),
      id: step.id,
      type: 'processStep',
      position,
      selected,
      data: { step, number, markers: own, words: ctx.words },
      ariaLabel: ctx.t('process.stepLabel', { number, kind: ctx.words.kinds[step.kind], label: step.label, lane: lane.name, markers: markerText }),
      domAttributes: { 'aria-describedby': ctx.helpId, 'aria-roledescription': role },
    };
  });
}

export function processEdges(diagram: ProcessDiagram, selected: string | null): ProcessFlowEdge[] {
  return diagram.edges.map((e) => ({
    id: e.id,
    source: e.sourceId,
    target: e.targetId,
    type: 'smoothstep',
    selected: e.id === selected,
    label: e.label || undefined,
    data: { label: e.label },
    className: 'process-edge',
    labelBgPadding: [6, 3] as [number, number],
    labelBgBorderRadius: 4,
    markerEnd: { type: MarkerType.ArrowClosed, color: '#46505c', width: 18, height: 18 },
  }));
}
