import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PhoneCard } from '../../../src-main/contract';
import { invokeParticipant } from '../../../src-main/core/participants/dispatch';
import { type PhoneRig, openEvents, startPhoneRig } from '../../helpers/phones';

// The phones' event stream: only what concerns the phase the room sees, no
// data in it, ids on every event, and a phone that reconnects with the last
// id it saw gets exactly what it missed.

let rig: PhoneRig;
beforeEach(async () => {
  rig = await startPhoneRig();
});
afterEach(() => rig.cleanup());

const show = (key: string) => rig.coach('live.show', { workshopId: rig.workshop.id, phaseId: rig.phase(key).id });

describe('live updates to phones', () => {
  it('carry only changes of the live phase of their workshop, and no data', async () => {
    await show('ankommen');
    const a = await rig.join();
    const stream = await openEvents(rig, a.token);
    // Another phase, another workshop: nothing for the phone.
    await rig.coach('cards.add', { phaseId: rig.phase('werte').id, text: 'Nicht live' });
    const club = await rig.coach<{ id: string }>('organisations.create', { name: 'Andere' });
    await rig.coach('workshops.create', { organisationId: club.id, templateId: rig.workshop.templateId, title: 'Anderer Workshop' });
    // The live phase, but a card the phone does not show (it shows only its own): nothing either.
    await rig.coach('cards.add', { phaseId: rig.phase('ankommen').id, text: 'Von der Moderation' });
    const other = await rig.join();
    await rig.call<PhoneCard>('cards.add', { key: 'other-0001', text: 'Vom anderen Handy' }, other.token);
    // Its own card: writing it needs no event (the phone reads its state after the answer); the coach changing it does.
    const own = await rig.call<PhoneCard>('cards.add', { key: 'own-00001', text: 'Eigene' }, a.token);
    await rig.coach('cards.update', { id: own.id, text: 'Eigene, von der Moderation geändert' });
    await stream.waitFor(1);
    expect(stream.events).toEqual([{ id: 1, event: { type: 'changed', phaseId: rig.phase('ankommen').id } }]);
    await show('werte');
    await stream.waitFor(2);
    expect(stream.events[1]).toEqual({ id: 2, event: { type: 'changed', phaseId: rig.phase('werte').id } });
    stream.close();
  });

  it('during a vote, wake other phones for the items, the shown result and a reset, not for each ballot', async () => {
    const phaseId = rig.phase('thema-waehlen').id;
    await rig.coach('live.show', { workshopId: rig.workshop.id, phaseId });
    const cards = [];
    for (const text of ['Hallenzeiten', 'Mitgliederliste']) cards.push(await rig.coach<{ id: string }>('cards.add', { phaseId, text }));
    await rig.coach('votes.start', { phaseId, target: 'cards', dotsPerPerson: 2, participants: 5 });
    const a = await rig.join();
    const b = await rig.join();
    const session = rig.phones.session(a.token)!;
    // Wakes go out once per turn of the event loop: after this, all of a step's are sent.
    const woken = async (): Promise<number> => {
      await new Promise((r) => setImmediate(r));
      return session.lastEventId;
    };
    const before = await woken();
    // B's ballots and the coach's typed totals change counts that no phone sees yet.
    await rig.call('ballot', { key: 'ballot-0001', dots: [{ targetId: cards[0]!.id, count: 2 }] }, b.token);
    await rig.coach('votes.set', { phaseId, targetId: cards[1]!.id, count: 3 });
    await rig.call('ballot', { key: 'ballot-0002', dots: [{ targetId: cards[1]!.id, count: 2 }] }, b.token);
    expect(await woken()).toBe(before);
    // A card renamed is an item every phone shows; the result shown and a reset (B's dots are gone) too.
    await rig.coach('cards.update', { id: cards[0]!.id, text: 'Hallenzeiten teilen' });
    expect(await woken()).toBe(before + 1);
    await rig.coach('live.present', { workshopId: rig.workshop.id, revealVote: true });
    expect(await woken()).toBe(before + 2);
    await rig.coach('votes.reset', { phaseId });
    expect(await woken()).toBe(before + 3);
  });

  it('under "erst prüfen", wake no phone for cards written at once, and only its owner when one is accepted', async () => {
    await show('ankommen');
    const phaseId = rig.phase('ankommen').id;
    await rig.coach('phones.phase.set', { phaseId, moderation: 'review' });
    const a = await rig.join();
    const b = await rig.join();
    const woken = async (token: string): Promise<number> => {
      await new Promise((r) => setImmediate(r));
      return rig.phones.session(token)!.lastEventId;
    };
    const [aBefore, bBefore] = [await woken(a.token), await woken(b.token)];
    // Written together, committed together: each phone reads its own state after its answer, and the other's queue is not its concern.
    const answers = await Promise.all([
      invokeParticipant(rig.phones, a.token, 'cards.add', { key: 'queue-a-001', text: 'Von A' }),
      invokeParticipant(rig.phones, b.token, 'cards.add', { key: 'queue-b-001', text: 'Von B' }),
    ]);
    const fromA = answers[0].envelope.ok ? (answers[0].envelope.value as PhoneCard) : expect.unreachable();
    expect([await woken(a.token), await woken(b.token)]).toEqual([aBefore, bBefore]);
    await rig.coach('phones.queue.accept', { id: fromA.id });
    expect([await woken(a.token), await woken(b.token)]).toEqual([aBefore + 1, bBefore]);
  });

  it('resume from Last-Event-ID with what was missed, once', async () => {
    await show('ankommen');
    const a = await rig.join();
    const b = await rig.join();
    const first = await openEvents(rig, a.token);
    // B's cards are not A's concern; the coach changing A's own card is.
    await rig.call<PhoneCard>('cards.add', { key: 'resume-0000', text: 'Von B' }, b.token);
    const own = await rig.call<PhoneCard>('cards.add', { key: 'resume-0001', text: 'Eins' }, a.token);
    await rig.coach('cards.update', { id: own.id, text: 'Eins (1)' });
    await first.waitFor(1);
    first.close();
    await first.ended;
    // While A is away (iOS dropped the connection): two more changes.
    await rig.coach('cards.update', { id: own.id, text: 'Eins (2)' });
    await new Promise((r) => setImmediate(r));
    await rig.coach('cards.update', { id: own.id, text: 'Eins (3)' });
    await new Promise((r) => setImmediate(r));
    const again = await openEvents(rig, a.token, first.events[0]!.id);
    await again.waitFor(2);
    expect(again.events.map((e) => e.id)).toEqual([2, 3]);
    // A phone that comes back with an id the server never gave is told to load everything.
    const confused = await openEvents(rig, a.token, 999);
    await confused.waitFor(1);
    expect(confused.events[0]!.event).toEqual({ type: 'changed', phaseId: null });
    again.close();
    confused.close();
  });

  it('tell a phone that its session ended when the code is renewed, and close the stream', async () => {
    const a = await rig.join();
    const stream = await openEvents(rig, a.token);
    await rig.coach('phones.renewCode');
    await stream.ended;
    expect(stream.events.at(-1)?.event).toEqual({ type: 'ended', reason: 'renewed' });
    expect((await rig.send(`/p/events?token=${a.token}`)).status).toBe(401);
  });
});
