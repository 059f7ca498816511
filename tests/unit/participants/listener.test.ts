import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type PhoneSettings, isParticipantMethodName } from '../../../src-main/contract';
import { PHONE_ADDRESS, type PhoneRig, startPhoneRig } from '../../helpers/phones';
import { snapshot } from '../../helpers/snapshot';

// The participants' listener seen from the room's network: it answers only
// the participants' contract, only under its own address, only to its own
// page, and never the coach's API.

let rig: PhoneRig;
beforeAll(async () => {
  rig = await startPhoneRig();
});
afterAll(() => rig.cleanup());

describe('the participants listener', () => {
  it('binds to the chosen address only, not to the coach host 127.0.0.1', async () => {
    expect(rig.status).toMatchObject({ running: true, address: PHONE_ADDRESS, url: `http://${rig.host}/`, phones: 0, joiningOpen: true });
    expect(rig.status.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    await expect(rig.send('/', { address: '127.0.0.1' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('answers 404 for every method of the coach API, whatever it is sent', async () => {
    const before = snapshot(rig.tw.workspace.connection!);
    const headers = { Origin: `http://${rig.host}`, 'Content-Type': 'application/json', 'X-VW-Token': 'guess' };
    for (const name of METHOD_NAMES) {
      const post = await rig.send(`/api/${name}`, { method: 'POST', headers, body: '{}' });
      expect(post.status, `POST /api/${name}`).toBe(404);
      expect((await rig.send(`/api/${name}`)).status, `GET /api/${name}`).toBe(404);
      // A few names exist in both contracts (cards.add): there they are the phone's own call, with its own checks.
      if (!isParticipantMethodName(name)) expect((await rig.send(`/p/${name}`, { method: 'POST', headers, body: '{}' })).status, `POST /p/${name}`).toBe(404);
    }
    for (const path of ['/api/events', '/api/export/report', '/present', '/assets/index.js']) expect((await rig.send(path)).status, path).toBe(404);
    expect(snapshot(rig.tw.workspace.connection!)).toEqual(before);
  });

  it('refuses a wrong Host (DNS rebinding) on every path', async () => {
    for (const host of ['evil.example', `evil.example:${rig.status.port}`, `127.0.0.1:${rig.status.port}`, `localhost:${rig.status.port}`, PHONE_ADDRESS]) {
      expect((await rig.send('/', { headers: { Host: host } })).status, host).toBe(421);
      const post = await rig.send('/p/join', { method: 'POST', headers: { Host: host, Origin: `http://${host}` }, body: JSON.stringify({ code: rig.phones.status().code }) });
      expect(post.status, host).toBe(421);
    }
    expect(rig.phones.status().phones).toBe(0);
  });

  it('refuses a POST from a foreign origin, a cross-site fetch, or without an Origin', async () => {
    const body = JSON.stringify({ code: rig.phones.status().code });
    const variants: Record<string, string>[] = [{ Origin: 'http://evil.example' }, { Origin: `https://${rig.host}` }, {}, { Origin: `http://${rig.host}`, 'Sec-Fetch-Site': 'cross-site' }];
    for (const headers of variants) {
      const answer = await rig.send('/p/join', { method: 'POST', headers, body });
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    expect(rig.phones.status().phones).toBe(0);
  });

  it('refuses bodies over 16 KB, broken JSON and calls without a session', async () => {
    const big = await rig.post('join', { code: rig.phones.status().code, name: 'x'.repeat(17 * 1024) });
    expect(big.status).toBe(413);
    const broken = await rig.send('/p/join', { method: 'POST', headers: { Origin: `http://${rig.host}` }, body: '{"code":' });
    expect(broken.status).toBe(400);
    for (const token of [undefined, 'not-a-token']) {
      const answer = await rig.post('current', {}, token);
      expect(answer.status).toBe(401);
      expect(answer.json.error?.messageKey).toBe('errors.phones.sessionEnded');
    }
    expect((await rig.send('/p/events?token=nope')).status).toBe(401);
    expect(rig.phones.status().phones).toBe(0);
  });

  it('sends the security headers and a strict CSP, and serves the page', async () => {
    const page = await rig.send('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
    const call = await rig.post('join', { code: 'AAAAAA' });
    expect(call.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('is started only on an offered network, never on 0.0.0.0 or the coach host', async () => {
    for (const address of ['0.0.0.0', '127.0.0.1', '::', '10.99.99.99']) {
      const result = await rig.api.invoke('phones.start', { workshopId: rig.workshop.id, address });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.messageKey).toBe('errors.phones.badAddress');
    }
    expect(rig.phones.status()).toMatchObject({ running: true, address: PHONE_ADDRESS });
  });

  it('is controlled by the coach: networks, QR hidden, phase settings, all over the coach API', async () => {
    expect(await rig.coach('phones.networks')).toEqual([{ address: PHONE_ADDRESS, name: 'test', likelyWifi: false }]);
    expect(await rig.coach('phones.qr', { hidden: true })).toMatchObject({ qrHidden: true, running: true });
    expect(await rig.coach('phones.qr', { hidden: false })).toMatchObject({ qrHidden: false });
    const phaseId = rig.workshop.phases[0]!.id;
    const settings = await rig.coach<PhoneSettings>('phones.phase.set', { phaseId, moderation: 'review' });
    expect(settings.askNames).toBe(false);
    expect(settings.phases[0]).toEqual({ phaseId, moderation: 'review', closed: false });
    expect(settings.phases[1]).toEqual({ phaseId: rig.workshop.phases[1]!.id, moderation: 'direct', closed: false });
    const closed = await rig.coach<PhoneSettings>('phones.phase.set', { phaseId, closed: true });
    expect(closed.phases[0]).toEqual({ phaseId, moderation: 'review', closed: true });
    expect(rig.tw.events.some((e) => e.name === 'phones.changed' && e.payload.workshopId === rig.workshop.id)).toBe(true);
  });
});
