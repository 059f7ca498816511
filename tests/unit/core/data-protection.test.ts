import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionPlan, Checklist, DataMap, DataMapRowRecord, Measure, WorkshopDetail } from '../../../src-main/contract';
import { LIMITS } from '../../../src-main/contract';
import { exportFile } from '../../../src-main/core';
import { openDocx, paragraphs, tables } from '../../helpers/docx';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// The data-protection consultation as a tool: the checklist's answers, the
// data map's rows, measures made from both, and what the report shows.

let clock = Date.UTC(2026, 4, 4, 9);
let tw: TestWorkspace;
let session: WorkshopDetail;
const phase = (kind: string) => session.phases.find((p) => p.kind === kind)!;

beforeEach(async () => {
  clock = Date.UTC(2026, 4, 4, 9);
  tw = createTestWorkspace({ now: () => new Date((clock += 1000)) });
  const clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'Förderverein Grünau' })).id;
  session = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: 'builtin-datenschutz-sprechstunde', title: 'Sprechstunde', date: '2026-05-04' });
});
afterEach(() => tw.cleanup());

async function refused(method: string, input: unknown): Promise<string> {
  const before = snapshot(tw.workspace.connection!);
  const result = await tw.api.invoke(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  expect(snapshot(tw.workspace.connection!)).toEqual(before);
  return result.ok ? '' : result.error.messageKey;
}

describe('the Datenschutz-Sprechstunde', () => {
  it('has a data map and a checklist covering what clubs must know, marked as orientation, with realistic minutes', () => {
    expect(session.phases.map((p) => p.kind)).toEqual(['discussion', 'cards', 'datamap', 'checklist', 'actions', 'discussion']);
    const keys = phase('checklist').items!.map((i) => i.key);
    for (const key of ['verzeichnis', 'einwilligungen', 'av-vertraege', 'loeschfristen', 'datenschutzbeauftragte', 'tom', 'website', 'fotos-social-media', 'messenger']) expect(keys).toContain(key);
    expect(phase('checklist').items!.find((i) => i.key === 'datenschutzbeauftragte')!.explanation).toContain('§ 38 BDSG');
    expect(phase('checklist').notice).toContain('keine Rechtsberatung');
    expect(phase('datamap').notice).toContain('keine Rechtsberatung');
    for (const p of session.phases.filter((p) => p.kind !== 'discussion')) expect(p.minutes).toBeGreaterThanOrEqual(20);
  });
});

describe('Checkliste', () => {
  it('starts with every item not yet discussed, then keeps states and notes per item', async () => {
    const id = phase('checklist').id;
    const fresh = await tw.call<Checklist>('checklist.get', { phaseId: id });
    expect(fresh.counts.unanswered).toBe(fresh.entries.length);
    await tw.call('checklist.set', { phaseId: id, itemKey: 'tom', state: 'partial' });
    await tw.call('checklist.set', { phaseId: id, itemKey: 'tom', note: 'Laptop der Kasse ohne Passwort' });
    await tw.call('checklist.set', { phaseId: id, itemKey: 'website', state: 'done' });
    const list = await tw.call<Checklist>('checklist.set', { phaseId: id, itemKey: 'datenschutzbeauftragte', state: 'not_applicable' });
    expect(list.entries.find((e) => e.key === 'tom')).toMatchObject({ state: 'partial', note: 'Laptop der Kasse ohne Passwort', measure: null });
    expect(list.counts).toMatchObject({ done: 1, partial: 1, not_applicable: 1, open: 0, unanswered: list.entries.length - 3 });
    const cleared = await tw.call<Checklist>('checklist.set', { phaseId: id, itemKey: 'website', state: null });
    expect(cleared.entries.find((e) => e.key === 'website')!.state).toBeNull();
  });

  it('refuses an unknown item, an unknown phase, a phase that is no checklist, a wrong state and a huge note, writing nothing', async () => {
    const id = phase('checklist').id;
    expect(await refused('checklist.set', { phaseId: id, itemKey: 'gibt-es-nicht', state: 'done' })).toBe('errors.notFound.checklistItem');
    expect(await refused('checklist.set', { phaseId: 'nope', itemKey: 'tom', state: 'done' })).toBe('errors.notFound.phase');
    expect(await refused('checklist.set', { phaseId: phase('datamap').id, itemKey: 'tom', state: 'done' })).toBe('errors.notFound.checklistItem');
    await refused('checklist.set', { phaseId: id, itemKey: 'tom', state: 'vielleicht' });
    await refused('checklist.set', { phaseId: id, itemKey: 'tom', note: 'x'.repeat(LIMITS.text + 1) });
  });

  it('"Maßnahme daraus machen": a measure in the action plan with the item as its title and origin, linked to the item', async () => {
    const id = phase('checklist').id;
    const measure = await tw.call<Measure>('dataprotection.makeMeasure', {
      from: { kind: 'checklist', phaseId: id, itemKey: 'av-vertraege' },
      measure: { title: 'AV-Vertrag mit dem Newsletter-Dienst abschließen', owner: 'Kassenwartin', dueDate: '2026-06-30' },
    });
    expect(measure).toMatchObject({ workshopId: session.id, owner: 'Kassenwartin', status: 'open' });
    expect(measure.origin).toMatchObject({ kind: 'note', id, label: 'Verträge mit Dienstleistern (AV-Verträge)', exists: true });
    const plan = await tw.call<ActionPlan>('measures.list', { workshopId: session.id });
    expect(plan.measures.map((m) => m.id)).toEqual([measure.id]);
    const list = await tw.call<Checklist>('checklist.get', { phaseId: id });
    expect(list.entries.find((e) => e.key === 'av-vertraege')!.measure).toEqual({ id: measure.id, title: measure.title, status: 'open' });
    await tw.call('measures.delete', { ids: [measure.id] });
    const after = await tw.call<Checklist>('checklist.get', { phaseId: id });
    expect(after.entries.find((e) => e.key === 'av-vertraege')!.measure).toBeNull();
  });

  it('a measure from an unknown item or with an empty title writes neither measure nor link', async () => {
    const id = phase('checklist').id;
    await refused('dataprotection.makeMeasure', { from: { kind: 'checklist', phaseId: id, itemKey: 'nope' }, measure: { title: 'X' } });
    await refused('dataprotection.makeMeasure', { from: { kind: 'checklist', phaseId: id, itemKey: 'tom' }, measure: { title: '   ' } });
    await refused('dataprotection.makeMeasure', { from: { kind: 'dataMap', rowId: 'nope' }, measure: { title: 'X' } });
  });

  it('items edited in the workshop’s agenda keep the answers of the items that stay (by key)', async () => {
    const id = phase('checklist').id;
    await tw.call('checklist.set', { phaseId: id, itemKey: 'tom', state: 'open', note: 'Sicherungen fehlen' });
    const phases = session.phases.map((p) =>
      p.id === id ? { ...p, items: [{ key: 'tom', title: 'Technik und Organisation', explanation: '' }, { key: 'neu', title: 'Neuer Punkt', explanation: 'Eigene Erklärung' }] } : p,
    );
    await tw.call('workshops.phases.save', { workshopId: session.id, phases: phases.map(({ notesUpdatedAt: _n, position: _p, ...p }) => p) });
    const list = await tw.call<Checklist>('checklist.get', { phaseId: id });
    expect(list.entries.map((e) => [e.key, e.title, e.state, e.note])).toEqual([
      ['tom', 'Technik und Organisation', 'open', 'Sicherungen fehlen'],
      ['neu', 'Neuer Punkt', null, ''],
    ]);
  });
});

describe('a phase removed from the agenda and put back (undo)', () => {
  it('brings its answers and rows back; a measure deleted meanwhile is no longer linked', async () => {
    const checklist = phase('checklist').id;
    const dataMap = phase('datamap').id;
    await tw.call('checklist.set', { phaseId: checklist, itemKey: 'tom', state: 'done', note: 'Alles verschlüsselt' });
    const rowId = (await tw.call<DataMap>('dataMap.add', { phaseId: dataMap, dataKind: 'Fotos' })).rows[0]!.id;
    const measure = await tw.call<Measure>('dataprotection.makeMeasure', { from: { kind: 'dataMap', rowId }, measure: { title: 'Fotos aufräumen' } });
    const all = session.phases.map(({ notesUpdatedAt: _n, position: _p, ...p }) => p);
    await tw.call('workshops.phases.save', { workshopId: session.id, phases: all.filter((p) => p.id !== checklist && p.id !== dataMap) });
    expect(tw.workspace.connection!.prepare('SELECT COUNT(*) AS n FROM data_map_rows').get()).toEqual({ n: 0 });
    await tw.call('measures.delete', { ids: [measure.id] });
    await tw.call('workshops.phases.save', { workshopId: session.id, phases: all });
    const list = await tw.call<Checklist>('checklist.get', { phaseId: checklist });
    expect(list.entries.find((e) => e.key === 'tom')).toMatchObject({ state: 'done', note: 'Alles verschlüsselt' });
    expect((await tw.call<DataMap>('dataMap.get', { phaseId: dataMap })).rows).toEqual([expect.objectContaining({ id: rowId, dataKind: 'Fotos', measure: null })]);
  });
});

describe('Datenlandkarte', () => {
  const row = { dataKind: 'Mitgliederdaten', storage: 'Excel auf dem Laptop der Kasse', access: 'Vorstand', legalBasis: 'Mitgliedschaft', consent: 'no', deletion: '10 Jahre nach Austritt (Steuer)' };

  it('adds, edits and deletes rows in order; a deleted row comes back with undo', async () => {
    const id = phase('datamap').id;
    await tw.call('dataMap.add', { phaseId: id, ...row });
    const map = await tw.call<DataMap>('dataMap.add', { phaseId: id, dataKind: '  Fotos von Festen  ' });
    expect(map.rows.map((r) => [r.dataKind, r.consent, r.position])).toEqual([['Mitgliederdaten', 'no', 0], ['Fotos von Festen', 'unclear', 1]]);
    const photos = map.rows[1]!;
    const edited = await tw.call<DataMap>('dataMap.update', { id: photos.id, consent: 'yes', storage: 'Cloud' });
    expect(edited.rows[1]).toMatchObject({ dataKind: 'Fotos von Festen', consent: 'yes', storage: 'Cloud' });
    const removed = await tw.call<DataMapRowRecord>('dataMap.delete', { id: photos.id });
    expect((await tw.call<DataMap>('dataMap.get', { phaseId: id })).rows).toHaveLength(1);
    const back = await tw.call<DataMap>('dataMap.restore', { row: removed });
    expect(back.rows.map((r) => r.dataKind)).toEqual(['Mitgliederdaten', 'Fotos von Festen']);
  });

  it('refuses an empty kind of data, a huge text, an unknown consent, an unknown row or phase, writing nothing', async () => {
    const id = phase('datamap').id;
    expect(await refused('dataMap.add', { phaseId: id, dataKind: '   ' })).toBe('errors.dataMap.kindMissing');
    await refused('dataMap.add', { phaseId: id, dataKind: 'Daten', storage: 'x'.repeat(LIMITS.shortText + 1) });
    await refused('dataMap.add', { phaseId: id, dataKind: 'Daten', consent: 'vielleicht' });
    expect(await refused('dataMap.add', { phaseId: 'nope', dataKind: 'Daten' })).toBe('errors.notFound.phase');
    expect(await refused('dataMap.add', { phaseId: phase('checklist').id, dataKind: 'Daten' })).toBe('errors.notFound.phase');
    expect(await refused('dataMap.update', { id: 'nope', storage: 'Cloud' })).toBe('errors.notFound.dataMapRow');
    expect(await refused('dataMap.delete', { id: 'nope' })).toBe('errors.notFound.dataMapRow');
  });

  it('a row becomes a measure with the kind of data as its origin; the row shows it', async () => {
    const id = phase('datamap').id;
    const rowId = (await tw.call<DataMap>('dataMap.add', { phaseId: id, ...row })).rows[0]!.id;
    const measure = await tw.call<Measure>('dataprotection.makeMeasure', { from: { kind: 'dataMap', rowId }, measure: { title: 'Excel-Liste verschlüsseln' } });
    expect(measure.origin).toMatchObject({ kind: 'note', id, label: 'Mitgliederdaten' });
    const map = await tw.call<DataMap>('dataMap.get', { phaseId: id });
    expect(map.rows[0]!.measure).toEqual({ id: measure.id, title: 'Excel-Liste verschlüsseln', status: 'open' });
  });
});

describe('the report', () => {
  it('has a chapter for the data map and one for the checklist, each with the notice, read back from the .docx', async () => {
    await tw.call('dataMap.add', { phaseId: phase('datamap').id, ...row() });
    await tw.call('checklist.set', { phaseId: phase('checklist').id, itemKey: 'messenger', state: 'open', note: 'Trainingsgruppe in WhatsApp' });
    const result = await exportFile(tw.workspace, 'report.docx', { workshopId: session.id, sections: ['phases'] });
    if (!result.ok) throw new Error(result.error.messageKey);
    const xml = openDocx(result.value.bytes).document;
    const text = paragraphs(xml).map((p) => p.text);
    expect(text).toContain('3. Unsere Datenlandkarte');
    expect(text).toContain('4. Datenschutz-Check für Vereine');
    expect(text.filter((t) => t.startsWith('Zur Orientierung – keine Rechtsberatung'))).toHaveLength(2);
    const all = tables(xml);
    const map = all.find((t) => t[0]![0] === 'Welche Daten?')!;
    expect(map[1]!.slice(0, 6)).toEqual(['Mitgliederdaten', 'Excel auf dem Laptop der Kasse', 'Vorstand', 'Mitgliedschaft', 'nein', '10 Jahre nach Austritt (Steuer)']);
    const list = all.find((t) => t[0]![0] === 'Punkt')!;
    expect(list.find((r) => r[0] === 'Mitgliederlisten in Messenger-Gruppen')!.slice(1, 3)).toEqual(['○ offen', 'Trainingsgruppe in WhatsApp']);
  });
});

function row() {
  return { dataKind: 'Mitgliederdaten', storage: 'Excel auf dem Laptop der Kasse', access: 'Vorstand', legalBasis: 'Mitgliedschaft', consent: 'no', deletion: '10 Jahre nach Austritt (Steuer)' };
}
