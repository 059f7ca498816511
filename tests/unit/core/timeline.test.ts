import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Card, ClubTimeline, CoachOverview, Measure, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// The club's timeline and the coach's overview (issue 16), on a real SQLite
// file with a fixed clock: a day workshop, a consultation, a follow-up three
// months later and one more planned for the autumn.

let clock = 0;
let tw: TestWorkspace;
let clubId: string;
let day: WorkshopDetail;

const at = (iso: string): void => {
  clock = Date.parse(`${iso}T10:00:00Z`);
};

beforeEach(async () => {
  at('2026-03-14');
  tw = createTestWorkspace({ now: () => new Date((clock += 1000)) });
  clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'TSV Musterstadt' })).id;
  day = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag', date: '2026-03-14' });
});
afterEach(() => tw.cleanup());

const add = (title: string, fields: Record<string, unknown> = {}, workshopId = day.id) => tw.call<Measure>('measures.create', { workshopId, title, ...fields });
const counts = (c: Partial<Record<string, number>>) => ({ open: 0, in_progress: 0, blocked: 0, done: 0, dropped: 0, ...c });

async function chooseTopic(workshop: WorkshopDetail, text: string): Promise<void> {
  const phaseId = workshop.phases.find((p) => p.kind === 'voting')!.id;
  const card = await tw.call<Card>('cards.add', { phaseId, text });
  await tw.call('cards.add', { phaseId, text: 'Mehr Junge gewinnen' });
  await tw.call('votes.start', { phaseId, target: 'cards', dotsPerPerson: 3, participants: 4 });
  await tw.call('votes.choose', { phaseId, targetId: card.id });
}

/** Day workshop (4 measures), a consultation on 1 May, a follow-up on 14 June and one planned for 10 September. */
async function coachingSoFar() {
  await chooseTopic(day, 'Wissen dokumentieren');
  const [a, b, c, d] = [
    await add('Schlüsselliste', { dueDate: '2026-04-01' }),
    await add('Cloud-Ordner', { dueDate: '2026-05-01' }),
    await add('Messenger-Regeln', { dueDate: '2026-04-01' }),
    await add('Übergabemappe', { dueDate: '2026-06-13' }),
  ];
  await tw.call('selfcheck.set', { workshopId: day.id, dimension: 'knowledge', agreed: 2 });
  await tw.call('workshops.update', { id: day.id, followUpDate: '2026-06-14' });
  at('2026-04-20');
  await tw.call('measures.update', { id: d.id, status: 'in_progress' }); // on the club page, no session
  const consultation = await tw.call<WorkshopDetail>('workshops.create', {
    organisationId: clubId, templateId: 'builtin-datenschutz-sprechstunde', title: 'Sprechstunde', date: '2026-05-01',
  });
  at('2026-06-14');
  const follow = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: clubId, followsWorkshopId: day.id, title: 'Folgetermin' });
  // Recorded in the follow-up with an earlier date: it still counts at the follow-up, not at the consultation.
  await tw.call('measures.followUp', { id: a.id, date: '2026-04-25', status: 'done', note: 'Liegt im Büro', sessionId: follow.id });
  await tw.call('measures.followUp', { id: b.id, date: '2026-06-14', status: 'blocked', blockedReason: 'Kein Geld', sessionId: follow.id });
  await tw.call('measures.followUp', { id: c.id, date: '2026-06-14', status: 'dropped', droppedReason: 'Gruppe reicht', sessionId: follow.id });
  const e = await add('Neue Maßnahme', { dueDate: '2026-06-30' }, follow.id);
  await tw.call('selfcheck.set', { workshopId: follow.id, dimension: 'knowledge', agreed: 4 });
  await tw.call('workshops.update', { id: follow.id, followUpDate: '2026-09-10' });
  const autumn = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: clubId, title: 'Herbst' });
  return { consultation, follow, autumn, measures: { a: a, b: b, c: c, d: d, e } };
}

