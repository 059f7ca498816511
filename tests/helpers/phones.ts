import { request } from 'node:http';
import type { JoinResult, Phase, PhoneEvent, PhoneStatus, WorkshopDetail } from '../../src-main/contract';
import { type Api, DAY_WORKSHOP_TEMPLATE_ID, Phones, createApi } from '../../src-main/core';
import { listenForPhones } from '../../src-main/serving/participant-server';
import { type TestWorkspace, createTestWorkspace } from './workspace';

// A real workspace, a real participants' listener on 127.0.0.2 (a second
// loopback address, so the test talks to another interface than the coach's
// 127.0.0.1) with an ephemeral port, and raw HTTP requests as a phone (or an
// attacker) would send them. The rate-limit clock only moves when a test moves it.

export const PHONE_ADDRESS = '127.0.0.2';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: { ok: boolean; value?: unknown; error?: { messageKey: string; kind: string } };
}

export interface PhoneRig {
  tw: TestWorkspace;
  phones: Phones;
  api: Api;
  workshop: WorkshopDetail;
  status: PhoneStatus;
  /** address:port of the listener. */
  host: string;
  /** Milliseconds seen by the rate limits; tests move it. */
  clock: { now: number };
  phase(key: string): Phase;
  coach<T = unknown>(method: string, input?: unknown): Promise<T>;
  send(path: string, opts?: { method?: string; headers?: Record<string, string>; body?: string; address?: string }): Promise<Answer>;
  /** A participant call with the right Host and Origin. */
  post(method: string, input: unknown, token?: string): Promise<Answer>;
  /** The value of a call that must succeed. */
  call<T = unknown>(method: string, input: unknown, token: string): Promise<T>;
  /** Joins with the current code; `device` is the phone page's kept key (the same voter after joining again). */
  join(name?: string, device?: string): Promise<JoinResult>;
  cleanup(): Promise<void>;
}

function rawRequest(address: string, port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: address, port, path, method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        let json: Answer['json'] = { ok: false };
        try {
          json = JSON.parse(body) as Answer['json'];
        } catch {
          // not JSON: a page or a plain-text refusal
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

export async function startPhoneRig(options: { maxSessions?: number; idleMs?: number } = {}): Promise<PhoneRig> {
  const tw = createTestWorkspace({ now: () => new Date(Date.UTC(2026, 2, 14, 9)) });
  const clock = { now: 1_000_000 };
  const phones = new Phones(tw.workspace, {
    listen: listenForPhones(),
    testAddresses: [PHONE_ADDRESS],
    networks: () => [],
    clock: () => clock.now,
    ...(options.maxSessions ? { maxSessions: options.maxSessions } : {}),
    ...(options.idleMs ? { idleMs: options.idleMs } : {}),
  });
  const api = createApi(tw.workspace, undefined, { phones });
  const coach = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = await api.invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const club = await coach<{ id: string }>('organisations.create', { name: 'TSV' });
  const workshop = await coach<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag der Vereine', status: 'running' });
  const status = await coach<PhoneStatus>('phones.start', { workshopId: workshop.id, address: PHONE_ADDRESS, port: 47810 });
  const port = status.port!;
  const host = `${PHONE_ADDRESS}:${port}`;
  const send: PhoneRig['send'] = (path, opts = {}) => rawRequest(opts.address ?? PHONE_ADDRESS, port, path, { ...opts, headers: { Host: host, ...opts.headers } });
  const post: PhoneRig['post'] = (method, input, token) =>
    send(`/p/${method}`, {
      method: 'POST',
      headers: { Origin: `http://${host}`, 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
  const rig: PhoneRig = {
    tw, phones, api, workshop, status, host, clock, coach, send, post,
    phase: (key) => workshop.phases.find((p) => p.key === key)!,
    async call<T>(method: string, input: unknown, token: string): Promise<T> {
      const answer = await post(method, input, token);
      if (answer.status !== 200 || !answer.json.ok) throw new Error(`${method} failed: ${answer.status} ${answer.body}`);
      return answer.json.value as T;
    },
    async join(name = '', device?: string) {
      const answer = await post('join', { code: phones.status().code, name, ...(device ? { device } : {}) });
      if (!answer.json.ok) throw new Error(`join failed: ${answer.body}`);
      return answer.json.value as JoinResult;
    },
    async cleanup() {
      await phones.stop();
      // "Workshop beenden" starts a backup; let it finish rather than pull the file from under it.
      await tw.workspace.closeAfterBackups();
      tw.cleanup();
    },
  };
  return rig;
}

export interface EventStream {
  events: { id: number; event: PhoneEvent }[];
  /** Resolves once `count` events have arrived (the test's timeout is the limit). */
  waitFor(count: number): Promise<void>;
  ended: Promise<void>;
  close(): void;
}

/** Opens the phone's event stream and parses what arrives. */
export function openEvents(rig: PhoneRig, token: string, lastEventId?: number): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: rig.host, ...(lastEventId !== undefined ? { 'Last-Event-ID': String(lastEventId) } : {}) };
    const req = request({ host: PHONE_ADDRESS, port: rig.status.port!, path: `/p/events?token=${encodeURIComponent(token)}`, headers, agent: false }, (res) => {
      const events: EventStream['events'] = [];
      const waiters: { count: number; done: () => void }[] = [];
      let buffer = '';
      let endDone: () => void = () => undefined;
      const ended = new Promise<void>((r) => (endDone = r));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const id = /^id: (\d+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (id && data) events.push({ id: Number(id), event: JSON.parse(data) as PhoneEvent });
        }
        for (const w of waiters.filter((w) => events.length >= w.count)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.done();
        }
      });
      res.on('end', () => endDone());
      res.on('close', () => endDone());
      resolve({
        events,
        ended,
        waitFor: (count) => (events.length >= count ? Promise.resolve() : new Promise<void>((done) => waiters.push({ count, done }))),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}
