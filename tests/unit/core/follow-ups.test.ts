import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionPlan, ClubOpenMeasures, Measure, SessionReview, WorkshopDetail } from '../../../src-main/contract';
import { CLOSED_MEASURE_STATUSES, MEASURE_STATUSES, isOpenStatus } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { isOverdue } from '../../../src-main/shared/measure-dates';
import { openDocx, paragraphs } from '../../helpers/docx';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { filterMeasures, NO_FILTER } from '../../../src-renderer/features/actions/measure-filter';

// Coaching over months: a follow-up session reads the club's measures where
// they are. One record across sessions, its history tied to each session.

let clock = Date.UTC(2026, 2, 14, 11);
let tw: TestWorkspace;
let clubId: string;
let day: WorkshopDetail;

beforeEach(async () => {
  clock = Date.UTC(2026, 2, 14, 11);
  tw = createTestWorkspace({ now: () => new Date((clock += 1000)) });
  clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'TSV Musterstadt' })).id;
  day = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag', date: '2026-03-14' });
});
afterEach(() => tw.cleanup());

async function exported(kind: string, input: Record<string, unknown>): Promise<Uint8Array> {
  const result = await exportFile(tw.workspace, kind, input);
  if (!result.ok) throw new Error(result.error.messageKey);
  return result.value.bytes;
}

const add = (title: string, fields: Record<string, unknown> = {}, workshopId = day.id) => tw.call<Measure>('measures.create', { workshopId, title, ...fields });
const threeMonthsLater = (): void => {
  clock = Date.UTC(2026, 5, 14, 11);
};

async function followUp(): Promise<WorkshopDetail> {
  await tw.call('workshops.update', { id: day.id, followUpDate: '2026-06-14' });
  threeMonthsLater();
  return tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: clubId, title: 'Folgetermin' });
}

async function refused(method: string, input: unknown): Promise<string> {
  const before = snapshot(tw.workspace.connection!);
  const result = await tw.api.invoke(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  expect(snapshot(tw.workspace.connection!)).toEqual(before);
  return result.ok ? '' : result.error.messageKey;
}

describe('Folgetermin anlegen', () => {
  it('makes a session from the follow-up template, linked to the club’s latest workshop, on its planned follow-up date', async () => {
    const session = await followUp();
    expect(session.followsWorkshopId).toBe(day.id);
    expect(session.date).toBe('2026-06-14');
    expect(session.templateId).toBe('builtin-folgetermin');
    expect(session.phases.map((p) => p.kind)).toEqual(['review', 'selfcheck', 'cards', 'actions', 'discussion']);
    expect(session.phases.reduce((sum, p) => sum + p.minutes, 0)).toBe(90);
  });

  it('refuses a workshop of another club to follow, and writes nothing', async () => {
    const other = (await tw.call<{ id: string }>('organisations.create', { name: 'Förderverein' })).id;
    expect(await refused('workshops.createFollowUp', { organisationId: other, followsWorkshopId: day.id, title: 'Folgetermin' })).toBe('errors.actions.otherClub');
  });
});

describe('a measure carried into a follow-up', () => {
  it('is recorded with today in a Rückblick prepared before its session’s day: progress is never dated ahead', async () => {
    const m = await add('Schlüsselliste anlegen');
    await tw.call('workshops.update', { id: day.id, followUpDate: '2026-06-14' });
    const session = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: clubId, title: 'Folgetermin' });
    expect(session.date).toBe('2026-06-14');
    const review = await tw.call<SessionReview>('measures.review', { workshopId: session.id });
    expect(review.sessionDate).toBe('2026-03-14');
    expect(await refused('measures.followUp', { id: m.id, date: '2026-06-14', status: 'done', sessionId: session.id })).toBe('errors.actions.progressInFuture');
    const saved = await tw.call<Measure>('measures.followUp', { id: m.id, date: review.sessionDate, status: 'done', sessionId: session.id });
    expect(saved.history.at(-1)).toMatchObject({ date: '2026-03-14', status: 'done' });
  });

  it('is the same record, and its history shows the entries of both sessions', async () => {
    const m = await add('Schlüsselliste anlegen', { owner: 'Jörg', dueDate: '2026-04-15' });
    await tw.call('measures.followUp', { id: m.id, date: '2026-03-14', status: 'in_progress', note: 'Am Workshoptag begonnen', sessionId: day.id });
    const session = await followUp();
    const review = await tw.call<SessionReview>('measures.review', { workshopId: session.id });
    expect(review.measures.map((r) => r.id)).toEqual([m.id]);
    expect(review.sessionDate).toBe('2026-06-14');
    await tw.call('measures.followUp', { id: m.id, date: review.sessionDate, status: 'done', note: 'Liste hängt im Vereinsheim', sessionId: session.id });

    const after = await tw.call<SessionReview>('measures.review', { workshopId: session.id });
    // Closed in this session: it stays in view here, with what was recorded.
    expect(after.measures[0]).toMatchObject({ id: m.id, status: 'done', sessionUpdate: { note: 'Liste hängt im Vereinsheim', workshopId: session.id } });
    const plan = await tw.call<ActionPlan>('measures.list', { workshopId: day.id });
    expect(plan.measures).toHaveLength(1);
    expect(plan.measures[0]!.history.map((h) => [h.date, h.status, h.workshopId])).toEqual([
      ['2026-03-14', 'in_progress', day.id],
      ['2026-06-14', 'done', session.id],
    ]);
    expect(plan.measures[0]!.sessions.map((s) => s.title)).toEqual(['Tag', 'Folgetermin']);
    // Nothing was copied into the follow-up.
    expect((await tw.call<ActionPlan>('measures.list', { workshopId: session.id })).measures).toEqual([]);
  });

  it('moves its date, and a dropped one needs a reason (without one nothing is written)', async () => {
    const m = await add('Pat:innen-Modell', { dueDate: '2026-05-31' });
    const session = await followUp();
    expect(await refused('measures.followUp', { id: m.id, date: '2026-06-14', status: 'dropped', note: '', sessionId: session.id })).toBe('errors.actions.droppedReasonMissing');
    await tw.call('measures.followUp', { id: m.id, date: '2026-06-14', status: 'open', dueDate: '2026-09-30', sessionId: session.id });
    await tw.call('measures.followUp', { id: m.id, date: '2026-06-14', status: 'dropped', droppedReason: 'Der Landessportbund bietet das an', sessionId: session.id });
    const stored = (await tw.call<ActionPlan>('measures.list', { workshopId: day.id })).measures[0]!;
    expect(stored).toMatchObject({ status: 'dropped', droppedReason: 'Der Landessportbund bietet das an', dueDate: '2026-09-30', overdue: false });
  });
});

