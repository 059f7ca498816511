import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Relation, Stakeholder, StakeholderMap, StakeholderSnapshot, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
let workshopId: string;

beforeEach(async () => {
  // A clock that ticks with every call: creation order is then unambiguous, also after a restore.
  let tick = Date.UTC(2026, 2, 14, 9);
  tw = createTestWorkspace({ now: () => new Date((tick += 1000)) });
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV' });
  const workshop = await tw.call<WorkshopDetail>('workshops.create', {
    organisationId: club.id,
    templateId: DAY_WORKSHOP_TEMPLATE_ID,
    title: 'Tag',
  });
  workshopId = workshop.id;
});
afterEach(() => tw.cleanup());

const add = (fields: Record<string, unknown>) => tw.call<Stakeholder>('stakeholders.create', { workshopId, ...fields });
const map = () => tw.call<StakeholderMap>('stakeholders.map', { workshopId });

describe('stakeholders', () => {
  it('are created with sensible defaults and one decimal', async () => {
    const s = await add({ name: 'Vorstand', influence: 4.83, interest: 4.2 });
    expect(s).toMatchObject({
      name: 'Vorstand',
      category: 'other',
      influence: 4.8,
      interest: 4.2,
      attitude: 'neutral',
      targetAttitude: 'neutral',
      closeness: 'direct',
    });
    const critical = await add({ name: 'Kassenwart:in', attitude: 'critical' });
    expect(critical.targetAttitude).toBe('critical');
  });

  it('are changed field by field and moved together in one call', async () => {
    const a = await add({ name: 'Eltern' });
    const b = await add({ name: 'Mitglieder' });
    const updated = await tw.call<Stakeholder>('stakeholders.update', { id: a.id, attitude: 'critical', targetAttitude: 'supportive', notes: 'Sorge um Kosten' });
    expect(updated).toMatchObject({ attitude: 'critical', targetAttitude: 'supportive', notes: 'Sorge um Kosten', name: 'Eltern' });
    const moved = await tw.call<Stakeholder[]>('stakeholders.move', {
      moves: [
        { id: a.id, influence: 2.2, interest: 3.0 },
        { id: b.id, influence: 2.0, interest: 1.84 },
      ],
    });
    expect(moved.map((s) => [s.influence, s.interest])).toEqual([
      [2.2, 3],
      [2, 1.8],
    ]);
  });

  it('allow two stakeholders with the same name', async () => {
    await add({ name: 'Eltern' });
    await add({ name: 'Eltern' });
    expect((await map()).stakeholders).toHaveLength(2);
  });

  it('take their relations with them when deleted, and come back with them on restore', async () => {
    const vorstand = await add({ name: 'Vorstand' });
    const kasse = await add({ name: 'Kassenwart:in' });
    const jugend = await add({ name: 'Jugendwart:in' });
    await tw.call<Relation>('relations.create', { sourceId: vorstand.id, targetId: kasse.id, type: 'influences' });
    await tw.call<Relation>('relations.create', { sourceId: jugend.id, targetId: vorstand.id, label: 'Jugendkonzept' });
    const before = await map();

    const removed = await tw.call<StakeholderSnapshot>('stakeholders.delete', { ids: [vorstand.id] });
    expect(removed.stakeholders.map((s) => s.name)).toEqual(['Vorstand']);
    expect(removed.relations).toHaveLength(2);
    expect((await map()).relations).toEqual([]);

    const restored = await tw.call<StakeholderMap>('stakeholders.restore', removed);
    expect(restored).toEqual(before);
  });

  it('relations are typed, labelled, changed and deleted', async () => {
    const a = await add({ name: 'Geschäftsstelle' });
    const b = await add({ name: 'Abteilungsleitungen' });
    const r = await tw.call<Relation>('relations.create', { sourceId: a.id, targetId: b.id, type: 'conflict', label: 'Wer pflegt die Listen?' });
    expect(r).toMatchObject({ type: 'conflict', label: 'Wer pflegt die Listen?', workshopId });
    const changed = await tw.call<Relation>('relations.update', { id: r.id, type: 'collaborates' });
    expect(changed).toMatchObject({ type: 'collaborates', label: 'Wer pflegt die Listen?' });
    const removed = await tw.call<StakeholderSnapshot>('relations.delete', { ids: [r.id] });
    expect(removed.relations).toEqual([changed]);
    expect((await map()).relations).toEqual([]);
  });

  it('are deleted with their workshop', async () => {
    const a = await add({ name: 'A' });
    const b = await add({ name: 'B' });
    await tw.call('relations.create', { sourceId: a.id, targetId: b.id });
    await tw.call('workshops.delete', { id: workshopId });
    const counts = tw.workspace.connection!.prepare('SELECT (SELECT COUNT(*) FROM stakeholders) s, (SELECT COUNT(*) FROM stakeholder_relations) r').get();
    expect(counts).toEqual({ s: 0, r: 0 });
  });

  it('announce every change to other windows', async () => {
    tw.events.length = 0;
    await add({ name: 'Stadtsportbund' });
    expect(tw.events).toContainEqual({ name: 'stakeholders.changed', payload: { workshopId } });
  });
});

