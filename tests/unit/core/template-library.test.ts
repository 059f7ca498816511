import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateDetail, TemplateImportResult, TemplateSummary, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
beforeEach(() => {
  let tick = Date.UTC(2026, 2, 14, 9);
  tw = createTestWorkspace({ now: () => new Date((tick += 1000)) });
});
afterEach(() => tw.cleanup());

async function refused(method: string, input: unknown): Promise<{ messageKey: string; params?: Record<string, unknown>; issues?: { field: string }[] }> {
  const before = snapshot(tw.workspace.connection!);
  const result = await tw.api.invoke(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  expect(snapshot(tw.workspace.connection!)).toEqual(before);
  return result.ok ? { messageKey: '' } : result.error;
}

const duplicateDay = () => tw.call<TemplateDetail>('templates.duplicate', { id: DAY_WORKSHOP_TEMPLATE_ID });

async function exportText(id: string): Promise<string> {
  const result = await exportFile(tw.workspace, 'template.json', { templateId: id });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return Buffer.from(result.value.bytes).toString('utf8');
}

const content = (t: TemplateDetail) => ({ name: t.name, description: t.description, author: t.author, licence: t.licence, language: t.language, phases: t.phases });

describe('the template library', () => {
  it('lists the built-in templates first and the own ones after, by name', async () => {
    await tw.call('templates.create', { name: 'Zukunftswerkstatt' });
    await tw.call('templates.create', { name: 'Abendtreffen' });
    const list = await tw.call<TemplateSummary[]>('templates.list');
    const own = list.filter((t) => !t.builtIn);
    expect(list[0]).toMatchObject({ id: DAY_WORKSHOP_TEMPLATE_ID, builtIn: true, phaseCount: 11, totalMinutes: 420 });
    expect(list.findIndex((t) => !t.builtIn)).toBe(list.filter((t) => t.builtIn).length);
    expect(own.map((t) => t.name)).toEqual(['Abendtreffen', 'Zukunftswerkstatt']);
    expect(own[0]).toMatchObject({ phaseCount: 1, totalMinutes: 15 });
  });

  it('duplicates a built-in template into an editable copy', async () => {
    const copy = await duplicateDay();
    const original = await tw.call<TemplateDetail>('templates.get', { id: DAY_WORKSHOP_TEMPLATE_ID });
    expect(copy).toMatchObject({ name: 'Verein(t) Veränderungen angehen (Kopie)', builtIn: false, version: 1 });
    expect(copy.id).toMatch(/^t-[0-9a-f-]+$/);
    expect(copy.phases).toEqual(original.phases);
    expect(tw.events.at(-1)).toEqual({ name: 'templates.changed', payload: { templateId: copy.id } });
  });

  it('saves edits as a whole; refuses zero phases and changes to built-in templates, writing nothing', async () => {
    const copy = await duplicateDay();
    const short = { ...content(copy), id: copy.id, name: 'Abendformat', phases: copy.phases.slice(0, 5).map((p, i) => (i === 0 ? { ...p, minutes: 20 } : p)) };
    const saved = await tw.call<TemplateDetail>('templates.save', short);
    expect(saved.phases).toHaveLength(5);
    expect((await tw.call<TemplateSummary[]>('templates.list')).find((t) => t.id === copy.id)).toMatchObject({ name: 'Abendformat', phaseCount: 5, totalMinutes: 20 + 45 + 30 + 15 + 40 });
    expect((await refused('templates.save', { ...short, phases: [] })).messageKey).toBe('errors.templates.noPhases');
    expect((await refused('templates.save', { ...short, id: DAY_WORKSHOP_TEMPLATE_ID })).messageKey).toBe('errors.templates.builtIn');
    expect((await refused('templates.save', { ...short, phases: [{ ...short.phases[0]!, minutes: 0 }] })).messageKey).toBe('errors.validation.tooSmall');
    expect((await refused('templates.save', { ...short, id: 'nope' })).messageKey).toBe('errors.notFound.template');
    expect((await refused('templates.delete', { id: DAY_WORKSHOP_TEMPLATE_ID })).messageKey).toBe('errors.templates.builtIn');
  });

  it('does not change workshops created from a template earlier', async () => {
    const copy = await duplicateDay();
    const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV' });
    const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: copy.id, title: 'Tag' });
    await tw.call('templates.save', { ...content(copy), id: copy.id, phases: [{ ...copy.phases[0]!, title: 'Neu' }] });
    const again = await tw.call<WorkshopDetail>('workshops.get', { id: workshop.id });
    expect(again.phases.map((p) => p.title)).toEqual(copy.phases.map((p) => p.title));
    await tw.call('templates.delete', { id: copy.id });
    expect((await tw.call<WorkshopDetail>('workshops.get', { id: workshop.id })).phases).toHaveLength(11);
  });

  it('exports to a file that imports back as an equal template, with a new id while the old one exists', async () => {
    const copy = await duplicateDay();
    await tw.call('templates.save', { ...content(copy), id: copy.id, author: 'M. Berger', licence: 'CC BY 4.0' });
    const text = await exportText(copy.id);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'vereinswerkstatt-template', schemaVersion: 1, id: copy.id, author: 'M. Berger', licence: 'CC BY 4.0' });
    const again = await tw.call<TemplateImportResult>('templates.import', { content: text });
    expect(again.newId).toBe(true);
    expect(again.template.id).not.toBe(copy.id);
    expect(content(again.template)).toEqual(content(await tw.call<TemplateDetail>('templates.get', { id: copy.id })));
    await tw.call('templates.delete', { id: copy.id });
    const back = await tw.call<TemplateImportResult>('templates.import', { content: text });
    expect(back).toMatchObject({ newId: false, dropped: [] });
    expect(back.template.id).toBe(copy.id);
    const builtin = await tw.call<TemplateImportResult>('templates.import', { content: await exportText(DAY_WORKSHOP_TEMPLATE_ID) });
    expect(builtin.newId).toBe(true);
    expect(builtin.template.builtIn).toBe(false);
  });

  it('imports a file with unknown fields, dropping and naming them', async () => {
    const file = JSON.parse(await exportText(DAY_WORKSHOP_TEMPLATE_ID)) as { phases: Record<string, unknown>[] } & Record<string, unknown>;
    file.farbe = 'grün';
    file.phases[2]!.dauer = '30 Minuten';
    const result = await tw.call<TemplateImportResult>('templates.import', { content: JSON.stringify(file) });
    expect(result.dropped).toEqual(['farbe', 'phases.2.dauer']);
    expect(result.template.phases[2]).not.toHaveProperty('dauer');
  });

  it('refuses files that are not templates, too new, incomplete or wrong, and writes nothing', async () => {
    const valid = JSON.parse(await exportText(DAY_WORKSHOP_TEMPLATE_ID)) as { phases: Record<string, unknown>[] } & Record<string, unknown>;
    const variant = (change: (f: typeof valid) => void): string => {
      const copy = structuredClone(valid);
      change(copy);
      return JSON.stringify(copy);
    };
    expect((await refused('templates.import', { content: 'kein JSON {' })).messageKey).toBe('errors.templates.notJson');
    expect((await refused('templates.import', { content: '{"name":"Einkaufsliste"}' })).messageKey).toBe('errors.templates.notTemplate');
    expect((await refused('templates.import', { content: '[1,2]' })).messageKey).toBe('errors.templates.notTemplate');
    const tooNew = await refused('templates.import', { content: variant((f) => (f.schemaVersion = 7)) });
    expect(tooNew).toMatchObject({ messageKey: 'errors.templates.tooNew', params: { fileVersion: 7, appVersion: 1 } });
    const missing = await refused('templates.import', { content: variant((f) => delete f.name) });
    expect(missing).toMatchObject({ messageKey: 'errors.templates.invalidFile', params: { field: 'name' } });
    const wrongType = await refused('templates.import', { content: variant((f) => (f.phases[3]!.minutes = 'vierzig')) });
    expect(wrongType.issues?.[0]?.field).toBe('phases.3.minutes');
    expect((await refused('templates.import', { content: variant((f) => (f.phases = [])) })).params).toMatchObject({ detailKey: 'errors.templates.noPhases' });
    expect((await refused('templates.import', { content: variant((f) => (f.phases[1]!.key = f.phases[0]!.key)) })).messageKey).toBe('errors.templates.duplicateKey');
    expect((await refused('templates.import', { content: 'x'.repeat(4_000_001) })).messageKey).toBe('errors.templates.fileTooLarge');
  });

  it('saves a workshop’s adapted agenda as a new template, without its notes', async () => {
    const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV' });
    const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Abend', date: '2026-03-14', coach: 'M. Berger' });
    await tw.call('phases.saveNote', { phaseId: workshop.phases[0]!.id, text: 'Geheime Notiz' });
    const phases = workshop.phases.slice(0, 3).map(({ id, key, title, kind, minutes, purpose, instructions, prompts, materials }) => ({ id, key, title, kind, minutes, purpose, instructions, prompts, materials }));
    await tw.call('workshops.phases.save', { workshopId: workshop.id, phases });
    const template = await tw.call<TemplateDetail>('templates.fromWorkshop', { workshopId: workshop.id, name: 'Abendformat' });
    expect(template).toMatchObject({ name: 'Abendformat', author: 'M. Berger', builtIn: false });
    expect(template.description).toContain('„Abend“ vom 14.03.2026');
    expect(template.phases.map((p) => p.key)).toEqual(['ankommen', 'verein-heute', 'werte']);
    expect(JSON.stringify(template)).not.toContain('Geheime Notiz');
  });
});

