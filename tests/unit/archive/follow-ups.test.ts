import { afterEach, describe, expect, it } from 'vitest';
import type { ActionPlan, Measure, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportClub, exportWorkshop, importBytes } from './helpers';

// A club's coaching over months in a workshop file: the follow-up keeps its
// link to the workshop it follows, progress keeps its session, a dropped
// measure keeps its reason. Links to workshops not in the file are cut.

const workspaces: TestWorkspace[] = [];
afterEach(() => workspaces.splice(0).forEach((tw) => tw.cleanup()));

async function coachedClub(tw: TestWorkspace) {
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'Tafel Musterstadt e.V.' });
  const day = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag', date: '2026-03-14' });
  const kept = await tw.call<Measure>('measures.create', { workshopId: day.id, title: 'Fahrplan teilen' });
  const dropped = await tw.call<Measure>('measures.create', { workshopId: day.id, title: 'Quittungen digital' });
  const session = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: club.id, title: 'Folgetermin' });
  await tw.call('measures.followUp', { id: kept.id, date: '2026-06-14', status: 'in_progress', note: 'Halb fertig', sessionId: session.id });
  await tw.call('measures.followUp', { id: dropped.id, date: '2026-06-14', status: 'dropped', droppedReason: 'Macht der Dachverband', sessionId: session.id });
  return { clubId: club.id, day, session };
}

const workshopByTitle = (tw: TestWorkspace, ids: { id: string; title: string }[], title: string) =>
  tw.call<WorkshopDetail>('workshops.get', { id: ids.find((w) => w.title === title)!.id });

describe('follow-ups in the workshop file', () => {
  it('a whole club: the link between the sessions, progress tied to its session and the reason for dropping survive', async () => {
    const source = createTestWorkspace();
    const target = createTestWorkspace();
    workspaces.push(source, target);
    const { clubId } = await coachedClub(source);
    const report = importBytes(target, await exportClub(source, clubId));
    expect(report.droppedCount).toBe(0);
    const day = await workshopByTitle(target, report.workshops, 'Tag');
    const session = await workshopByTitle(target, report.workshops, 'Folgetermin');
    expect(session.followsWorkshopId).toBe(day.id);
    const plan = await target.call<ActionPlan>('measures.list', { workshopId: day.id });
    const byTitle = new Map(plan.measures.map((m) => [m.title, m]));
    expect(byTitle.get('Quittungen digital')).toMatchObject({ status: 'dropped', droppedReason: 'Macht der Dachverband' });
    expect(byTitle.get('Fahrplan teilen')!.history.map((h) => [h.note, h.workshopId])).toEqual([['Halb fertig', session.id]]);
  });

  it('the day workshop alone: its measures come along, the links to the session that is not in the file are cut', async () => {
    const source = createTestWorkspace();
    const target = createTestWorkspace();
    workspaces.push(source, target);
    const { day } = await coachedClub(source);
    const report = importBytes(target, await exportWorkshop(source, day.id));
    const plan = await target.call<ActionPlan>('measures.list', { workshopId: report.workshops[0]!.id });
    expect(plan.measures.flatMap((m) => m.history.map((h) => h.workshopId))).toEqual([null, null]);
    expect(plan.measures.find((m) => m.title === 'Quittungen digital')).toMatchObject({ status: 'dropped', droppedReason: 'Macht der Dachverband' });
  });
});
