import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SampleResult, Stakeholder, StakeholderMap, StakeholderSnapshot, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { stakeholderMapImage } from '../../../src-main/core/exports/stakeholder-exports';
import { mapPositions } from '../../../src-main/core/exports/stakeholder-svg';
import { gridClusters, scoresToPoint } from '../../../src-main/shared/stakeholder-geometry';
import { parseCsv } from '../../helpers/csv';
import { headings, openDocx, tables } from '../../helpers/docx';
import { exportWorkshop, importBytes } from '../archive/helpers';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// A stakeholder without influence and interest is "not yet placed": it is
// stored with empty values (NULL), never with made-up ones, and is not drawn
// on the grid. Stakeholders with the same values share one true position.

let tw: TestWorkspace;
let workshopId: string;

beforeEach(async () => {
  let tick = Date.UTC(2026, 2, 14, 9);
  tw = createTestWorkspace({ now: () => new Date((tick += 1000)) });
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV Musterstadt 1908 e.V.' });
  const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag' });
  workshopId = workshop.id;
});
afterEach(() => tw.cleanup());

const add = (fields: Record<string, unknown>) => tw.call<Stakeholder>('stakeholders.create', { workshopId, ...fields });
const map = () => tw.call<StakeholderMap>('stakeholders.map', { workshopId });
const stored = (id: string) =>
  tw.workspace.connection!.prepare('SELECT influence, interest, typeof(influence) AS t FROM stakeholders WHERE id = ?').get(id);

describe('a stakeholder not yet placed', () => {
  it('is created without values when none are given, and stored as NULL, not 3.0', async () => {
    const s = await add({ name: 'Eltern' });
    expect(s).toMatchObject({ influence: null, interest: null });
    expect(stored(s.id)).toEqual({ influence: null, interest: null, t: 'null' });
  });

  it('is placed by a move (a drop from the tray), and can be taken back by update', async () => {
    const s = await add({ name: 'Eltern' });
    const [moved] = await tw.call<Stakeholder[]>('stakeholders.move', { moves: [{ id: s.id, influence: 2.24, interest: 3 }] });
    expect(moved).toMatchObject({ influence: 2.2, interest: 3 });
    const back = await tw.call<Stakeholder>('stakeholders.update', { id: s.id, influence: null, interest: null });
    expect(back).toMatchObject({ influence: null, interest: null });
  });

  it('keeps one value given in the details until the other one follows', async () => {
    const s = await add({ name: 'Eltern' });
    expect(await tw.call<Stakeholder>('stakeholders.update', { id: s.id, influence: 4.04 })).toMatchObject({ influence: 4, interest: null });
    expect(await tw.call<Stakeholder>('stakeholders.update', { id: s.id, interest: 2 })).toMatchObject({ influence: 4, interest: 2 });
  });

  it('comes back unplaced after delete and undo', async () => {
    const s = await add({ name: 'Eltern' });
    const removed = await tw.call<StakeholderSnapshot>('stakeholders.delete', { ids: [s.id] });
    const restored = await tw.call<StakeholderMap>('stakeholders.restore', removed);
    expect(restored.stakeholders).toEqual([s]);
  });

  it('travels in a workshop file and comes back unplaced, beside a placed one', async () => {
    await add({ name: 'Eltern' });
    await add({ name: 'Vorstand', influence: 4.8, interest: 4.2 });
    const report = importBytes(tw, await exportWorkshop(tw, workshopId));
    const copy = report.workshops.find((w) => w.id !== workshopId)!;
    const copied = await tw.call<StakeholderMap>('stakeholders.map', { workshopId: copy.id });
    expect(copied.stakeholders.map((s) => [s.name, s.influence, s.interest])).toEqual([
      ['Eltern', null, null],
      ['Vorstand', 4.8, 4.2],
    ]);
  });

  it('has empty cells in the CSV, not made-up values', async () => {
    await add({ name: 'Eltern' });
    await add({ name: 'Vorstand', influence: 4.8, interest: 4.2 });
    const result = await exportFile(tw.workspace, 'stakeholders.csv', { workshopId, language: 'de' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.value.bytes).slice(1), ';');
    expect(rows[1]!.slice(0, 5)).toEqual(['Eltern', 'Sonstige', '', '', '']);
    expect(rows[2]!.slice(0, 5)).toEqual(['Vorstand', 'Sonstige', '4,8', '4,2', 'Eng einbinden']);
  });

  it('is not drawn on the grid of the picture but named below it; in the onion it has its ring', async () => {
    const eltern = await add({ name: 'Eltern' });
    const vorstand = await add({ name: 'Vorstand', influence: 4.8, interest: 4.2 });
    await tw.call('relations.create', { sourceId: eltern.id, targetId: vorstand.id });
    const m = await map();
    expect([...mapPositions(m, 'grid').keys()]).toEqual([vorstand.id]);
    expect([...mapPositions(m, 'onion').keys()].sort()).toEqual([eltern.id, vorstand.id].sort());
    const svg = stakeholderMapImage(tw.workspace.context, workshopId, 'grid', 'de');
    expect(svg).toContain('Noch nicht eingeordnet: Eltern');
    expect(svg.match(/<rect [^>]*rx="10"/g)).toHaveLength(1);
    expect(svg).not.toMatch(/<line [^>]*stroke-width="3"/); // the relation to someone not on the grid has no line
  });
});

describe('the report', () => {
  it('lists stakeholders not yet placed under their own heading, after the quadrants', async () => {
    const sample = await tw.call<SampleResult>('sample.load');
    await tw.call('stakeholders.create', { workshopId: sample.workshopId, name: 'Lokalpresse', category: 'public' });
    const result = await exportFile(tw.workspace, 'report.docx', { workshopId: sample.workshopId });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const xml = openDocx(result.value.bytes).document;
    const third = headings(xml, 'Heading3');
    expect(third).toContain('Noch nicht eingeordnet');
    expect(third.indexOf('Noch nicht eingeordnet')).toBeGreaterThan(third.indexOf('Beobachten'));
    expect(tables(xml).some((rows) => rows.some((r) => r[0] === 'Lokalpresse'))).toBe(true);
  });
});

describe('stakeholders with the same values', () => {
  it('form one stack at their true position, drawn once with its count', async () => {
    const ids = [];
    for (const name of ['A', 'B', 'C']) ids.push((await add({ name, influence: 3, interest: 3 })).id);
    const other = await add({ name: 'D', influence: 3.1, interest: 3 });
    const m = await map();
    const clusters = gridClusters(m.stakeholders);
    expect(clusters.map((c) => c.members)).toEqual([ids, [other.id]]);
    expect(clusters[0]!.at).toEqual(scoresToPoint({ influence: 3, interest: 3 }));
    const positions = mapPositions(m, 'grid');
    expect(new Set(ids.map((id) => JSON.stringify(positions.get(id)))).size).toBe(1);
    const svg = stakeholderMapImage(tw.workspace.context, workshopId, 'grid', 'de');
    expect(svg.match(/<rect [^>]*rx="10"/g)).toHaveLength(2);
    expect(svg).toMatch(/font-weight="700" fill="#ffffff">3<\/text>/);
  });
});
