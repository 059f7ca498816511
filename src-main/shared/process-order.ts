import type { ProcessEdge, ProcessLane, ProcessStep } from '../contract/process';

// The order in which a process is read: from its start along the arrows to
// its end. The canvas, the table, the report and the projector all number
// steps with `numberSteps`, so "Schritt 4" means the same step everywhere,
// however the steps happen to be placed.

export interface FlowGraph {
  steps: readonly ProcessStep[];
  edges: readonly ProcessEdge[];
}

function outgoingOf(edges: readonly ProcessEdge[]): Map<string, ProcessEdge[]> {
  const outgoing = new Map<string, ProcessEdge[]>();
  for (const e of edges) outgoing.set(e.sourceId, [...(outgoing.get(e.sourceId) ?? []), e]);
  return outgoing;
}

/**
 * Arrows that lead back (e.g. "Nein → zurück zu Schritt 3"), found by walking
 * the flow depth-first from the given roots. Iterative, so a long process
 * cannot overflow the stack.
 */
export function backEdgesFrom(roots: readonly string[], edges: readonly ProcessEdge[]): { back: Set<string>; reached: Set<string> } {
  const outgoing = outgoingOf(edges);
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<string>();
  for (const root of roots) {
    if (state.has(root)) continue;
    state.set(root, 'open');
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = (outgoing.get(top.id) ?? [])[top.next++];
      if (!edge) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(edge.targetId);
      if (seen === 'open') back.add(edge.id);
      else if (!seen) {
        state.set(edge.targetId, 'open');
        stack.push({ id: edge.targetId, next: 0 });
      }
    }
  }
  return { back, reached: new Set(state.keys()) };
}

const byPosition = (a: ProcessStep, b: ProcessStep): number => a.x - b.x || a.id.localeCompare(b.id);

/**
 * Where the flow begins: start steps first, then steps that lead somewhere but
 * that nothing leads to; each group left to right.
 */
export function flowRoots(graph: FlowGraph): string[] {
  const incoming = new Set(graph.edges.map((e) => e.targetId));
  const outgoing = new Set(graph.edges.map((e) => e.sourceId));
  const starts = graph.steps.filter((s) => s.kind === 'start').sort(byPosition);
  const sources = graph.steps.filter((s) => s.kind !== 'start' && outgoing.has(s.id) && !incoming.has(s.id)).sort(byPosition);
  return [...starts, ...sources].map((s) => s.id);
}

/** Longest distance from a root along the forward arrows; loops back and arrows into a start step do not count. */
function flowLevels(graph: FlowGraph, reached: Set<string>, back: Set<string>): Map<string, number> {
  const starts = new Set(graph.steps.filter((s) => s.kind === 'start').map((s) => s.id));
  const forward = graph.edges.filter((e) => !back.has(e.id) && !starts.has(e.targetId) && reached.has(e.sourceId) && e.sourceId !== e.targetId);
  const waiting = new Map<string, number>([...reached].map((id) => [id, 0]));
  for (const e of forward) waiting.set(e.targetId, (waiting.get(e.targetId) ?? 0) + 1);
  const outgoing = outgoingOf(forward);
  const level = new Map<string, number>();
  const ready = [...reached].filter((id) => waiting.get(id) === 0);
  for (const id of ready) level.set(id, 0);
  // Without back edges the reached part is acyclic, so this visits every reached step once.
  while (ready.length > 0) {
    const id = ready.pop()!;
    for (const e of outgoing.get(id) ?? []) {
      level.set(e.targetId, Math.max(level.get(e.targetId) ?? 0, (level.get(id) ?? 0) + 1));
      const left = (waiting.get(e.targetId) ?? 1) - 1;
      waiting.set(e.targetId, left);
      if (left === 0) ready.push(e.targetId);
    }
  }
  return level;
}

/**
 * Steps numbered from 1 in flow order: from the start along the arrows (a step
 * comes after every step that leads to it, loops back aside), steps at the
 * same distance from the start by lane, then left to right. Steps the flow
 * does not reach (no arrows, or only a loop of their own) follow, left to right.
 */
export function numberSteps(graph: FlowGraph & { lanes: readonly ProcessLane[] }): Map<string, number> {
  const lanePos = new Map(graph.lanes.map((l) => [l.id, l.position]));
  const lane = (s: ProcessStep): number => lanePos.get(s.laneId) ?? 0;
  const { back, reached } = backEdgesFrom(flowRoots(graph), graph.edges);
  const level = flowLevels(graph, reached, back);
  const inFlow = graph.steps.filter((s) => level.has(s.id));
  const start = (s: ProcessStep): number => (s.kind === 'start' ? 0 : 1);
  inFlow.sort((a, b) => level.get(a.id)! - level.get(b.id)! || start(a) - start(b) || lane(a) - lane(b) || byPosition(a, b));
  const rest = graph.steps.filter((s) => !level.has(s.id)).sort((a, b) => a.x - b.x || lane(a) - lane(b) || a.id.localeCompare(b.id));
  return new Map([...inFlow, ...rest].map((s, i) => [s.id, i + 1]));
}
