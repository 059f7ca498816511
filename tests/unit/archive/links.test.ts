import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardBoard, RecordKind } from '../../../src-main/contract';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportWorkshop, importBytes } from './helpers';

// Links inside a file stay inside what they belong to: a hand-made file
// cannot tie an arrow to another diagram's step or a card to another phase's group.

type Payload = Record<RecordKind, Record<string, unknown>[]>;

describe('links inside a workshop file', () => {
  let tw: TestWorkspace;
  let files: Record<string, Uint8Array>;
  let payload: () => Payload;
  beforeAll(async () => {
    tw = createTestWorkspace();
    const sample = await tw.call<{ workshopId: string }>('sample.load');
    files = unzipSync(await exportWorkshop(tw, sample.workshopId));
    payload = () => JSON.parse(new TextDecoder().decode(files['data.json'])) as Payload;
  });
  afterAll(() => tw.cleanup());
  const pack = (p: Payload): Uint8Array => zipSync({ 'manifest.json': files['manifest.json']!, 'data.json': new TextEncoder().encode(JSON.stringify(p)) });

  it('drops an arrow between steps of two diagrams, keeps the rest', () => {
    const p = payload();
    const [ist, soll] = p.diagrams;
    const edge = p.edges.findIndex((e) => e.diagramId === ist!.id);
    p.edges[edge]!.targetId = p.steps.find((s) => s.diagramId === soll!.id)!.id;
    const report = importBytes(tw, pack(p));
    expect(report.dropped).toEqual([{ kind: 'edges', index: edge + 1, reasonKey: 'archive.dropped.conflict' }]);
    expect(report.taken.edges).toBe(p.edges.length - 1);
  });

  it('keeps a card whose group is in another phase, without the group', async () => {
    const p = payload();
    const grouped = p.cards.findIndex((c) => c.clusterId !== null);
    const other = p.clusters.find((c) => c.phaseId !== p.cards[grouped]!.phaseId)!;
    p.cards[grouped]!.clusterId = other.id;
    const report = importBytes(tw, pack(p));
    expect(report.droppedCount).toBe(0);
    const phaseId = p.cards[grouped]!.phaseId as string;
    const newPhase = (await tw.call<{ phases: { id: string; position: number }[] }>('workshops.get', { id: report.workshops[0]!.id })).phases.find(
      (ph) => ph.position === p.phases.find((x) => x.id === phaseId)!.position,
    )!;
    const board = await tw.call<CardBoard>('cards.board', { phaseId: newPhase.id });
    expect(board.cards.find((c) => c.text === p.cards[grouped]!.text)!.clusterId).toBeNull();
  });

  it('drops records whose parent was dropped, and says so', () => {
    const p = payload();
    const diagram = p.diagrams[0]!;
    diagram.variant = 'irgendwas';
    const report = importBytes(tw, pack(p));
    expect(report.dropped[0]).toEqual({ kind: 'diagrams', index: 1, reasonKey: 'archive.dropped.invalid', params: { field: 'variant' } });
    const lanes = p.lanes.filter((l) => l.diagramId === diagram.id).length;
    expect(report.dropped.filter((d) => d.kind === 'lanes' && d.reasonKey === 'archive.dropped.parentMissing')).toHaveLength(lanes);
    expect(report.taken.diagrams).toBe(1);
  });

  it('drops a record whose text holds half a character, as the API would refuse it', () => {
    const p = payload();
    const json = JSON.stringify(p).replace(JSON.stringify(p.cards[0]!.text), JSON.stringify(p.cards[0]!.text).replace(/"$/, '\\ud83d"'));
    const broken = JSON.parse(json) as Payload;
    expect(broken.cards[0]!.text).toMatch(/\ud83d$/);
    const report = importBytes(tw, pack(broken));
    expect(report.dropped).toEqual([{ kind: 'cards', index: 1, reasonKey: 'archive.dropped.brokenText', params: { field: 'text' } }]);
    expect(report.taken.cards).toBe(p.cards.length - 1);
  });
});
