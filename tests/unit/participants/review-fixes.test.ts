import { afterEach, describe, expect, it } from 'vitest';
import type { CardBoard, PhoneCard, PhoneSelfCheck, PhoneView, PhoneVote, SelfCheck } from '../../../src-main/contract';
import { type PhoneRig, openEvents, startPhoneRig } from '../../helpers/phones';
import { snapshot } from '../../helpers/snapshot';

// The rules a code review asked for, over real HTTP against a real SQLite
// file: a renewed code does not let the room vote twice, a retried card does
// not land in the next phase, idle sessions end, the timer and the projector
// do not wake phones, ballots stay as they are once the result is shown, and
// "erst prüfen" is only for card phases.

let rig: PhoneRig;
afterEach(() => rig.cleanup());

const show = (key: string) => rig.coach('live.show', { workshopId: rig.workshop.id, phaseId: rig.phase(key).id });
const board = (key: string) => rig.coach<CardBoard>('cards.board', { phaseId: rig.phase(key).id });
/** The page's kept key (localStorage): 32 hex characters, as the page makes it. */
const DEVICE_A = 'a1'.repeat(16);

async function startVote(participants = 5): Promise<string[]> {
  await show('thema-waehlen');
  const phaseId = rig.phase('thema-waehlen').id;
  const ids: string[] = [];
  for (const text of ['Website', 'Mitgliederliste']) ids.push((await rig.coach<{ id: string }>('cards.add', { phaseId, text })).id);
  await rig.coach('votes.start', { phaseId, target: 'cards', dotsPerPerson: 3, participants });
  return ids;
}

async function refused(method: string, input: unknown, token: string): Promise<string> {
  const before = snapshot(rig.tw.workspace.connection!);
  const answer = await rig.post(method, input, token);
  expect(answer.json.ok, `${method} should be refused`).toBe(false);
  expect(snapshot(rig.tw.workspace.connection!)).toEqual(before);
  return answer.json.error?.messageKey ?? `HTTP ${answer.status}`;
}

describe('a phone that joins again after the code was renewed', () => {
  it('is the same voter: it changes its ballot and ratings, never adds a second', async () => {
    rig = await startPhoneRig();
    const [web, list] = await startVote();
    const first = await rig.join('', DEVICE_A);
    await rig.call('ballot', { key: 'before-renew', dots: [{ targetId: web!, count: 3 }] }, first.token);
    await rig.coach('phones.renewCode');
    // Stopping and starting phones again (another network, say) keeps it too.
    await rig.coach('phones.stop');
    await rig.coach('phones.start', { workshopId: rig.workshop.id, address: '127.0.0.2', port: rig.status.port! });
    const again = await rig.join('', DEVICE_A);
    expect(again.view.vote?.mine).toEqual([{ targetId: web, count: 3 }]);
    await rig.call('ballot', { key: 'after-renew', dots: [{ targetId: list!, count: 3 }] }, again.token);
    const after = await board('thema-waehlen');
    expect(after.cards.map((c) => c.votes)).toEqual([0, 3]);
    expect(after.vote?.ballots).toBe(1);

    await show('verein-heute');
    await rig.call('rate', { ratings: [{ dimension: 'communication', rating: 2 }] }, again.token);
    await rig.coach('phones.renewCode');
    const third = await rig.join('', DEVICE_A);
    expect((await rig.call<PhoneSelfCheck>('rate', { ratings: [{ dimension: 'communication', rating: 5 }] }, third.token)).mine.communication).toBe(5);
    const check = await rig.coach<SelfCheck>('selfcheck.get', { workshopId: rig.workshop.id });
    expect(check.entries.find((e) => e.dimension === 'communication')?.ratings).toEqual([5]);
    // A phone without the page's key (another browser) is another phone.
    const stranger = await rig.join();
    expect((await rig.call<PhoneView>('current', {}, stranger.token)).selfCheck?.mine.communication).toBeNull();
  });
});

describe('a write for a phase the room has left', () => {
  it('is refused with a message, also when retried with the same key, and writes nothing', async () => {
    rig = await startPhoneRig();
    await show('ankommen');
    const a = await rig.join();
    const ankommen = rig.phase('ankommen').id;
    await rig.call<PhoneCard>('cards.add', { key: 'in-time-0001', phaseId: ankommen, text: 'Rechtzeitig' }, a.token);
    await show('werte');
    const late = { key: 'too-late-001', phaseId: ankommen, text: 'Zu spät gesendet' };
    expect(await refused('cards.add', late, a.token)).toBe('errors.phones.phaseMoved');
    rig.clock.now += 1000;
    expect(await refused('cards.add', late, a.token)).toBe('errors.phones.phaseMoved');
    expect((await board('werte')).cards).toEqual([]);
    await rig.call('cards.add', { key: 'right-phase1', phaseId: rig.phase('werte').id, text: 'Passt' }, a.token);
    expect((await board('werte')).cards.map((c) => c.text)).toEqual(['Passt']);
    expect(await refused('rate', { phaseId: ankommen, ratings: [{ dimension: 'tools', rating: 3 }] }, a.token)).toBe('errors.phones.phaseMoved');
  });
});

