import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Organisation, Workshop, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, Workspace, builtinTemplates, createApi } from '../../../src-main/core';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
let club: Organisation;
let clock = new Date('2026-03-14T09:00:00.000Z');
beforeEach(async () => {
  clock = new Date('2026-03-14T09:00:00.000Z');
  tw = createTestWorkspace({ now: () => clock });
  club = await tw.call<Organisation>('organisations.create', { name: 'TSV Musterstadt 1908 e.V.' });
});
afterEach(() => tw.cleanup());

const tick = () => {
  clock = new Date(clock.getTime() + 60_000);
};

const create = (extra: Record<string, unknown> = {}) =>
  tw.call<WorkshopDetail>('workshops.create', {
    organisationId: club.id,
    templateId: DAY_WORKSHOP_TEMPLATE_ID,
    title: 'Verein(t) Veränderungen angehen',
    ...extra,
  });

describe('workshops', () => {
  it('start with a copy of the template phases, in order', async () => {
    const w = await create({ date: '2026-03-14', place: 'Vereinsheim', participantCount: 11 });
    expect(w).toMatchObject({ status: 'planned', date: '2026-03-14', organisationName: club.name });
    expect(w.phases.map((p) => p.title)).toEqual(builtinTemplates()[0]!.phases.map((p) => p.title));
    expect(w.phases.map((p) => p.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(w.phases[5]).toMatchObject({ title: 'Wer ist beteiligt?', kind: 'stakeholders', notes: '' });
    expect(w.phases.filter((p) => p.kind === 'pause').map((p) => [p.title, p.minutes])).toEqual([['Kaffeepause', 15], ['Mittagspause', 45]]);
  });

  it('keep their phases when the template changes later', async () => {
    const w = await create();
    const template = builtinTemplates()[0]!;
    const original = template.phases[0]!.title;
    template.phases[0]!.title = 'Geänderte Vorlage';
    try {
      const again = await tw.call<WorkshopDetail>('workshops.get', { id: w.id });
      expect(again.phases[0]!.title).toBe(original);
    } finally {
      template.phases[0]!.title = original;
    }
  });

  it('are listed most recently touched first, per club or all', async () => {
    const first = await create({ title: 'Erster' });
    tick();
    await create({ title: 'Zweiter' });
    tick();
    await tw.call('phases.saveNote', { phaseId: first.phases[0]!.id, text: 'neu' });
    const all = await tw.call<Workshop[]>('workshops.list', {});
    expect(all.map((w) => w.title)).toEqual(['Erster', 'Zweiter']);
    const limited = await tw.call<Workshop[]>('workshops.list', { limit: 1 });
    expect(limited).toHaveLength(1);
    const other = await tw.call<Organisation>('organisations.create', { name: 'Anderer Verein' });
    expect(await tw.call<Workshop[]>('workshops.list', { organisationId: other.id })).toEqual([]);
  });

  it('are updated field by field and deleted with their phases', async () => {
    const w = await create();
    const updated = await tw.call<Workshop>('workshops.update', { id: w.id, status: 'running', coach: 'M. Berger' });
    expect(updated).toMatchObject({ status: 'running', coach: 'M. Berger', title: w.title });
    await tw.call('workshops.delete', { id: w.id });
    expect(tw.workspace.connection!.prepare('SELECT COUNT(*) AS n FROM workshop_phases').get()).toEqual({ n: 0 });
  });

  it('update the club summary', async () => {
    await create({ date: '2026-03-14' });
    await create({ date: '2025-11-02' });
    const [summary] = await tw.call<{ workshopCount: number; lastWorkshopDate: string }[]>('organisations.list');
    expect(summary).toMatchObject({ workshopCount: 2, lastWorkshopDate: '2026-03-14' });
  });
});

describe('phase notes', () => {
  it('are saved with a time stamp and survive closing and reopening the database', async () => {
    const w = await create();
    const phase = w.phases[5]!;
    const saved = await tw.call<{ updatedAt: string }>('phases.saveNote', {
      phaseId: phase.id,
      text: 'Geschäftsstelle früh einbinden – „Mehrarbeit“ ernst nehmen 😊 <b>&</b>',
    });
    expect(saved.updatedAt).toBe(clock.toISOString());
    tw.workspace.close();

    const reopened = new Workspace({ dataDir: tw.dir, appVersion: 'test' });
    reopened.open();
    const result = await createApi(reopened).invoke('workshops.get', { id: w.id });
    expect(result.ok && (result.value as WorkshopDetail).phases[5]!.notes).toBe(
      'Geschäftsstelle früh einbinden – „Mehrarbeit“ ernst nehmen 😊 <b>&</b>',
    );
    reopened.close();
  });
});

describe('bad input for workshops writes nothing', () => {
  const cases: [string, string, (ids: { club: string; phase: string }) => unknown, string][] = [
    ['missing title', 'workshops.create', (ids) => ({ organisationId: ids.club, templateId: DAY_WORKSHOP_TEMPLATE_ID }), 'errors.validation.required'],
    ['unknown club', 'workshops.create', () => ({ organisationId: 'nope', templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'T' }), 'errors.notFound.organisation'],
    ['unknown template', 'workshops.create', (ids) => ({ organisationId: ids.club, templateId: 'nope', title: 'T' }), 'errors.notFound.template'],
    ['impossible date', 'workshops.create', (ids) => ({ organisationId: ids.club, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'T', date: '2026-02-30' }), 'errors.validation.date'],
    ['German date', 'workshops.update', () => ({ id: 'x', date: '14.03.2026' }), 'errors.validation.date'],
    ['unknown status', 'workshops.update', () => ({ id: 'x', status: 'maybe' }), 'errors.validation.invalidChoice'],
    ['unknown workshop', 'workshops.update', () => ({ id: 'nope', title: 'T' }), 'errors.notFound.workshop'],
    ['note for unknown phase', 'phases.saveNote', () => ({ phaseId: 'nope', text: 'x' }), 'errors.notFound.phase'],
    ['10 MB note', 'phases.saveNote', (ids) => ({ phaseId: ids.phase, text: 'ä'.repeat(10 * 1024 * 1024) }), 'errors.validation.tooLong'],
    ['note as number', 'phases.saveNote', (ids) => ({ phaseId: ids.phase, text: 5 }), 'errors.validation.wrongType'],
  ];

  it.each(cases)('%s', async (_label, method, input, messageKey) => {
    const w = await create();
    const before = snapshot(tw.workspace.connection!);
    const result = await tw.api.invoke(method, input({ club: club.id, phase: w.phases[0]!.id }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe(messageKey);
    expect(snapshot(tw.workspace.connection!)).toEqual(before);
  });
});
