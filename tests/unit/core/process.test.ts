import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProcessDiagram, ProcessEdge, ProcessLane, ProcessMarker, ProcessSnapshot, ProcessStep, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { compareDiagrams } from '../../../src-main/core/process/compare';
import { layoutPositions } from '../../../src-main/core/process/layout';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
let workshopId: string;
let ist: ProcessDiagram;

beforeEach(async () => {
  tw = createTestWorkspace();
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV' });
  const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag' });
  workshopId = workshop.id;
  ist = await tw.call<ProcessDiagram>('process.create', { workshopId, variant: 'ist', laneNames: ['Vorstand', 'Ehrenamtliche', 'Mitglieder', 'Geschäftsstelle'] });
});
afterEach(() => tw.cleanup());

const step = async (lane: number, label: string, extra: Record<string, unknown> = {}) =>
  (await tw.call<{ step: ProcessStep; edge: ProcessEdge | null }>('process.steps.add', { diagramId: ist.id, laneId: ist.lanes[lane]!.id, label, ...extra })).step;
const load = () => tw.call<ProcessDiagram>('process.get', { workshopId, variant: 'ist' });
/** A diagram to compare after an undo: arrows in a fixed order (restored rows are stored last). */
const same = (d: ProcessDiagram) => ({ ...d, updatedAt: '', edges: [...d.edges].sort((x, y) => x.id.localeCompare(y.id)) });

