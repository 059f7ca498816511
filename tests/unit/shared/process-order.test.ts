import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessEdge, ProcessLane, ProcessStep, StepKind } from '../../../src-main/contract';
import { numberSteps } from '../../../src-main/shared/process-geometry';

const lanes: ProcessLane[] = [0, 1, 2].map((position) => ({ id: `l${position}`, diagramId: 'd', position, name: `Rolle ${position}` }));
const step = (id: string, lane: number, x: number, kind: StepKind = 'step'): ProcessStep => ({
  id,
  diagramId: 'd',
  laneId: `l${lane}`,
  kind,
  label: id,
  x,
  originId: null,
  createdAt: '',
  updatedAt: '',
});
const edge = (sourceId: string, targetId: string, label = ''): ProcessEdge => ({ id: `${sourceId}-${targetId}`, diagramId: 'd', sourceId, targetId, label });
const order = (numbers: Map<string, number>): string[] => [...numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);

describe('numberSteps follows the arrows', () => {
  it('numbers the reported case in flow order, whatever the positions', () => {
    // "1. Pat:in…" sat left of START and "Ende" left of steps 5 and 6 after auto-layout.
    const steps = [step('pat', 1, 100), step('start', 0, 400, 'start'), step('a', 1, 700), step('end', 2, 800, 'end'), step('b', 0, 900), step('c', 2, 1000)];
    const edges = [edge('start', 'pat'), edge('pat', 'a'), edge('a', 'b'), edge('b', 'c'), edge('c', 'end')];
    expect(order(numberSteps({ steps, lanes, edges }))).toEqual(['start', 'pat', 'a', 'b', 'c', 'end']);
  });

  it('branches: both branches before the step they join in, lanes break ties', () => {
    const steps = [step('s', 1, 0, 'start'), step('q', 1, 260, 'decision'), step('no', 2, 520), step('yes', 0, 520), step('join', 1, 780), step('e', 1, 1040, 'end')];
    const edges = [edge('s', 'q'), edge('q', 'yes', 'Ja'), edge('q', 'no', 'Nein'), edge('yes', 'join'), edge('no', 'join'), edge('join', 'e')];
    expect(order(numberSteps({ steps, lanes, edges }))).toEqual(['s', 'q', 'yes', 'no', 'join', 'e']);
  });

  it('loops back neither hang nor drop steps; unconnected steps come last, left to right', () => {
    const steps = [step('s', 0, 500, 'start'), step('a', 1, 100), step('b', 2, 50), step('e', 0, 0, 'end'), step('lone', 1, 20), step('x', 2, 10), step('y', 2, 30)];
    const edges = [edge('s', 'a'), edge('a', 'b'), edge('b', 'a', 'Nein'), edge('b', 'e', 'Ja'), edge('x', 'y'), edge('y', 'x'), edge('e', 's')];
    expect(order(numberSteps({ steps, lanes, edges }))).toEqual(['s', 'a', 'b', 'e', 'x', 'lone', 'y']);
  });

  it('without any arrows keeps reading order (left to right, then lane)', () => {
    const steps = [step('b', 1, 300), step('a', 2, 100), step('c', 0, 300)];
    expect(order(numberSteps({ steps, lanes, edges: [] }))).toEqual(['a', 'c', 'b']);
  });

  const graphs = fc
    .record({
      n: fc.integer({ min: 1, max: 25 }),
      places: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -2000, max: 2000 })), { minLength: 25, maxLength: 25 }),
      pairs: fc.array(fc.tuple(fc.nat(24), fc.nat(24)), { maxLength: 60 }),
      hasStart: fc.boolean(),
    })
    .map(({ n, places, pairs, hasStart }) => {
      const steps = places.slice(0, n).map(([lane, x], i) => step(`s${i}`, lane, x, hasStart && i === 0 ? 'start' : 'step'));
      const seen = new Set<string>();
      const edges = pairs
        .map(([a, b]) => [a % n, b % n] as const)
        .filter(([a, b]) => a !== b && !seen.has(`${a}-${b}`) && seen.add(`${a}-${b}`))
        .map(([a, b]) => edge(`s${a}`, `s${b}`));
      return { steps, edges, lanes };
    });

  const acyclic = (edges: ProcessEdge[]): ProcessEdge[] => edges.filter((e) => Number(e.sourceId.slice(1)) < Number(e.targetId.slice(1)));

  it('every step gets exactly one number 1..n, also with loops (property)', () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const numbers = numberSteps(g);
        expect(numbers.size).toBe(g.steps.length);
        expect([...numbers.values()].sort((a, b) => a - b)).toEqual(g.steps.map((_, i) => i + 1));
        if (g.steps[0]!.kind === 'start') expect(numbers.get('s0')).toBe(1);
      }),
      { seed: 1717, numRuns: 300 },
    );
  });

  it('without loops a step comes after every step that leads to it, start first (property)', () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const edges = acyclic(g.edges);
        const numbers = numberSteps({ ...g, edges });
        for (const e of edges) expect(numbers.get(e.sourceId)!).toBeLessThan(numbers.get(e.targetId)!);
        if (g.steps[0]!.kind === 'start') expect(numbers.get('s0')).toBe(1);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});
