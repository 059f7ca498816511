import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardBoard, PhoneCard, PhoneSelfCheck, PhoneView, PhoneVote, QueuedCard, SelfCheck } from '../../../src-main/contract';
import { type PhoneRig, openEvents, startPhoneRig } from '../../helpers/phones';
import { snapshot } from '../../helpers/snapshot';

// What a phone may do, over real HTTP against a real SQLite file: only its
// own cards, only in the open phase the room sees, one ballot with its dots,
// its own ratings; retries count once and the rate limit holds.

let rig: PhoneRig;
beforeEach(async () => {
  rig = await startPhoneRig();
});
afterEach(() => rig.cleanup());

const show = (key: string) => rig.coach('live.show', { workshopId: rig.workshop.id, phaseId: rig.phase(key).id });
const board = (key: string) => rig.coach<CardBoard>('cards.board', { phaseId: rig.phase(key).id });

async function refusedWithoutWriting(method: string, input: unknown, token: string): Promise<string> {
  const before = snapshot(rig.tw.workspace.connection!);
  const answer = await rig.post(method, input, token);
  expect(answer.json.ok, `${method} should be refused`).toBe(false);
  expect(snapshot(rig.tw.workspace.connection!)).toEqual(before);
  return answer.json.error?.messageKey ?? `HTTP ${answer.status}`;
}

