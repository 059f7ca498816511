import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResult, PhoneCard } from '../../../src-main/contract';
import { invokeParticipant } from '../../../src-main/core';
import { type PhoneRig, startPhoneRig } from '../../helpers/phones';
import { snapshot } from '../../helpers/snapshot';

// The participants' contract fuzzed: 1,000 invalid calls (broken shapes,
// values out of range, extra fields naming another workshop or phase,
// another phone's card, more dots than a phone has) must each be refused and
// write nothing. Fixed seed, so a failure is reproducible.

let rig: PhoneRig;
let a: JoinResult;
let b: JoinResult;
let bCard: PhoneCard;
let targets: string[];

beforeAll(async () => {
  rig = await startPhoneRig();
  const phaseId = rig.phase('thema-waehlen').id;
  await rig.coach('live.show', { workshopId: rig.workshop.id, phaseId });
  a = await rig.join();
  b = await rig.join();
  bCard = await rig.call<PhoneCard>('cards.add', { key: 'b-card-0001', text: 'Von B' }, b.token);
  targets = [bCard.id, (await rig.coach<{ id: string }>('cards.add', { phaseId, text: 'Vom Coach' })).id];
  await rig.coach('votes.start', { phaseId, target: 'cards', dotsPerPerson: 3, participants: 10 });
  await rig.call('ballot', { key: 'a-ballot-01', dots: [{ targetId: targets[0], count: 2 }] }, a.token);
});
afterAll(() => rig.cleanup());

const badValue = fc.constantFrom<unknown>('', ' ', 'x'.repeat(501), -1, 0, 21, 1.5, 6, null, [], {}, true, '\uD800', 'k'.repeat(65), 'bad key!', '../x');
const key = fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/);
const sneaky = fc.constantFrom('workshopId', 'phaseId', 'sessionId', 'author', 'origin', 'token', '__proto__x');

/** A valid-looking call, then made invalid in one way. */
const nearlyValid = fc.oneof(
  fc.record({ method: fc.constant('cards.add'), input: fc.record({ key, text: fc.constant('Karte'), color: fc.constant('green') }) }),
  fc.record({ method: fc.constant('cards.edit'), input: fc.record({ id: fc.constant('own'), text: fc.constant('neu') }) }),
  fc.record({ method: fc.constant('cards.delete'), input: fc.record({ id: fc.constant('own') }) }),
  fc.record({ method: fc.constant('ballot'), input: fc.record({ key, dots: fc.constant([{ targetId: 'T', count: 1 }]) }) }),
  fc.record({ method: fc.constant('rate'), input: fc.constant({ ratings: [{ dimension: 'tools', rating: 3 }] }) }),
);

type Call = { method: string; input: Record<string, unknown> };

const spoiled = fc.tuple(nearlyValid, fc.nat(), badValue, sneaky).map(([call, pick, bad, extra]): Call => {
  const input: Record<string, unknown> = { ...call.input };
  const fields = Object.keys(input);
  if (pick % 3 === 0) input[extra] = pick % 2 === 0 ? rig.workshop.id : rig.phase('ankommen').id;
  else {
    const field = fields[pick % fields.length]!;
    // No dots at all is a valid ballot (a phone takes its dots back), so it is not a spoiled one.
    input[field] = field === 'dots' && Array.isArray(bad) ? null : bad;
  }
  return { method: call.method, input };
});

/** Well-formed calls that the rules refuse: another phone's card, too many dots, a target of another phase, a self-check outside its phase. */
const forbidden = fc.oneof(
  fc.constant<Call>({ method: 'cards.edit', input: { id: 'B', text: 'Übernommen' } }),
  fc.constant<Call>({ method: 'cards.delete', input: { id: 'B' } }),
  fc.integer({ min: 4, max: 20 }).map((n): Call => ({ method: 'ballot', input: { key: `too-many-${n}`, dots: [{ targetId: 'T', count: n }] } })),
  fc.constant<Call>({ method: 'ballot', input: { key: 'phase-xx-1', dots: [{ targetId: 'PHASE', count: 1 }] } }),
  fc.constant<Call>({ method: 'rate', input: { ratings: [{ dimension: 'tools', rating: 2 }] } }),
  fc.constant<Call>({ method: 'cards.add', input: { key: 'vote-runs-1', text: 'Während der Abstimmung' } }),
);

const anything = fc.record({ method: fc.constantFrom('cards.add', 'cards.edit', 'cards.delete', 'ballot', 'rate', 'join'), input: fc.anything() });

function resolve(call: { method: string; input: unknown }): unknown {
  if (typeof call.input !== 'object' || call.input === null || Array.isArray(call.input)) return call.input;
  const input = { ...(call.input as Record<string, unknown>) };
  if (input.id === 'B' || input.id === 'own') input.id = bCard.id;
  if (Array.isArray(input.dots)) {
    input.dots = (input.dots as { targetId: string; count: unknown }[]).map((d) => ({
      ...d,
      targetId: d.targetId === 'T' ? targets[1] : d.targetId === 'PHASE' ? rig.phase('werte').id : d.targetId,
    }));
  }
  return input;
}

describe('the participants contract, fuzzed', () => {
  it('refuses 1,000 invalid calls and writes nothing', async () => {
    const db = rig.tw.workspace.connection!;
    const before = snapshot(db);
    await fc.assert(
      fc.asyncProperty(fc.oneof(spoiled, forbidden, anything), fc.constantFrom('a', 'none', 'garbage'), async (call, who) => {
        rig.clock.now += 10_000;
        const token = who === 'a' ? a.token : who === 'garbage' ? 'x'.repeat(43) : undefined;
        const answer = await invokeParticipant(rig.phones, token, call.method, resolve(call));
        expect(answer.envelope.ok, `${call.method} ${JSON.stringify(call.input)} should be refused`).toBe(false);
      }),
      { seed: 20260315, numRuns: 1000 },
    );
    expect(snapshot(db)).toEqual(before);
    expect(rig.phones.status().phones).toBe(2);
  });
});