describe('the club’s timeline', () => {
  it('lists every session oldest first with its kind and topic, the one chosen by vote or the one it follows', async () => {
    const { consultation, follow, autumn } = await coachingSoFar();
    const timeline = await tw.call<ClubTimeline>('organisations.timeline', { id: clubId });
    expect(timeline.today).toBe('2026-06-14');
    expect(timeline.sessions.map((s) => [s.workshopId, s.date, s.kind, s.topic, s.topicInherited])).toEqual([
      [day.id, '2026-03-14', 'workshop', 'Wissen dokumentieren', false],
      [consultation.id, '2026-05-01', 'consultation', null, false],
      [follow.id, '2026-06-14', 'followUp', 'Wissen dokumentieren', true],
      [autumn.id, '2026-09-10', 'followUp', 'Wissen dokumentieren', true],
    ]);
    expect(timeline.sessions.map((s) => s.newMeasures)).toEqual([4, 0, 1, 0]);
  });

  it('counts the measures by their status as of each session, from the dated entries; none for a session ahead', async () => {
    await coachingSoFar();
    const timeline = await tw.call<ClubTimeline>('organisations.timeline', { id: clubId });
    expect(timeline.sessions.map((s) => s.counts)).toEqual([
      counts({ open: 4 }),
      // The change on 20 April made on the club page counts by its date; the one recorded in the follow-up does not yet.
      counts({ open: 3, in_progress: 1 }),
      counts({ open: 1, in_progress: 1, blocked: 1, done: 1, dropped: 1 }),
      null,
    ]);
    expect(timeline.countsToday).toEqual(counts({ open: 1, in_progress: 1, blocked: 1, done: 1, dropped: 1 }));
  });

  it('shows the self-check of every session that made one, oldest first', async () => {
    const { follow } = await coachingSoFar();
    const timeline = await tw.call<ClubTimeline>('organisations.timeline', { id: clubId });
    expect(timeline.selfChecks.map((s) => [s.workshopId, s.values.knowledge])).toEqual([
      [day.id, 2],
      [follow.id, 4],
    ]);
  });

  it('refuses an unknown club', async () => {
    const result = await tw.api.invoke('organisations.timeline', { id: 'nobody' });
    expect(result.ok).toBe(false);
  });
});

describe('the coach’s overview', () => {
  it('lists overdue open measures by club, never a dropped or done one, and not one due today', async () => {
    const { measures } = await coachingSoFar();
    await tw.call('measures.update', { id: measures.e.id, dueDate: '2026-06-14' });
    const overview = await tw.call<CoachOverview>('overview.get', {});
    expect(overview.today).toBe('2026-06-14');
    expect(overview.overdue).toHaveLength(1);
    expect(overview.overdue[0]!.organisationName).toBe('TSV Musterstadt');
    // Cloud-Ordner (blocked, due 1 May) and Übergabemappe (in progress, due yesterday); not the done or dropped ones of 1 April.
    expect(overview.overdue[0]!.measures.map((m) => m.title)).toEqual(['Cloud-Ordner', 'Übergabemappe']);
    expect(overview.overdue[0]!.count).toBe(2);
  });

  it('shows follow-ups in the next 4 weeks and agreed dates without a session; not later ones', async () => {
    const { follow } = await coachingSoFar();
    const other = (await tw.call<{ id: string }>('organisations.create', { name: 'Förderverein' })).id;
    const past = await tw.call<WorkshopDetail>('workshops.create', { organisationId: other, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Klausur', date: '2026-05-20' });
    await tw.call('workshops.update', { id: past.id, followUpDate: '2026-07-01' });
    const overview = await tw.call<CoachOverview>('overview.get', {});
    expect(overview.until).toBe('2026-07-12');
    expect(overview.upcoming.map((u) => [u.organisationName, u.date, u.source, u.workshopId])).toEqual([
      ['TSV Musterstadt', '2026-06-14', 'session', follow.id],
      ['Förderverein', '2026-07-01', 'agreed', past.id],
    ]);
  });

  it('names clubs with open measures and no date ahead, not those whose measures are all closed', async () => {
    await coachingSoFar();
    const idle = (await tw.call<{ id: string }>('organisations.create', { name: 'Chor Harmonie' })).id;
    const w = await tw.call<WorkshopDetail>('workshops.create', { organisationId: idle, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag', date: '2026-02-01' });
    await add('Noten digital', {}, w.id);
    const closed = (await tw.call<{ id: string }>('organisations.create', { name: 'Angelverein' })).id;
    const cw = await tw.call<WorkshopDetail>('workshops.create', { organisationId: closed, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag', date: '2026-02-01' });
    const m = await add('Alte Idee', {}, cw.id);
    await tw.call('measures.update', { id: m.id, status: 'dropped', droppedReason: 'Niemand wollte' });
    const overview = await tw.call<CoachOverview>('overview.get', {});
    // TSV Musterstadt has a session today and one in September.
    expect(overview.withoutFollowUp).toEqual([{ organisationId: idle, organisationName: 'Chor Harmonie', openMeasures: 1, lastSessionDate: '2026-02-01' }]);
  });
});