describe('cards from phones', () => {
  it('land on the board of the live phase as the phone’s own; phone A cannot edit or delete B’s card', async () => {
    await show('ankommen');
    const a = await rig.join();
    const b = await rig.join();
    const card = await rig.call<PhoneCard>('cards.add', { key: 'a-card-0001', text: 'Mehr Zeit für Ehrenamt', color: 'green' }, a.token);
    const cards = (await board('ankommen')).cards;
    expect(cards).toEqual([expect.objectContaining({ id: card.id, text: 'Mehr Zeit für Ehrenamt', color: 'green', origin: 'phone', author: '' })]);
    // The coach's board is told the card itself, so it does not load the whole board again.
    const told = rig.tw.events.filter((e) => e.name === 'cards.changed').at(-1);
    expect(told?.payload).toMatchObject({ phaseId: rig.phase('ankommen').id, delta: { upsert: [cards[0]], remove: [] } });
    expect(await refusedWithoutWriting('cards.edit', { id: card.id, text: 'übernommen' }, b.token)).toBe('errors.notFound.card');
    expect(await refusedWithoutWriting('cards.delete', { id: card.id }, b.token)).toBe('errors.notFound.card');
    expect((await rig.call<PhoneView>('current', {}, b.token)).cards).toEqual([]);
    await rig.call('cards.edit', { id: card.id, text: 'Mehr Zeit fürs Ehrenamt' }, a.token);
    expect((await rig.call<PhoneView>('current', {}, a.token)).cards).toEqual([{ id: card.id, text: 'Mehr Zeit fürs Ehrenamt', color: 'green', waiting: false, editable: true }]);
    await rig.call('cards.delete', { id: card.id }, a.token);
    expect((await board('ankommen')).cards).toEqual([]);
  });

  it('keep a name only when the workshop asks for names', async () => {
    await show('ankommen');
    const anonymous = await rig.join('Jörg');
    await rig.call('cards.add', { key: 'anon-card-01', text: 'Ohne Namen' }, anonymous.token);
    await rig.coach('phones.settings.set', { workshopId: rig.workshop.id, askNames: true });
    const named = await rig.join('Gül');
    await rig.call('cards.add', { key: 'named-card-1', text: 'Mit Namen' }, named.token);
    expect((await board('ankommen')).cards.map((c) => [c.text, c.author])).toEqual([['Ohne Namen', ''], ['Mit Namen', 'Gül']]);
  });

  it('cannot change a card the coach accepted under "erst prüfen", nor a card the room votes on', async () => {
    await show('ankommen');
    const a = await rig.join();
    const phaseId = rig.phase('ankommen').id;
    await rig.coach('phones.phase.set', { phaseId, moderation: 'review' });
    const waiting = await rig.call<PhoneCard>('cards.add', { key: 'review-0001', text: 'Zu prüfen' }, a.token);
    await rig.call('cards.edit', { id: waiting.id, text: 'Noch geändert' }, a.token);
    await rig.coach('phones.queue.accept', { id: waiting.id });
    // The phone is told, so it offers no "Ändern" the server would refuse.
    expect((await rig.call<PhoneView>('current', {}, a.token)).cards).toEqual([expect.objectContaining({ id: waiting.id, waiting: false, editable: false })]);
    const refused = await rig.post('cards.edit', { id: waiting.id, text: 'Nachträglich anders' }, a.token);
    expect(refused.json.error?.messageKey).toBe('errors.phones.cardLocked');
    expect((await rig.post('cards.delete', { id: waiting.id }, a.token)).json.ok).toBe(false);
    expect((await board('ankommen')).cards.map((c) => c.text)).toEqual(['Noch geändert']);
  });

  it('take a name given after joining, where the workshop asks for names, for the later cards only', async () => {
    await show('ankommen');
    const phone = await rig.join();
    await rig.call('cards.add', { key: 'before-name-1', text: 'Vor dem Namen' }, phone.token);
    expect((await rig.call<PhoneView>('name', { name: 'Ada' }, phone.token)).name).toBe('');
    await rig.coach('phones.settings.set', { workshopId: rig.workshop.id, askNames: true });
    expect((await rig.call<PhoneView>('name', { name: '  Ada  ' }, phone.token)).name).toBe('Ada');
    await rig.call('cards.add', { key: 'after-name-1', text: 'Nach dem Namen' }, phone.token);
    expect((await board('ankommen')).cards.map((c) => [c.text, c.author])).toEqual([['Vor dem Namen', ''], ['Nach dem Namen', 'Ada']]);
    const long = await rig.post('name', { name: 'x'.repeat(500) }, phone.token);
    expect(long.json.ok).toBe(false);
  });

  it('are refused in a phase closed for phones, in other phases, and over 500 characters, with a message', async () => {
    await show('ankommen');
    const a = await rig.join();
    const own = await rig.call<PhoneCard>('cards.add', { key: 'before-close', text: 'Vor dem Schließen' }, a.token);
    expect(await refusedWithoutWriting('cards.add', { key: 'too-long-001', text: 'x'.repeat(501) }, a.token)).toBe('errors.phones.cardTooLong');
    await rig.coach('phones.phase.set', { phaseId: rig.phase('ankommen').id, closed: true });
    expect(await refusedWithoutWriting('cards.add', { key: 'closed-0001', text: 'Zu spät' }, a.token)).toBe('errors.phones.closed');
    expect(await refusedWithoutWriting('cards.edit', { id: own.id, text: 'Zu spät' }, a.token)).toBe('errors.phones.closed');
    await show('beteiligte');
    expect(await refusedWithoutWriting('cards.add', { key: 'stakeh-0001', text: 'Falsche Phase' }, a.token)).toBe('errors.phones.closed');
    expect((await rig.call<PhoneView>('current', {}, a.token)).can).toEqual({ addCards: false, vote: false, selfCheck: false });
  });

  it('wait in the coach’s queue under "erst prüfen", off the board, until accepted (with edits) or rejected', async () => {
    await show('werte');
    await rig.coach('phones.phase.set', { phaseId: rig.phase('werte').id, moderation: 'review' });
    const a = await rig.join();
    const first = await rig.call<PhoneCard>('cards.add', { key: 'queued-0001', text: 'Transparenz' }, a.token);
    const second = await rig.call<PhoneCard>('cards.add', { key: 'queued-0002', text: 'Unfug' }, a.token);
    expect(first.waiting).toBe(true);
    expect((await board('werte')).cards).toEqual([]);
    expect((await rig.coach<QueuedCard[]>('phones.queue.list', { workshopId: rig.workshop.id })).map((q) => q.text)).toEqual(['Transparenz', 'Unfug']);
    await rig.coach('phones.queue.accept', { id: first.id, text: 'Transparenz im Vorstand' });
    await rig.coach('phones.queue.reject', { id: second.id });
    expect((await board('werte')).cards.map((c) => [c.text, c.origin])).toEqual([['Transparenz im Vorstand', 'phone']]);
    expect(await rig.coach('phones.queue.list', { workshopId: rig.workshop.id })).toEqual([]);
    expect((await rig.call<PhoneView>('current', {}, a.token)).cards).toEqual([{ id: first.id, text: 'Transparenz im Vorstand', color: 'yellow', waiting: false, editable: false }]);
  });

  it('are added once when a dropped connection makes the phone send again with the same key', async () => {
    await show('ankommen');
    const a = await rig.join();
    const input = { key: 'retry-key-0001', text: 'Einmal, nicht zweimal' };
    const answers = await Promise.all([rig.post('cards.add', input, a.token), rig.post('cards.add', input, a.token)]);
    const again = await rig.post('cards.add', input, a.token);
    expect(new Set([...answers, again].map((x) => (x.json.value as PhoneCard).id)).size).toBe(1);
    expect((await board('ankommen')).cards).toHaveLength(1);
  });

  it('hold the rate limit: 5 at once, then one per second', async () => {
    await show('ankommen');
    const a = await rig.join();
    for (let i = 0; i < 5; i++) await rig.call('cards.add', { key: `burst-card-${i}`, text: `Karte ${i}` }, a.token);
    const sixth = await rig.post('cards.add', { key: 'burst-card-5', text: 'Karte 5' }, a.token);
    expect(sixth.status).toBe(429);
    expect(sixth.json.error?.messageKey).toBe('errors.phones.tooFast');
    rig.clock.now += 1000;
    await rig.call('cards.add', { key: 'burst-card-6', text: 'Karte 6' }, a.token);
    expect((await rig.post('cards.add', { key: 'burst-card-7', text: 'Karte 7' }, a.token)).status).toBe(429);
    expect((await board('ankommen')).cards).toHaveLength(6);
    // Another phone has its own limit.
    const b = await rig.join();
    await rig.call('cards.add', { key: 'other-phone-1', text: 'Von B' }, b.token);
  });
});

