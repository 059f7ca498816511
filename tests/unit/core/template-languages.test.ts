import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Organisation, TemplateDetail, TemplateFile, TemplateSummary, WorkshopDetail } from '../../../src-main/contract';
import { BUILTIN_TEMPLATE_SOURCES, DAY_WORKSHOP_TEMPLATE_ID, builtinTemplates } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// Every built-in template ships in German and English with the same agenda:
// a workshop made in either language has the same phases, kinds and minutes,
// only the words differ.

const enDir = join(import.meta.dirname, '../../../resources/templates/en');

/** The agenda without its words: what must be equal in both languages. */
const shape = (t: TemplateFile) => ({
  id: t.id,
  version: t.version,
  author: t.author,
  licence: t.licence,
  phases: t.phases.map((p) => ({
    key: p.key,
    kind: p.kind,
    minutes: p.minutes,
    prompts: p.prompts.length,
    materials: p.materials.length,
    items: p.items?.map((i) => i.key) ?? null,
    notice: p.notice !== undefined,
  })),
});

/** Every text a coach or the room reads, with where it sits. */
function texts(t: TemplateFile): [string, string][] {
  const out: [string, string][] = [['name', t.name], ['description', t.description]];
  for (const p of t.phases) {
    out.push([`${p.key}.title`, p.title], [`${p.key}.purpose`, p.purpose], [`${p.key}.instructions`, p.instructions]);
    p.prompts.forEach((text, i) => out.push([`${p.key}.prompts.${i}`, text]));
    p.materials.forEach((text, i) => out.push([`${p.key}.materials.${i}`, text]));
    for (const item of p.items ?? []) out.push([`${p.key}.items.${item.key}.title`, item.title], [`${p.key}.items.${item.key}.explanation`, item.explanation]);
    if (p.notice !== undefined) out.push([`${p.key}.notice`, p.notice]);
  }
  return out;
}

describe('built-in templates in German and English', () => {
  const de = builtinTemplates('de');
  const en = builtinTemplates('en');

  it('ship every template in both languages, and every English file is registered', () => {
    expect(Object.keys(BUILTIN_TEMPLATE_SOURCES.en)).toEqual(Object.keys(BUILTIN_TEMPLATE_SOURCES.de));
    expect(readdirSync(enDir).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(BUILTIN_TEMPLATE_SOURCES.en).sort());
    expect(de.map((t) => t.language)).toEqual(de.map(() => 'de'));
    expect(en.map((t) => t.language)).toEqual(en.map(() => 'en'));
  });

  it.each(de.map((t, i) => [t.id, t, en[i]!] as const))('%s has the same agenda in both languages', (_id, german, english) => {
    expect(shape(english)).toEqual(shape(german));
  });

  it.each(de.map((t, i) => [t.id, t, en[i]!] as const))('%s has every text in English, none left empty or German', (_id, german, english) => {
    const germanTexts = new Map(texts(german));
    for (const [where, text] of texts(english)) {
      // Empty only where the German is empty (a pause's purpose is never empty, but a field may be).
      if (germanTexts.get(where) !== '') expect(text.trim(), where).not.toBe('');
      expect(text, where).not.toBe(germanTexts.get(where));
      expect(text, where).not.toMatch(/[äöüÄÖÜß„]/);
    }
  });
});

describe('a new workshop speaks its language', () => {
  let tw: TestWorkspace;
  let club: Organisation;
  beforeEach(async () => {
    tw = createTestWorkspace();
    club = await tw.call<Organisation>('organisations.create', { name: 'TSV Musterstadt 1908 e.V.' });
  });
  afterEach(() => tw.cleanup());

  const create = (extra: Record<string, unknown> = {}) =>
    tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Day', ...extra });

  it('is made in the UI language and keeps it when the UI changes', async () => {
    await tw.call('settings.update', { language: 'en' });
    const english = await create();
    expect(english.language).toBe('en');
    expect(english.templateName).toBe('Taking on change together');
    expect(english.phases.map((p) => p.title)).toEqual(builtinTemplates('en')[0]!.phases.map((p) => p.title));
    expect(english.phases[0]!.prompts[0]).toBe('What do you hope to get out of today?');
    await tw.call('settings.update', { language: 'de' });
    const later = await tw.call<WorkshopDetail>('workshops.get', { id: english.id });
    expect(later.language).toBe('en');
    expect(later.phases[0]!.title).toBe('Arrival & expectations');
  });

  it('is made in the language the coach picks, whatever the UI says', async () => {
    await tw.call('settings.update', { language: 'en' });
    const german = await create({ language: 'de' });
    expect(german).toMatchObject({ language: 'de', templateName: 'Verein(t) Veränderungen angehen' });
    expect(german.phases[0]!.title).toBe('Ankommen & Erwartungen');
  });

  it('follow-up sessions keep the language of the workshop they follow', async () => {
    const english = await create({ language: 'en' });
    const followUp = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: club.id, followsWorkshopId: english.id, title: 'Later' });
    expect(followUp.language).toBe('en');
    expect(followUp.phases[0]!.title).toBe('Review: what became of our measures?');
  });

  it('from an own template takes that template\'s one language, whatever is asked', async () => {
    await tw.call('settings.update', { language: 'en' });
    const own = await tw.call<TemplateDetail>('templates.create', { name: 'Evening format' });
    expect(own.language).toBe('en');
    expect((await tw.call<TemplateSummary[]>('templates.list', {})).find((t) => t.id === own.id)?.language).toBe('en');
    await tw.call('settings.update', { language: 'de' });
    const made = await create({ templateId: own.id, language: 'de' });
    expect(made.language).toBe('en');
    expect(made.phases[0]!.title).toBe(own.phases[0]!.title);
  });

  it('"Als Vorlage speichern" keeps the workshop language', async () => {
    const english = await create({ language: 'en' });
    const saved = await tw.call<TemplateDetail>('templates.fromWorkshop', { workshopId: english.id, name: 'Mine' });
    expect(saved.language).toBe('en');
  });

  it('the library shows built-in names and details in the UI language', async () => {
    const german = await tw.call<TemplateSummary[]>('templates.list', {});
    expect(german[0]!.name).toBe('Verein(t) Veränderungen angehen');
    await tw.call('settings.update', { language: 'en' });
    const english = await tw.call<TemplateSummary[]>('templates.list', {});
    expect(english.filter((t) => t.builtIn).map((t) => t.name)).toEqual(builtinTemplates('en').map((t) => t.name));
    const detail = await tw.call<TemplateDetail>('templates.get', { id: DAY_WORKSHOP_TEMPLATE_ID });
    expect(detail).toMatchObject({ language: 'en', name: 'Taking on change together' });
  });
});