describe('idle sessions', () => {
  it('end after the idle time without calls or an open stream; a phone may leave', async () => {
    rig = await startPhoneRig({ idleMs: 60_000 });
    const resting = await rig.join();
    const watching = await rig.join();
    const busy = await rig.join();
    const stream = await openEvents(rig, watching.token);
    rig.clock.now += 50_000;
    await rig.call('current', {}, busy.token);
    rig.clock.now += 20_000;
    expect(await rig.coach('phones.status')).toMatchObject({ phones: 2 });
    expect((await rig.post('current', {}, resting.token)).status).toBe(401);
    // The open event stream keeps a phone on the table in; the one that called lately is in too.
    await rig.call('current', {}, watching.token);
    await rig.call('current', {}, busy.token);
    stream.close();
    await stream.ended;
    await rig.call('leave', {}, busy.token);
    expect((await rig.post('current', {}, busy.token)).status).toBe(401);
    rig.clock.now += 61_000;
    expect((await rig.post('current', {}, watching.token)).status).toBe(401);
    expect(await rig.coach('phones.status')).toMatchObject({ phones: 0 });
  });
});

describe('waking phones', () => {
  it('only for changes they show: not for the timer or the projector paging', async () => {
    rig = await startPhoneRig();
    await show('ankommen');
    const a = await rig.join();
    const stream = await openEvents(rig, a.token);
    const phaseId = rig.phase('ankommen').id;
    // Each in a turn of its own: changes within one turn reach a phone as one event anyway.
    const turn = () => new Promise((r) => setImmediate(r));
    for (const [method, input] of [['timer.start', { phaseId }], ['live.present', { workshopId: rig.workshop.id, page: 1 }], ['timer.pause', { phaseId }]] as const) {
      await rig.coach(method, input);
      await turn();
      await turn();
    }
    expect(rig.phones.session(a.token)?.lastEventId).toBe(0);
    await rig.coach('phones.phase.set', { phaseId, closed: true });
    await stream.waitFor(1);
    expect(stream.events).toEqual([{ id: 1, event: { type: 'changed', phaseId } }]);
    stream.close();
  });
});

describe('a shown vote result', () => {
  it('fixes the ballots: the phone is told and a change is refused', async () => {
    rig = await startPhoneRig();
    const [web, list] = await startVote();
    const a = await rig.join();
    await rig.call('ballot', { key: 'before-show', dots: [{ targetId: web!, count: 2 }] }, a.token);
    await rig.coach('live.present', { workshopId: rig.workshop.id, revealVote: true });
    const view = await rig.call<PhoneView>('current', {}, a.token);
    expect(view.vote).toMatchObject<Partial<PhoneVote>>({ open: false, mine: [{ targetId: web!, count: 2 }] });
    expect(view.can.vote).toBe(false);
    expect(await refused('ballot', { key: 'after-show', dots: [{ targetId: list!, count: 3 }] }, a.token)).toBe('errors.phones.voteRevealed');
  });
});

describe('"erst prüfen"', () => {
  it('is only for card phases: refused for a vote’s phase, whose phone cards show directly', async () => {
    rig = await startPhoneRig();
    const voting = rig.phase('thema-waehlen').id;
    const refusal = await rig.api.invoke('phones.phase.set', { phaseId: voting, moderation: 'review' });
    expect(refusal.ok ? '' : refusal.error.messageKey).toBe('errors.phones.reviewOnlyCards');
    await rig.coach('phones.phase.set', { phaseId: rig.phase('ankommen').id, moderation: 'review' });
    // A setting from an older version still in the file: a vote's phase takes phone cards directly.
    rig.tw.workspace.connection!.prepare("UPDATE phase_phone_settings SET moderation = 'review'").run();
    rig.tw.workspace.connection!.prepare("INSERT OR IGNORE INTO phase_phone_settings (phase_id, workshop_id, moderation, closed, updated_at) VALUES (?, ?, 'review', 0, '')").run(voting, rig.workshop.id);
    await show('thema-waehlen');
    const a = await rig.join();
    expect((await rig.call<PhoneCard>('cards.add', { key: 'vote-phase-1', text: 'Direkt' }, a.token)).waiting).toBe(false);
    const settings = await rig.coach<{ phases: { phaseId: string; moderation: string }[] }>('phones.settings.get', { workshopId: rig.workshop.id });
    expect(settings.phases.find((p) => p.phaseId === voting)?.moderation).toBe('direct');
  });
});