describe('process diagrams', () => {
  it('start with the lanes the coach names, and do not exist before', async () => {
    expect(await tw.call('process.get', { workshopId, variant: 'soll' })).toBeNull();
    expect(ist.lanes.map((l) => [l.position, l.name])).toEqual([
      [0, 'Vorstand'],
      [1, 'Ehrenamtliche'],
      [2, 'Mitglieder'],
      [3, 'Geschäftsstelle'],
    ]);
    const again = await tw.api.invoke('process.create', { workshopId, variant: 'ist', laneNames: ['X'] });
    expect(again).toMatchObject({ ok: false, error: { messageKey: 'errors.process.exists' } });
  });

  it('add steps one after another with an arrow from the previous one', async () => {
    const start = await step(2, 'Interesse melden', { kind: 'start' });
    const next = await tw.call<{ step: ProcessStep; edge: ProcessEdge }>('process.steps.add', {
      diagramId: ist.id,
      laneId: ist.lanes[1]!.id,
      label: 'Anruf',
      after: start.id,
    });
    expect(next.step.x).toBeGreaterThan(start.x);
    expect(next.edge).toMatchObject({ sourceId: start.id, targetId: next.step.id, label: '' });
    const decision = await step(0, 'Unterlagen vollständig?', { kind: 'decision', after: next.step.id });
    expect(decision.kind).toBe('decision');
    const d = await load();
    expect(d.steps).toHaveLength(3);
    expect(d.edges).toHaveLength(2);
  });

  it('rename, reorder, add and delete lanes; a deleted lane takes its steps along or hands them over', async () => {
    const a = await step(1, 'A');
    await step(1, 'B', { after: a.id });
    let lanes = await tw.call<ProcessLane[]>('process.lanes.update', { id: ist.lanes[3]!.id, name: 'Büro', position: 0 });
    expect(lanes.map((l) => l.name)).toEqual(['Büro', 'Vorstand', 'Ehrenamtliche', 'Mitglieder']);
    const added = await tw.call<ProcessLane>('process.lanes.add', { diagramId: ist.id, name: 'Eltern' });
    expect(added.position).toBe(4);

    const moved = await tw.call<ProcessSnapshot>('process.lanes.delete', { id: ist.lanes[1]!.id, moveStepsTo: ist.lanes[0]!.id });
    expect(moved.movedSteps).toHaveLength(2);
    let d = await load();
    expect(d.steps.every((s) => s.laneId === ist.lanes[0]!.id)).toBe(true);
    await tw.call('process.restore', moved);
    d = await load();
    expect(d.lanes.map((l) => l.name)).toEqual(['Büro', 'Vorstand', 'Ehrenamtliche', 'Mitglieder', 'Eltern']);
    expect(d.steps.every((s) => s.laneId === ist.lanes[1]!.id)).toBe(true);

    const dropped = await tw.call<ProcessSnapshot>('process.lanes.delete', { id: ist.lanes[1]!.id, moveStepsTo: null });
    expect(dropped.steps).toHaveLength(2);
    expect(dropped.edges).toHaveLength(1);
    expect((await load()).steps).toEqual([]);
    lanes = (await tw.call<ProcessDiagram>('process.restore', dropped)).lanes;
    expect(lanes.map((l) => l.name)).toContain('Ehrenamtliche');
  });

  it('deleting a step removes its arrows and markers in one go, and undo brings all back', async () => {
    const a = await step(1, 'A');
    const b = await step(1, 'B', { after: a.id });
    const c = await step(3, 'C', { after: b.id });
    await tw.call<ProcessMarker>('process.markers.add', { stepId: b.id, kind: 'pain', text: 'Dauert zu lange', severity: 3 });
    await tw.call<ProcessMarker>('process.markers.add', { stepId: b.id, kind: 'idea', text: 'Online-Formular' });
    const before = await load();
    const removed = await tw.call<ProcessSnapshot>('process.steps.delete', { ids: [b.id] });
    expect(removed).toMatchObject({ steps: [{ id: b.id }], edges: [{}, {}], markers: [{}, {}] });
    const after = await load();
    expect(after.edges).toEqual(removed.bridges);
    expect(after.edges).toMatchObject([{ sourceId: a.id, targetId: c.id }]);
    expect(after.markers).toEqual([]);
    expect(after.steps.map((s) => s.id)).toEqual([a.id, c.id]);
    const restored = await tw.call<ProcessDiagram>('process.restore', removed);
    expect({ ...restored, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
  });

  it('deleting a middle step reconnects the chain, keeping a label; undo restores exactly, redo and undo again too', async () => {
    const a = await step(0, 'A', { kind: 'start' });
    const b = await step(1, 'B', { after: a.id });
    const c = await step(2, 'C', { after: b.id, edgeLabel: 'fertig' });
    await step(2, 'D', { after: c.id });
    const before = await load();
    for (let round = 0; round < 2; round += 1) {
      const removed = await tw.call<ProcessSnapshot>('process.steps.delete', { ids: [b.id] });
      expect(removed.bridges).toMatchObject([{ sourceId: a.id, targetId: c.id, label: 'fertig' }]);
      const gap = await load();
      expect(gap.edges.filter((e) => e.sourceId === a.id)).toEqual(removed.bridges);
      const restored = await tw.call<ProcessDiagram>('process.restore', removed);
      expect(same(restored)).toEqual(same(before));
    }
  });

  it('several predecessors and successors: every one to every one, no duplicate arrow, no self-loop', async () => {
    const p1 = await step(0, 'P1');
    const p2 = await step(1, 'P2');
    const mid = await step(1, 'M');
    const s1 = await step(2, 'S1');
    const s2 = await step(3, 'S2');
    const edge = (sourceId: string, targetId: string, label = '') => tw.call<ProcessEdge>('process.edges.add', { sourceId, targetId, label });
    await edge(p1.id, mid.id, 'Ja');
    await edge(p2.id, mid.id);
    await edge(mid.id, s1.id);
    await edge(mid.id, s2.id, 'weiter');
    await edge(mid.id, p1.id, 'zurück');
    await edge(p2.id, s1.id, 'schon da');
    const before = await load();
    const removed = await tw.call<ProcessSnapshot>('process.steps.delete', { ids: [mid.id] });
    const pairs = (await load()).edges.map((e) => `${e.sourceId === p1.id ? 'P1' : e.sourceId === p2.id ? 'P2' : '?'}>${e.targetId === s1.id ? 'S1' : e.targetId === s2.id ? 'S2' : 'P1'}:${e.label}`);
    expect(pairs.sort()).toEqual(['P1>S1:Ja', 'P1>S2:Ja', 'P2>S1:schon da', 'P2>P1:zurück', 'P2>S2:weiter'].sort());
    expect(removed.bridges).toHaveLength(4);
    const restored = await tw.call<ProcessDiagram>('process.restore', removed);
    expect(same(restored)).toEqual(same(before));
  });

  it('deleting a run of steps bridges over all of them', async () => {
    const a = await step(0, 'A');
    const b = await step(0, 'B', { after: a.id, edgeLabel: 'los' });
    const c = await step(0, 'C', { after: b.id });
    const d = await step(0, 'D', { after: c.id });
    const removed = await tw.call<ProcessSnapshot>('process.steps.delete', { ids: [b.id, c.id] });
    expect((await load()).edges).toMatchObject([{ sourceId: a.id, targetId: d.id, label: 'los' }]);
    expect(removed.edges).toHaveLength(3);
  });

  it('markers: pain points carry a severity 1–3, ideas and digital potential none', async () => {
    const a = await step(0, 'A');
    const pain = await tw.call<ProcessMarker>('process.markers.add', { stepId: a.id, kind: 'pain', text: 'Zettelwirtschaft' });
    expect(pain.severity).toBe(2);
    const idea = await tw.call<ProcessMarker>('process.markers.add', { stepId: a.id, kind: 'idea', text: 'Checkliste', severity: 3 });
    expect(idea.severity).toBeNull();
    const changed = await tw.call<ProcessMarker>('process.markers.update', { id: pain.id, severity: 3, text: 'Viel Zettelwirtschaft' });
    expect(changed).toMatchObject({ severity: 3, text: 'Viel Zettelwirtschaft', kind: 'pain' });
  });

  it('arrows are labelled and reconnected', async () => {
    const a = await step(0, 'Prüfen', { kind: 'decision' });
    const b = await step(1, 'B');
    const c = await step(2, 'C');
    const edge = await tw.call<ProcessEdge>('process.edges.add', { sourceId: a.id, targetId: b.id, label: 'Ja' });
    const moved = await tw.call<ProcessEdge>('process.edges.update', { id: edge.id, targetId: c.id, label: 'Nein' });
    expect(moved).toMatchObject({ sourceId: a.id, targetId: c.id, label: 'Nein' });
  });

  it('copy Ist to Soll (with markers) gives equal content with new ids, and replaces an earlier Soll', async () => {
    const a = await step(1, 'A', { kind: 'start' });
    const b = await step(3, 'B', { after: a.id });
    await tw.call('process.markers.add', { stepId: b.id, kind: 'pain', text: 'Papier', severity: 3 });
    const soll = await tw.call<ProcessDiagram>('process.copyIstToSoll', { workshopId, markers: true });
    const istNow = await load();
    const strip = (d: ProcessDiagram) => ({
      lanes: d.lanes.map((l) => [l.position, l.name]),
      steps: d.steps.map((s) => [s.kind, s.label, s.x, istNow.lanes.findIndex((l) => l.name === d.lanes.find((x) => x.id === s.laneId)!.name)]),
      edges: d.edges.map((e) => [d.steps.findIndex((s) => s.id === e.sourceId), d.steps.findIndex((s) => s.id === e.targetId), e.label]),
      markers: d.markers.map((m) => [m.kind, m.text, m.severity, d.steps.findIndex((s) => s.id === m.stepId)]),
    });
    expect(strip(soll)).toEqual(strip(istNow));
    const istIds = new Set([istNow.id, ...istNow.lanes.map((l) => l.id), ...istNow.steps.map((s) => s.id), ...istNow.edges.map((e) => e.id), ...istNow.markers.map((m) => m.id)]);
    for (const idOf of [soll.id, ...soll.lanes.map((l) => l.id), ...soll.steps.map((s) => s.id), ...soll.edges.map((e) => e.id), ...soll.markers.map((m) => m.id)]) {
      expect(istIds.has(idOf)).toBe(false);
    }
    expect(soll.steps.map((s) => s.originId)).toEqual(istNow.steps.map((s) => s.id));
    const again = await tw.call<ProcessDiagram>('process.copyIstToSoll', { workshopId });
    expect(again.id).not.toBe(soll.id);
    // By default the steps only: today's pain points rarely belong to the target.
    expect(again.markers).toEqual([]);
    expect(strip(again)).toEqual({ ...strip(istNow), markers: [] });
    expect((await load()).markers).toHaveLength(1);
    expect(await tw.api.invoke('process.get', { workshopId, variant: 'soll' })).toMatchObject({ ok: true, value: { id: again.id } });
  });

  it('compare reports exactly the added, removed and changed steps', async () => {
    const a = await step(0, 'Start', { kind: 'start' });
    const b = await step(1, 'Formular ausfüllen', { after: a.id });
    const c = await step(2, 'Per Post schicken', { after: b.id });
    await step(3, 'Ende', { kind: 'end', after: c.id });
    const soll = await tw.call<ProcessDiagram>('process.copyIstToSoll', { workshopId });
    const sollOf = (istStep: ProcessStep) => soll.steps.find((s) => s.originId === istStep.id)!;
    await tw.call('process.steps.update', { id: sollOf(b).id, label: 'Online-Formular ausfüllen' });
    await tw.call('process.steps.update', { id: sollOf(a).id, laneId: soll.lanes[3]!.id });
    await tw.call('process.steps.delete', { ids: [sollOf(c).id] });
    await tw.call('process.steps.add', { diagramId: soll.id, laneId: soll.lanes[1]!.id, label: 'Pat:in zuweisen' });
    const result = await tw.call<{ added: { label: string }[]; removed: { label: string }[]; changed: { ist: { label: string }; soll: { label: string }; changed: string[] }[]; unchanged: number }>(
      'process.compare',
      { workshopId },
    );
    expect(result.added.map((s) => s.label)).toEqual(['Pat:in zuweisen']);
    expect(result.removed.map((s) => s.label)).toEqual(['Per Post schicken']);
    expect(result.changed.map((c) => [c.ist.label, c.soll.label, c.changed])).toEqual([
      ['Start', 'Start', ['lane']],
      ['Formular ausfüllen', 'Online-Formular ausfüllen', ['label']],
    ]);
    expect(result.unchanged).toBe(1);
  });

  it('compare works on any pair of diagrams (pure)', () => {
    const lane = { id: 'l', diagramId: 'd', position: 0, name: 'Vorstand' };
    const s = (id: string, label: string, originId: string | null = null): ProcessStep => ({ id, diagramId: 'd', laneId: 'l', kind: 'step', label, x: 0, originId, createdAt: '', updatedAt: '' });
    const base = { id: 'd', workshopId: 'w', lanes: [lane], edges: [], markers: [], updatedAt: '' };
    const result = compareDiagrams(
      { ...base, variant: 'ist', steps: [s('1', 'Eins'), s('2', 'Zwei')] },
      { ...base, variant: 'soll', steps: [s('a', 'Eins', '1'), s('b', 'Drei')] },
    );
    expect(result).toEqual({ added: [{ id: 'b', label: 'Drei', kind: 'step', lane: 'Vorstand' }], removed: [{ id: '2', label: 'Zwei', kind: 'step', lane: 'Vorstand' }], changed: [], unchanged: 1 });
  });

  it('auto-layout keeps every step in its lane and lets the flow run left to right', async () => {
    const a = await step(2, 'A', { x: 2000, kind: 'start' });
    const b = await step(0, 'B', { x: 100 });
    const c = await step(1, 'C', { x: 900 });
    await tw.call('process.edges.add', { sourceId: a.id, targetId: b.id });
    await tw.call('process.edges.add', { sourceId: b.id, targetId: c.id });
    await tw.call('process.edges.add', { sourceId: c.id, targetId: a.id, label: 'zurück' });
    const laid = await tw.call<ProcessStep[]>('process.layout', { diagramId: ist.id });
    const x = new Map(laid.map((s) => [s.id, s.x]));
    expect(x.get(a.id)! < x.get(b.id)! && x.get(b.id)! < x.get(c.id)!).toBe(true);
    expect(laid.map((s) => s.laneId).sort()).toEqual([a.laneId, b.laneId, c.laneId].sort());
    const numbers = numberSteps({ steps: laid, lanes: ist.lanes, edges: (await load()).edges });
    expect([numbers.get(a.id), numbers.get(b.id), numbers.get(c.id)]).toEqual([1, 2, 3]);
  });

  it('auto-layout puts two steps of one lane in the same column apart', () => {
    const s = (id: string): ProcessStep => ({ id, diagramId: 'd', laneId: 'l', kind: 'step', label: id, x: 0, originId: null, createdAt: '', updatedAt: '' });
    const positions = layoutPositions({ steps: [s('a'), s('b'), s('c')], edges: [{ id: 'e1', diagramId: 'd', sourceId: 'a', targetId: 'b', label: '' }, { id: 'e2', diagramId: 'd', sourceId: 'a', targetId: 'c', label: '' }] });
    expect(new Set(positions.values()).size).toBe(3);
  });
});

describe('bad input for process diagrams writes nothing', () => {
  const cases: [string, string, (ids: { a: string; b: string; lane: string; other: string }) => unknown, string][] = [
    ['an arrow to a missing step', 'process.edges.add', (ids) => ({ sourceId: ids.a, targetId: 'nope' }), 'errors.notFound.step'],
    ['an arrow to itself', 'process.edges.add', (ids) => ({ sourceId: ids.a, targetId: ids.a }), 'errors.process.selfEdge'],
    ['a step in a lane that does not exist', 'process.steps.add', () => ({ diagramId: ist.id, laneId: 'nope', label: 'X' }), 'errors.notFound.lane'],
    ['a step in another diagram\'s lane', 'process.steps.add', (ids) => ({ diagramId: ist.id, laneId: ids.other, label: 'X' }), 'errors.process.otherDiagram'],
    ['a step without text', 'process.steps.add', (ids) => ({ diagramId: ist.id, laneId: ids.lane, label: '  ' }), 'errors.validation.required'],
    ['a marker without text', 'process.markers.add', (ids) => ({ stepId: ids.a, kind: 'pain', text: '' }), 'errors.validation.required'],
    ['a severity of 4', 'process.markers.add', (ids) => ({ stepId: ids.a, kind: 'pain', text: 'x', severity: 4 }), 'errors.validation.invalid'],
    ['an unknown step kind', 'process.steps.update', (ids) => ({ id: ids.a, kind: 'loop' }), 'errors.validation.invalidChoice'],
    ['deleting the last lane', 'process.lanes.delete', (ids) => ({ id: ids.lane, moveStepsTo: null }), 'errors.process.lastLane'],
    ['one unknown step in a delete', 'process.steps.delete', (ids) => ({ ids: [ids.a, 'nope'] }), 'errors.notFound.step'],
  ];

  it.each(cases)('%s', async (_label, method, input, messageKey) => {
    const soll = await tw.call<ProcessDiagram>('process.create', { workshopId, variant: 'soll', laneNames: ['Andere Bahn'] });
    for (const lane of ist.lanes.slice(1)) await tw.call('process.lanes.delete', { id: lane.id, moveStepsTo: null });
    const a = await step(0, 'A');
    const b = await step(0, 'B', { after: a.id });
    const before = snapshot(tw.workspace.connection!);
    const result = await tw.api.invoke(method, input({ a: a.id, b: b.id, lane: ist.lanes[0]!.id, other: soll.lanes[0]!.id }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe(messageKey);
    expect(snapshot(tw.workspace.connection!)).toEqual(before);
  });
});
