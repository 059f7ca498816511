import dagre from '@dagrejs/dagre';
import type { ProcessDiagram, ProcessStep } from '../../contract';
import { COLUMN, FIRST_X, STEP_SIZE } from '../../shared/process-geometry';
import { backEdgesFrom } from '../../shared/process-order';
import type { CoreContext } from '../context';
import { loadDiagram } from './rows';
import { moveSteps } from './steps';

/**
 * Arrows that lead back (e.g. "Nein → zurück zu Schritt 3"), found by walking
 * the flow from its start: a start step first, then steps nobody leads to,
 * then the rest from left to right. They must not pull steps leftwards.
 */
export function backEdges(diagram: Pick<ProcessDiagram, 'steps' | 'edges'>): Set<string> {
  const incoming = new Set(diagram.edges.map((e) => e.targetId));
  const rootOrder = (s: ProcessStep): number => (s.kind === 'start' ? 0 : incoming.has(s.id) ? 2 : 1);
  const roots = [...diagram.steps].sort((a, b) => rootOrder(a) - rootOrder(b) || a.x - b.x || a.id.localeCompare(b.id));
  return backEdgesFrom(roots.map((s) => s.id), diagram.edges).back;
}

/**
 * Left-to-right positions for every step, keeping each one in its lane:
 * dagre ranks the steps along the arrows (cycles such as "Nein → back to
 * step 3" included), the lanes fix the vertical position, and steps of one
 * lane that land on the same spot are spread to the right.
 */
export function layoutPositions(diagram: Pick<ProcessDiagram, 'steps' | 'edges'>): Map<string, number> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', ranksep: COLUMN - 200, nodesep: 40, ranker: 'network-simplex' });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const step of diagram.steps) graph.setNode(step.id, { ...STEP_SIZE.step, label: step.id });
  const back = backEdges(diagram);
  for (const edge of diagram.edges) if (!back.has(edge.id)) graph.setEdge(edge.sourceId, edge.targetId);
  dagre.layout(graph);

  const rankX = (id: string): number => (graph.node(id) as { x: number } | undefined)?.x ?? 0;
  const ordered = [...diagram.steps].sort((a, b) => rankX(a.id) - rankX(b.id) || a.x - b.x || a.id.localeCompare(b.id));
  const minX = ordered.length > 0 ? rankX(ordered[0]!.id) : 0;
  const columnOf = (step: ProcessStep): number => Math.round((rankX(step.id) - minX) / (STEP_SIZE.step.width + COLUMN - 200));
  const taken = new Map<string, Set<number>>();
  const result = new Map<string, number>();
  for (const step of ordered) {
    const used = taken.get(step.laneId) ?? new Set<number>();
    let column = columnOf(step);
    while (used.has(column)) column += 1;
    used.add(column);
    taken.set(step.laneId, used);
    result.set(step.id, FIRST_X + column * COLUMN);
  }
  return result;
}

/** Arranges the whole diagram; the coach can move steps by hand afterwards (and undo it). */
export function layoutDiagram(ctx: CoreContext, diagramId: string): ProcessStep[] {
  const diagram = loadDiagram(ctx, diagramId);
  if (diagram.steps.length === 0) return [];
  const positions = layoutPositions(diagram);
  return moveSteps(ctx, { moves: diagram.steps.map((s) => ({ id: s.id, laneId: s.laneId, x: positions.get(s.id) ?? s.x })) });
}
