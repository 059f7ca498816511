import { afterEach, describe, expect, it } from 'vitest';
import { type Workshop, type WorkshopDetail, workshopRecord } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportClub, importBytes } from './helpers';

// A workshop's language goes with it in the workshop file, and a file from
// before workshops had one reads as German (every workshop was then).

const workspaces: TestWorkspace[] = [];
afterEach(() => workspaces.splice(0).forEach((tw) => tw.cleanup()));

describe('the language of a workshop in the workshop file', () => {
  it('travels with it: an English and a German workshop come back as they were', async () => {
    const source = createTestWorkspace();
    const target = createTestWorkspace();
    workspaces.push(source, target);
    const clubId = (await source.call<{ id: string }>('organisations.create', { name: 'Tafel Musterstadt e.V.' })).id;
    const make = (title: string, language: 'de' | 'en') =>
      source.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title, language });
    await make('English day', 'en');
    await make('Deutscher Tag', 'de');
    // The target's UI is English: imported workshops keep their own language, not the UI's.
    await target.call('settings.update', { language: 'en' });
    const report = importBytes(target, await exportClub(source, clubId));
    const imported = await Promise.all(report.workshops.map((w) => target.call<WorkshopDetail>('workshops.get', { id: w.id })));
    expect(imported.map((w) => [w.title, w.language, w.phases[0]!.title]).sort()).toEqual([
      ['Deutscher Tag', 'de', 'Ankommen & Erwartungen'],
      ['English day', 'en', 'Arrival & expectations'],
    ]);
    const listed = await target.call<Workshop[]>('workshops.list', {});
    expect(listed.map((w) => w.language).sort()).toEqual(['de', 'en']);
  });

  it('reads as German from a file made before workshops had a language', () => {
    const old = {
      id: 'w1', organisationId: 'o1', title: 'Alt', date: null, place: '', coach: '', status: 'done', participantCount: null, followUpDate: null,
      participantNames: '', participantsConsent: false, templateId: 'builtin-vereint-veraenderungen-angehen', templateName: 'Verein(t) Veränderungen angehen',
      templateVersion: 1, createdAt: 'x', updatedAt: 'x',
    };
    expect(workshopRecord.parse(old).language).toBe('de');
    expect(workshopRecord.safeParse({ ...old, language: 'fr' }).success).toBe(false);
  });
});