describe('dot voting from phones', () => {
  async function startVote(): Promise<string[]> {
    await show('thema-waehlen');
    const phaseId = rig.phase('thema-waehlen').id;
    const ids: string[] = [];
    for (const text of ['Website', 'Mitgliederliste', 'Hallenplan']) ids.push((await rig.coach<{ id: string }>('cards.add', { phaseId, text })).id);
    await rig.coach('votes.start', { phaseId, target: 'cards', dotsPerPerson: 3, participants: 2 });
    return ids;
  }

  it('one ballot per phone, changed not repeated; never beyond its dots; closed votes refused; results only when revealed', async () => {
    const [web, list, hall] = await startVote();
    const a = await rig.join();
    const b = await rig.join();
    let vote = await rig.call<PhoneVote>('ballot', { key: 'ballot-a-001', dots: [{ targetId: web!, count: 2 }, { targetId: list!, count: 1 }] }, a.token);
    expect(vote.results).toBeNull();
    expect(vote.mine).toEqual([{ targetId: web, count: 2 }, { targetId: list, count: 1 }]);
    await rig.call('ballot', { key: 'ballot-a-002', dots: [{ targetId: hall!, count: 3 }] }, a.token);
    expect(await refusedWithoutWriting('ballot', { key: 'ballot-b-001', dots: [{ targetId: web!, count: 2 }, { targetId: hall!, count: 2 }] }, b.token)).toBe('errors.votes.ballotTooMany');
    expect(await refusedWithoutWriting('ballot', { key: 'ballot-b-002', dots: [{ targetId: web!, count: 2 }, { targetId: web!, count: 2 }] }, b.token)).toBe('errors.votes.ballotTooMany');
    expect(await refusedWithoutWriting('ballot', { key: 'ballot-b-003', dots: [{ targetId: rig.workshop.id, count: 1 }] }, b.token)).toBe('errors.votes.notACard');
    await rig.call('ballot', { key: 'ballot-b-004', dots: [{ targetId: web!, count: 1 }] }, b.token);
    const phaseId = rig.phase('thema-waehlen').id;
    const after = await board('thema-waehlen');
    expect(after.cards.map((c) => c.votes)).toEqual([1, 0, 3]);
    expect(after.vote?.ballots).toBe(2);
    const c = await rig.join();
    expect(await refusedWithoutWriting('ballot', { key: 'ballot-c-001', dots: [{ targetId: web!, count: 1 }] }, c.token)).toBe('errors.votes.allVoted');
    await rig.coach('phones.phase.set', { phaseId, closed: true });
    expect(await refusedWithoutWriting('ballot', { key: 'ballot-a-003', dots: [{ targetId: web!, count: 1 }] }, a.token)).toBe('errors.phones.closed');
    await rig.coach('live.present', { workshopId: rig.workshop.id, revealVote: true });
    vote = (await rig.call<PhoneView>('current', {}, a.token)).vote!;
    expect(vote).toMatchObject({ open: false, results: [{ id: web, votes: 1 }, { id: list, votes: 0 }, { id: hall, votes: 3 }] });
  });

  it('start afresh when the coach starts the vote again', async () => {
    const [web] = await startVote();
    const a = await rig.join();
    await rig.call('ballot', { key: 'ballot-a-001', dots: [{ targetId: web!, count: 3 }] }, a.token);
    await rig.coach('votes.start', { phaseId: rig.phase('thema-waehlen').id, target: 'cards', dotsPerPerson: 2, participants: 5 });
    expect((await rig.call<PhoneView>('current', {}, a.token)).vote?.mine).toEqual([]);
    await rig.call('ballot', { key: 'ballot-a-002', dots: [{ targetId: web!, count: 2 }] }, a.token);
    expect((await board('thema-waehlen')).cards[0]!.votes).toBe(2);
  });
});

