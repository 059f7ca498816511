import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PhoneView } from '../../../src-main/contract';
import { type PhoneRig, startPhoneRig } from '../../helpers/phones';

// A phone's write answers with what the phone shows after it, so the page
// needs no second request: on 40 phones that halves the calls the laptop serves.

let rig: PhoneRig;
beforeEach(async () => {
  rig = await startPhoneRig();
  await rig.coach('live.show', { workshopId: rig.workshop.id, phaseId: rig.phase('ankommen').id });
});
afterEach(() => rig.cleanup());

it('a write answers with the phone’s view after it, also when a retry gets the first answer; a read does not', async () => {
  const { token } = await rig.join();
  const phaseId = rig.phase('ankommen').id;
  const first = await rig.post('cards.add', { key: 'card-0001', phaseId, text: 'Mehr Zeit für Gespräche' }, token);
  const body = first.json as { ok: boolean; value: { id: string }; view?: PhoneView };
  expect(body.ok).toBe(true);
  expect(body.view?.cards.map((c) => c.text)).toEqual(['Mehr Zeit für Gespräche']);
  expect(body.view?.phase?.id).toBe(phaseId);

  await rig.coach('cards.add', { phaseId, text: 'Von der Moderation' });
  const retry = (await rig.post('cards.add', { key: 'card-0001', phaseId, text: 'Mehr Zeit für Gespräche' }, token)).json as typeof body;
  expect(retry.value.id).toBe(body.value.id);
  expect(retry.view?.cards).toHaveLength(1);

  const current = (await rig.post('current', {}, token)).json as { view?: unknown };
  expect(current.view).toBeUndefined();
  const refused = (await rig.post('cards.add', { key: 'card-0002', phaseId, text: '' }, token)).json as { ok: boolean; view?: unknown };
  expect(refused.ok).toBe(false);
  expect(refused.view).toBeUndefined();
});
