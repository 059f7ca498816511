import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Card, CardBoard, CardSnapshot, Cluster, LiveState, SelfCheck, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let clock = Date.UTC(2026, 2, 14, 9);
let tw: TestWorkspace;
let clubId: string;
let workshop: WorkshopDetail;
const phase = (key: string) => workshop.phases.find((p) => p.key === key)!;

beforeEach(async () => {
  clock = Date.UTC(2026, 2, 14, 9);
  tw = createTestWorkspace({ now: () => new Date(clock) });
  clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'TSV' })).id;
  workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag', date: '2026-03-14' });
});
afterEach(() => tw.cleanup());

async function refused(method: string, input: unknown): Promise<string> {
  const before = snapshot(tw.workspace.connection!);
  const result = await tw.api.invoke(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  expect(snapshot(tw.workspace.connection!)).toEqual(before);
  return result.ok ? '' : result.error.messageKey;
}

const minutes = (n: number) => n * 60_000;

describe('timers and the phase on the projector', () => {
  it('count while running, keep what they counted when paused, grow by +5, and reset', async () => {
    const first = phase('ankommen').id;
    let live = await tw.call<LiveState>('timer.start', { phaseId: first });
    expect(live).toMatchObject({ livePhaseId: first, serverNow: '2026-03-14T09:00:00.000Z' });
    expect(live.timers).toEqual([{ phaseId: first, state: 'running', elapsedMs: 0, startedAt: '2026-03-14T09:00:00.000Z', extraMinutes: 0 }]);
    clock += minutes(12);
    live = await tw.call<LiveState>('timer.pause', { phaseId: first });
    expect(live.timers[0]).toMatchObject({ state: 'paused', elapsedMs: minutes(12), startedAt: null });
    clock += minutes(30);
    live = await tw.call<LiveState>('timer.extend', { phaseId: first });
    expect(live.timers[0]).toMatchObject({ state: 'paused', elapsedMs: minutes(12), extraMinutes: 5 });
    await tw.call('timer.start', { phaseId: first });
    clock += minutes(3);
    // Starting the next phase pauses the first and puts the second on the projector.
    live = await tw.call<LiveState>('timer.start', { phaseId: phase('verein-heute').id });
    expect(live.livePhaseId).toBe(phase('verein-heute').id);
    expect(live.timers.find((t) => t.phaseId === first)).toMatchObject({ state: 'paused', elapsedMs: minutes(15) });
    live = await tw.call<LiveState>('timer.reset', { phaseId: first });
    expect(live.timers.find((t) => t.phaseId === first)).toMatchObject({ state: 'idle', elapsedMs: 0, extraMinutes: 0 });
    expect(tw.events.at(-1)).toEqual({ name: 'live.changed', payload: { workshopId: workshop.id } });
  });

  it('stop when the workshop ends: every running timer keeps what it counted', async () => {
    const first = phase('ankommen').id;
    await tw.call('workshops.update', { id: workshop.id, status: 'running' });
    await tw.call<LiveState>('timer.start', { phaseId: first });
    clock += minutes(7);
    await tw.call('workshops.update', { id: workshop.id, status: 'done' });
    clock += minutes(30);
    const live = await tw.call<LiveState>('live.get', { workshopId: workshop.id });
    expect(live.timers).toEqual([expect.objectContaining({ phaseId: first, state: 'paused', elapsedMs: minutes(7), startedAt: null })]);
    expect(tw.events.some((e) => e.name === 'live.changed')).toBe(true);
  });

  it('keep running across a restart of the app', async () => {
    await tw.call('timer.start', { phaseId: phase('werte').id });
    tw.workspace.close();
    clock += minutes(7);
    tw.workspace.open();
    const live = await tw.call<LiveState>('live.get', { workshopId: workshop.id });
    expect(live.timers[0]).toMatchObject({ state: 'running', startedAt: '2026-03-14T09:00:00.000Z' });
    expect(Date.parse(live.serverNow) - Date.parse(live.timers[0]!.startedAt!)).toBe(minutes(7));
  });

  it('show a phase of this workshop only', async () => {
    const other = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Anderer' });
    expect((await tw.call<LiveState>('live.show', { workshopId: workshop.id, phaseId: phase('werte').id })).livePhaseId).toBe(phase('werte').id);
    expect(await refused('live.show', { workshopId: workshop.id, phaseId: other.phases[0]!.id })).toBe('errors.live.otherWorkshop');
    expect(await refused('timer.start', { phaseId: 'nope' })).toBe('errors.notFound.phase');
    expect(await refused('timer.extend', { phaseId: phase('werte').id, minutes: 0 })).toBe('errors.validation.tooSmall');
  });

  it('keep how the projector shows the phase: the coach’s view, blank, the revealed vote; another phase starts on its first page', async () => {
    const id = workshop.id;
    await tw.call('live.show', { workshopId: id, phaseId: phase('thema-waehlen').id });
    const set = await tw.call<LiveState>('live.present', { workshopId: id, blank: true, revealVote: true, page: 2, stakeholderView: 'onion' });
    expect(set.presentation).toMatchObject({ blank: true, revealVote: true, page: 2, stakeholderView: 'onion', hideTimer: false });
    expect(tw.events.at(-1)).toEqual({ name: 'live.changed', payload: { workshopId: id } });
    expect((await tw.call<LiveState>('live.get', { workshopId: id })).presentation.page).toBe(2);
    const next = await tw.call<LiveState>('live.show', { workshopId: id, phaseId: phase('werte').id });
    expect(next.presentation).toMatchObject({ blank: true, revealVote: false, page: 0, stakeholderView: 'onion' });
    // Nothing changed: no event.
    const events = tw.events.length;
    await tw.call('live.present', { workshopId: id, blank: true });
    expect(tw.events.length).toBe(events);
    expect(await refused('live.present', { workshopId: id, zoom: 'huge' })).toMatch(/^errors\.validation/);
    expect(await refused('live.present', { workshopId: 'nope', blank: false })).toBe('errors.notFound.workshop');
  });

  it('keep the pages the projector reported: the coach’s page stops at the last, another view or phase forgets them', async () => {
    const id = workshop.id;
    await tw.call('live.show', { workshopId: id, phaseId: phase('werte').id });
    expect((await tw.call<LiveState>('live.get', { workshopId: id })).presentation.pages).toBeNull();
    let state = await tw.call<LiveState>('live.present', { workshopId: id, pages: 3 });
    expect(state.presentation).toMatchObject({ pages: 3, page: 0 });
    state = await tw.call<LiveState>('live.present', { workshopId: id, page: 7 });
    expect(state.presentation).toMatchObject({ pages: 3, page: 2 });
    // The window grew: fewer pages, and the page the room sees is still one of them.
    state = await tw.call<LiveState>('live.present', { workshopId: id, pages: 2 });
    expect(state.presentation).toMatchObject({ pages: 2, page: 1 });
    state = await tw.call<LiveState>('live.present', { workshopId: id, actionView: 'board' });
    expect(state.presentation).toMatchObject({ pages: null, page: 0 });
    await tw.call('live.present', { workshopId: id, pages: 4 });
    state = await tw.call<LiveState>('live.show', { workshopId: id, phaseId: phase('thema-waehlen').id });
    expect(state.presentation.pages).toBeNull();
    expect(await refused('live.present', { workshopId: id, pages: 0 })).toMatch(/^errors\.validation/);
  });
});

describe('cards and clusters', () => {
  it('are added, changed, grouped, deleted and put back', async () => {
    const phaseId = phase('werte').id;
    const add = (text: string) => tw.call<Card>('cards.add', { phaseId, text });
    const a = await add('  Gemeinschaft ');
    const b = await add('Verlässlichkeit');
    const c = await add('Teilhabe für alle Altersgruppen');
    expect(a).toMatchObject({ text: 'Gemeinschaft', color: 'yellow', author: '', clusterId: null, votes: 0 });
    expect(await refused('cards.add', { phaseId, text: '   ' })).toBe('errors.cards.empty');
    await tw.call('cards.update', { id: b.id, color: 'blue', author: 'Jugendwart:in' });
    const cluster = await tw.call<Cluster>('clusters.add', { phaseId, name: 'Miteinander', cardIds: [a.id, c.id] });
    let board = await tw.call<CardBoard>('cards.board', { phaseId });
    expect(board.cards.map((x) => [x.text, x.clusterId])).toEqual([
      ['Verlässlichkeit', null],
      ['Gemeinschaft', cluster.id],
      ['Teilhabe für alle Altersgruppen', cluster.id],
    ]);
    const removed = await tw.call<CardSnapshot>('clusters.delete', { id: cluster.id });
    board = await tw.call<CardBoard>('cards.board', { phaseId });
    expect(board.clusters).toEqual([]);
    expect(board.cards.every((x) => x.clusterId === null)).toBe(true);
    await tw.call('cards.restore', removed);
    board = await tw.call<CardBoard>('cards.board', { phaseId });
    expect(board.cards.filter((x) => x.clusterId === cluster.id)).toHaveLength(2);
    const gone = await tw.call<CardSnapshot>('cards.delete', { ids: [a.id] });
    expect((await tw.call<CardBoard>('cards.board', { phaseId })).cards).toHaveLength(2);
    await tw.call('cards.restore', gone);
    expect((await tw.call<CardBoard>('cards.board', { phaseId })).cards.find((x) => x.id === a.id)).toMatchObject({ clusterId: cluster.id });
    const other = phase('abschluss').id;
    const foreign = await tw.call<Cluster>('clusters.add', { phaseId: other, name: 'Feedback' });
    expect(await refused('cards.move', { ids: [a.id], clusterId: foreign.id })).toBe('errors.cards.otherPhase');
    expect(await refused('cards.update', { id: 'nope', text: 'x' })).toBe('errors.notFound.card');
    expect(await refused('cards.add', { phaseId, text: 'x'.repeat(501) })).toBe('errors.validation.tooLong');
    expect(tw.events.at(-1)?.name).toBe('cards.changed');
  });
});

describe('dot voting', () => {
  it('counts clicks, totals and ballots, never more dots than the room has; a topic is chosen', async () => {
    const phaseId = phase('thema-waehlen').id;
    const topics = [];
    for (const name of ['Einarbeitung', 'Mitgliederverwaltung', 'Hallenbelegung']) topics.push(await tw.call<Cluster>('clusters.add', { phaseId, name }));
    const card = await tw.call<Card>('cards.add', { phaseId, text: 'Website erneuern' });
    expect(await refused('votes.set', { phaseId, targetId: topics[0]!.id, count: 1 })).toBe('errors.votes.noSession');
    await tw.call('votes.start', { phaseId, target: 'clusters', dotsPerPerson: 3, participants: 4 });
    await tw.call('votes.set', { phaseId, targetId: topics[0]!.id, count: 5 });
    let board = await tw.call<CardBoard>('votes.ballot', { phaseId, dots: [{ targetId: topics[1]!.id, count: 2 }, { targetId: topics[0]!.id, count: 1 }] });
    expect(board.clusters.map((c) => c.votes)).toEqual([6, 2, 0]);
    expect(board.vote).toMatchObject({ target: 'clusters', dotsPerPerson: 3, participants: 4, ballots: 1, chosenId: null });
    expect(await refused('votes.set', { phaseId, targetId: topics[2]!.id, count: 5 })).toBe('errors.votes.tooMany');
    expect(await refused('votes.ballot', { phaseId, dots: [{ targetId: topics[2]!.id, count: 4 }] })).toBe('errors.votes.ballotTooMany');
    expect(await refused('votes.set', { phaseId, targetId: card.id, count: 1 })).toBe('errors.votes.notACluster');
    expect(await refused('votes.set', { phaseId, targetId: topics[2]!.id, count: -1 })).toBe('errors.validation.tooSmall');
    for (let i = 0; i < 3; i++) await tw.call('votes.ballot', { phaseId, dots: [{ targetId: topics[2]!.id, count: 1 }] });
    expect(await refused('votes.ballot', { phaseId, dots: [{ targetId: topics[2]!.id, count: 1 }] })).toBe('errors.votes.allVoted');
    board = await tw.call<CardBoard>('votes.choose', { phaseId, targetId: topics[0]!.id });
    expect(board.vote?.chosenId).toBe(topics[0]!.id);
    board = await tw.call<CardBoard>('votes.reset', { phaseId });
    expect(board.clusters.map((c) => c.votes)).toEqual([0, 0, 0]);
    expect(board.vote).toMatchObject({ ballots: 0, chosenId: null });
  });

  it('the chosen topic belongs to the later phases and carries into the sessions that follow', async () => {
    const phaseId = phase('thema-waehlen').id;
    expect(await tw.call('workshops.topic', { workshopId: workshop.id })).toBeNull();
    const group = await tw.call<Cluster>('clusters.add', { phaseId, name: 'Wissen dokumentieren' });
    await tw.call('votes.start', { phaseId, target: 'clusters', dotsPerPerson: 3, participants: 4 });
    await tw.call('votes.choose', { phaseId, targetId: group.id });
    expect(await tw.call('workshops.topic', { workshopId: workshop.id })).toEqual({
      text: 'Wissen dokumentieren', phaseId, position: phase('thema-waehlen').position, fromWorkshopId: null, fromTitle: null,
    });
    const next = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: clubId, followsWorkshopId: workshop.id, title: 'Folgetermin' });
    const after = await tw.call<WorkshopDetail>('workshops.createFollowUp', { organisationId: clubId, followsWorkshopId: next.id, title: 'Noch einer' });
    expect(await tw.call('workshops.topic', { workshopId: after.id })).toEqual({ text: 'Wissen dokumentieren', phaseId: null, position: null, fromWorkshopId: workshop.id, fromTitle: 'Tag' });
    await tw.call('clusters.rename', { id: group.id, name: 'Wissen sichern' });
    expect(await tw.call('workshops.topic', { workshopId: next.id })).toMatchObject({ text: 'Wissen sichern' });
    await tw.call('votes.choose', { phaseId, targetId: null });
    expect(await tw.call('workshops.topic', { workshopId: after.id })).toBeNull();
    expect(await refused('workshops.topic', { workshopId: 'nope' })).toBe('errors.notFound.workshop');
  });
});