describe('a workshop’s own agenda', () => {
  it('is reordered, shortened and extended in one save; kept phases keep their notes; undo brings a removed phase back', async () => {
    const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV' });
    const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag' });
    const [a, b, c] = workshop.phases as [WorkshopDetail['phases'][0], WorkshopDetail['phases'][0], WorkshopDetail['phases'][0]];
    await tw.call('phases.saveNote', { phaseId: b.id, text: 'Notiz B' });
    await tw.call('phases.saveNote', { phaseId: c.id, text: 'Notiz C' });
    const plain = ({ id, key, title, kind, minutes, purpose, instructions, prompts, materials }: typeof a) => ({ id, key, title, kind, minutes, purpose, instructions, prompts, materials });
    const fresh = { key: 'datenschutz', title: 'Datenschutz', kind: 'discussion', minutes: 20, purpose: '', instructions: '', prompts: [], materials: [] };
    const saved = await tw.call<WorkshopDetail>('workshops.phases.save', { workshopId: workshop.id, phases: [plain(b), fresh, plain(a)] });
    expect(saved.phases.map((p) => [p.title, p.position, p.notes])).toEqual([
      [b.title, 0, 'Notiz B'],
      ['Datenschutz', 1, ''],
      [a.title, 2, ''],
    ]);
    const undone = await tw.call<WorkshopDetail>('workshops.phases.save', { workshopId: workshop.id, phases: [...saved.phases.map(plain), { ...plain(c), notes: 'Notiz C' }] });
    expect(undone.phases.at(-1)).toMatchObject({ id: c.id, notes: 'Notiz C' });
    expect((await refused('workshops.phases.save', { workshopId: workshop.id, phases: [] })).messageKey).toBe('errors.templates.noPhases');
    expect((await refused('workshops.phases.save', { workshopId: workshop.id, phases: [plain(a), { ...plain(b), key: a.key }] })).messageKey).toBe('errors.templates.duplicateKey');
    expect((await refused('workshops.phases.save', { workshopId: 'nope', phases: [plain(a)] })).messageKey).toBe('errors.notFound.workshop');
  });
});
