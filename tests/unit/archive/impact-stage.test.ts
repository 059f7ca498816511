import { afterEach, describe, expect, it } from 'vitest';
import { type ActionPlan, type Measure, type WorkshopDetail, measureRecord } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportClub, importBytes } from './helpers';

// The stage of the Wirkungstreppe a measure aims at: set and cleared through
// the API, refused when unknown, carried in the workshop file, and absent
// (null) in files from before it existed.

const workspaces: TestWorkspace[] = [];
afterEach(() => workspaces.splice(0).forEach((tw) => tw.cleanup()));

async function club(tw: TestWorkspace): Promise<{ clubId: string; day: WorkshopDetail }> {
  const clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'Tafel Musterstadt e.V.' })).id;
  const day = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag', date: '2026-03-14' });
  return { clubId, day };
}

describe('the impact stage of a measure', () => {
  it('is set, changed and cleared; an unknown stage is refused and nothing written', async () => {
    const tw = createTestWorkspace();
    workspaces.push(tw);
    const { day } = await club(tw);
    const made = await tw.call<Measure>('measures.create', { workshopId: day.id, title: 'Fahrplan teilen', impactStage: 'output' });
    expect(made.impactStage).toBe('output');
    expect((await tw.call<Measure>('measures.create', { workshopId: day.id, title: 'Ohne Stufe' })).impactStage).toBeNull();
    expect((await tw.call<Measure>('measures.update', { id: made.id, impactStage: 'impact' })).impactStage).toBe('impact');
    const before = snapshot(tw.workspace.connection!);
    const refused = await tw.api.invoke('measures.update', { id: made.id, impactStage: 'wirkung' });
    expect(refused.ok).toBe(false);
    expect(snapshot(tw.workspace.connection!)).toEqual(before);
    expect((await tw.call<Measure>('measures.update', { id: made.id, impactStage: null })).impactStage).toBeNull();
  });

  it('goes with the club in the workshop file, and a file from before it existed reads as none', async () => {
    const source = createTestWorkspace();
    const target = createTestWorkspace();
    workspaces.push(source, target);
    const { clubId, day } = await club(source);
    await source.call('measures.create', { workshopId: day.id, title: 'Pat:innen für Neue', impactStage: 'outcome' });
    await source.call('measures.create', { workshopId: day.id, title: 'Ohne Stufe' });
    const report = importBytes(target, await exportClub(source, clubId));
    const plan = await target.call<ActionPlan>('measures.list', { workshopId: report.workshops[0]!.id });
    expect(plan.measures.map((m) => [m.title, m.impactStage])).toEqual([
      ['Pat:innen für Neue', 'outcome'],
      ['Ohne Stufe', null],
    ]);
    // A measure as files from before the Wirkungstreppe carry it: no impactStage at all.
    const record = { id: 'm1', workshopId: 'w1', title: 'Alt', description: '', goal: '', owner: '', helpers: '', firstStep: '', startDate: null, dueDate: null };
    const rest = { priority: 'medium', effort: null, status: 'open', blockedReason: '', originKind: null, originId: null, originLabel: '', createdAt: 'x', updatedAt: 'x' };
    expect(measureRecord.parse({ ...record, ...rest }).impactStage).toBeNull();
  });
});