describe('"verworfen" counts as closed everywhere', () => {
  it('in the shared predicate, overdue, the filters, the club page and the calendar', async () => {
    expect(CLOSED_MEASURE_STATUSES).toEqual(['done', 'dropped']);
    expect(MEASURE_STATUSES.filter(isOpenStatus)).toEqual(['open', 'in_progress', 'blocked']);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'dropped' }, '2026-06-14')).toBe(false);

    const kept = await add('Bleibt offen', { dueDate: '2026-04-01' });
    const dropped = await add('Wird verworfen', { dueDate: '2026-04-01' });
    clock = Date.UTC(2026, 2, 20, 11);
    await tw.call('measures.followUp', { id: dropped.id, date: '2026-03-20', status: 'dropped', droppedReason: 'Doppelt' });
    const plan = await tw.call<ActionPlan>('measures.list', { workshopId: day.id });
    expect(filterMeasures(plan.measures, { ...NO_FILTER, status: 'notDone' }, plan.today).map((m) => m.id)).toEqual([kept.id]);
    expect(filterMeasures(plan.measures, { ...NO_FILTER, due: 'soon' }, '2026-03-20').map((m) => m.id)).toEqual([kept.id]);
    const open = await tw.call<ClubOpenMeasures>('measures.open', { organisationId: clubId });
    expect(open.measures.map((m) => m.id)).toEqual([kept.id]);
    const ics = new TextDecoder().decode(await exported('measures.ics', { workshopId: day.id }));
    expect(ics).toContain('Bleibt offen');
    expect(ics).not.toContain('Wird verworfen');
    const session = await followUp();
    const review = await tw.call<SessionReview>('measures.review', { workshopId: session.id });
    expect(review.measures.map((m) => m.id)).toEqual([kept.id]);
  });
});

describe('the follow-up’s report', () => {
  it('lists the same open measures as the club page, from all workshops', async () => {
    await add('Checkliste', { owner: 'Anna', dueDate: '2026-04-30' });
    const done = await add('Formular');
    const dropped = await add('Messenger');
    await add('Blockiert', { status: 'blocked', blockedReason: 'Wartet' });
    clock = Date.UTC(2026, 3, 1, 11);
    await tw.call('measures.followUp', { id: done.id, date: '2026-04-01', status: 'done' });
    await tw.call('measures.followUp', { id: dropped.id, date: '2026-04-01', status: 'dropped', droppedReason: 'Nicht nötig' });
    const session = await followUp();
    await add('Neu im Folgetermin', { owner: 'Ben', dueDate: '2026-07-31' }, session.id);

    const open = await tw.call<ClubOpenMeasures>('measures.open', { organisationId: clubId });
    const xml = openDocx(await exported('report.docx', { workshopId: session.id, sections: ['nextSteps'] })).document;
    const texts = paragraphs(xml).map((p) => p.text);
    // The last one: the contents at the front name the heading too.
    const from = texts.lastIndexOf('Offene Maßnahmen');
    const listed = texts.slice(from + 1).filter((line) => line !== '');
    expect(listed.map((line) => line.split(' – ')[0]).sort()).toEqual(open.measures.map((m) => m.title).sort());
    expect(open.measures.map((m) => m.title).sort()).toEqual(['Blockiert', 'Checkliste', 'Neu im Folgetermin']);
  });
});