describe('the self-check', () => {
  it('keeps agreed values, individual ratings (average) and notes, refuses values outside 1–5, and shows the club’s earlier self-check', async () => {
    await tw.call<SelfCheck>('selfcheck.set', { workshopId: workshop.id, dimension: 'communication', agreed: 2, note: 'alles über WhatsApp-Gruppen' });
    const check = await tw.call<SelfCheck>('selfcheck.rate', { workshopId: workshop.id, dimension: 'knowledge', ratings: [1, 2, 1, 1, 3] });
    expect(check.entries.find((e) => e.dimension === 'communication')).toMatchObject({ agreed: 2, value: 2, note: 'alles über WhatsApp-Gruppen' });
    expect(check.entries.find((e) => e.dimension === 'knowledge')).toMatchObject({ agreed: null, average: 1.6, value: 1.6, ratings: [1, 2, 1, 1, 3] });
    expect(check.entries).toHaveLength(8);
    expect(check.earlier).toBeNull();
    expect(await refused('selfcheck.set', { workshopId: workshop.id, dimension: 'tools', agreed: 6 })).toBe('errors.selfcheck.range');
    expect(await refused('selfcheck.rate', { workshopId: workshop.id, dimension: 'tools', ratings: [3, 0] })).toBe('errors.selfcheck.range');
    expect(await refused('selfcheck.set', { workshopId: workshop.id, dimension: 'weather', agreed: 3 })).toBe('errors.validation.invalidChoice');

    const later = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Ein Jahr später', date: '2027-03-13' });
    await tw.call('selfcheck.set', { workshopId: later.id, dimension: 'communication', agreed: 4 });
    const after = await tw.call<SelfCheck>('selfcheck.get', { workshopId: later.id });
    expect(after.earlier).toMatchObject({ workshopId: workshop.id, title: 'Tag', date: '2026-03-14' });
    expect(after.earlier?.values.communication).toBe(2);
    expect(after.earlier?.values.knowledge).toBe(1.6);
    expect((await tw.call<SelfCheck>('selfcheck.get', { workshopId: workshop.id })).earlier).toBeNull();
  });

  it('shows every earlier self-check of the club as a trend, oldest first, and only the club’s own', async () => {
    await tw.call('selfcheck.set', { workshopId: workshop.id, dimension: 'communication', agreed: 1 });
    const second = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Folgetermin', date: '2026-06-14' });
    await tw.call('selfcheck.set', { workshopId: second.id, dimension: 'communication', agreed: 3 });
    const noCheck = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Ohne', date: '2026-08-01' });
    const third = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Ein Jahr später', date: '2027-03-13' });
    await tw.call('selfcheck.rate', { workshopId: third.id, dimension: 'communication', ratings: [4, 5] });
    const otherClub = (await tw.call<{ id: string }>('organisations.create', { name: 'Chor' })).id;
    const foreign = await tw.call<WorkshopDetail>('workshops.create', { organisationId: otherClub, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Chor', date: '2026-07-01' });
    await tw.call('selfcheck.set', { workshopId: foreign.id, dimension: 'communication', agreed: 5 });

    const now = await tw.call<SelfCheck>('selfcheck.get', { workshopId: third.id });
    expect(now.history.map((s) => [s.title, s.values.communication])).toEqual([
      ['Tag', 1],
      ['Folgetermin', 3],
    ]);
    expect(now.earlier?.workshopId).toBe(second.id);
    expect(now.entries.find((e) => e.dimension === 'communication')?.value).toBe(4.5);
    expect((await tw.call<SelfCheck>('selfcheck.get', { workshopId: noCheck.id })).history.map((s) => s.title)).toEqual(['Tag', 'Folgetermin']);
    expect((await tw.call<SelfCheck>('selfcheck.get', { workshopId: second.id })).history.map((s) => s.title)).toEqual(['Tag']);
  });
});