describe('bad input for the stakeholder map writes nothing', () => {
  const cases: [string, string, (ids: { a: string; b: string; r: string }) => unknown, string][] = [
    ['missing name', 'stakeholders.create', () => ({ workshopId }), 'errors.validation.required'],
    ['blank name', 'stakeholders.create', () => ({ workshopId, name: '  ' }), 'errors.validation.required'],
    ['influence above 5', 'stakeholders.create', () => ({ workshopId, name: 'X', influence: 5.1 }), 'errors.validation.tooBig'],
    ['interest below 1', 'stakeholders.update', (ids) => ({ id: ids.a, interest: 0.9 }), 'errors.validation.tooSmall'],
    ['influence as text', 'stakeholders.update', (ids) => ({ id: ids.a, influence: '4,5' }), 'errors.validation.wrongType'],
    ['unknown category', 'stakeholders.create', () => ({ workshopId, name: 'X', category: 'vip' }), 'errors.validation.invalidChoice'],
    ['unknown workshop', 'stakeholders.create', () => ({ workshopId: 'nope', name: 'X' }), 'errors.notFound.workshop'],
    ['unknown stakeholder', 'stakeholders.update', () => ({ id: 'nope', name: 'X' }), 'errors.notFound.stakeholder'],
    ['one unknown in a move', 'stakeholders.move', (ids) => ({ moves: [{ id: ids.a, influence: 1, interest: 1 }, { id: 'nope', influence: 1, interest: 1 }] }), 'errors.notFound.stakeholder'],
    ['one unknown in a delete', 'stakeholders.delete', (ids) => ({ ids: [ids.a, 'nope'] }), 'errors.notFound.stakeholder'],
    ['relation to itself', 'relations.create', (ids) => ({ sourceId: ids.a, targetId: ids.a }), 'errors.stakeholders.selfRelation'],
    ['relation to nowhere', 'relations.create', (ids) => ({ sourceId: ids.a, targetId: 'nope' }), 'errors.notFound.stakeholder'],
    ['unknown relation type', 'relations.update', (ids) => ({ id: ids.r, type: 'loves' }), 'errors.validation.invalidChoice'],
    ['restore of an existing id', 'stakeholders.restore', (ids) => ({ workshopId, stakeholders: [{ id: ids.a, workshopId, name: 'A', category: 'other', influence: 3, interest: 3, attitude: 'neutral', targetAttitude: 'neutral', closeness: 'direct', notes: '', createdAt: 'x', updatedAt: 'x' }], relations: [] }), 'errors.conflict.alreadyExists'],
  ];

  it.each(cases)('%s', async (_label, method, input, messageKey) => {
    const a = await add({ name: 'A' });
    const b = await add({ name: 'B' });
    const r = await tw.call<Relation>('relations.create', { sourceId: a.id, targetId: b.id });
    const before = snapshot(tw.workspace.connection!);
    const result = await tw.api.invoke(method, input({ a: a.id, b: b.id, r: r.id }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe(messageKey);
    expect(snapshot(tw.workspace.connection!)).toEqual(before);
  });
});