describe('self-check from phones', () => {
  it('feeds the individual ratings: average and range; a changed rating replaces the phone’s earlier one', async () => {
    await show('verein-heute');
    const a = await rig.join();
    const b = await rig.join();
    const mine = await rig.call<PhoneSelfCheck>('rate', { ratings: [{ dimension: 'communication', rating: 2 }, { dimension: 'tools', rating: 5 }] }, a.token);
    expect(mine.mine).toMatchObject({ communication: 2, tools: 5, finances: null });
    await rig.call('rate', { ratings: [{ dimension: 'communication', rating: 4 }] }, b.token);
    await rig.call('rate', { ratings: [{ dimension: 'communication', rating: 3 }] }, a.token);
    const check = await rig.coach<SelfCheck>('selfcheck.get', { workshopId: rig.workshop.id });
    const communication = check.entries.find((e) => e.dimension === 'communication')!;
    expect([...communication.ratings].sort()).toEqual([3, 4]);
    expect(communication.average).toBe(3.5);
    expect(await refusedWithoutWriting('rate', { ratings: [{ dimension: 'communication', rating: 6 }] }, a.token)).toBe('errors.selfcheck.range');
    await show('ankommen');
    expect(await refusedWithoutWriting('rate', { ratings: [{ dimension: 'communication', rating: 1 }] }, a.token)).toBe('errors.phones.closed');
  });
});

describe('joining', () => {
  it('stops at 60 phones; a closed door keeps connected phones; a renewed code makes every phone join again', async () => {
    const first = await rig.join();
    for (let i = 1; i < 60; i++) await rig.join();
    const full = await rig.post('join', { code: rig.phones.status().code });
    expect(full.json.error?.messageKey).toBe('errors.phones.full');
    expect(rig.phones.status().phones).toBe(60);
    await rig.call('leave', {}, first.token);
    await rig.coach('phones.joining', { open: false });
    expect((await rig.post('join', { code: rig.phones.status().code })).json.error?.messageKey).toBe('errors.phones.joiningClosed');
    await rig.coach('phones.joining', { open: true });
    const last = await rig.join();
    await rig.call('current', {}, last.token);
    const oldCode = rig.phones.status().code;
    await rig.coach('phones.renewCode');
    expect(rig.phones.status()).toMatchObject({ phones: 0 });
    expect(rig.phones.status().code).not.toBe(oldCode);
    expect((await rig.post('current', {}, last.token)).status).toBe(401);
    expect((await rig.post('join', { code: oldCode })).json.error?.messageKey).toBe('errors.phones.badCode');
  });

  it('accepts the code in lower case with spaces, refuses wrong codes, and stops after too many wrong ones', async () => {
    const code = rig.phones.status().code!;
    const typed = await rig.post('join', { code: ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)}` });
    expect(typed.json.ok).toBe(true);
    const wrong = code.startsWith('A') ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 30; i++) expect((await rig.post('join', { code: wrong })).json.error?.messageKey).toBe('errors.phones.badCode');
    expect((await rig.post('join', { code })).json.error?.messageKey).toBe('errors.phones.tooFast');
    rig.clock.now += 1000;
    expect((await rig.post('join', { code })).json.ok).toBe(true);
  });
});

describe('the end of the workshop', () => {
  it('stops phones and forgets which card, dots and ratings were whose; the cards stay', async () => {
    await show('ankommen');
    const a = await rig.join();
    const stream = await openEvents(rig, a.token);
    await rig.call('cards.add', { key: 'end-card-001', text: 'Bleibt' }, a.token);
    const count = (table: string): number => (rig.tw.workspace.connection!.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('phone_cards')).toBe(1);
    await rig.coach('workshops.update', { id: rig.workshop.id, status: 'done' });
    await stream.ended;
    expect(stream.events.at(-1)?.event).toEqual({ type: 'ended', reason: 'stopped' });
    expect(rig.phones.status()).toMatchObject({ running: false, phones: 0, code: null });
    expect([count('phone_cards'), count('phone_ballots'), count('phone_ratings')]).toEqual([0, 0, 0]);
    expect((await board('ankommen')).cards.map((c) => c.text)).toEqual(['Bleibt']);
    const again = await rig.api.invoke('phones.start', { workshopId: rig.workshop.id, address: '127.0.0.2' });
    expect(again.ok ? '' : again.error.messageKey).toBe('errors.phones.workshopDone');
  });
});
