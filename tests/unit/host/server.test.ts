import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../src-main/core';
import { type RunningHost, startHost } from '../../../src-main/host/server';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

const TOKEN = 'test-token-0123456789';
let tw: TestWorkspace;
let host: RunningHost;
let rendererDir: string;

beforeEach(async () => {
  tw = createTestWorkspace();
  rendererDir = mkdtempSync(join(tmpdir(), 'vw-ui-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<head><meta name="vw-token" content="" /></head>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {}');
  host = await startHost({ api: createApi(tw.workspace), workspace: tw.workspace, rendererDir, token: TOKEN, port: 0 });
});
afterEach(async () => {
  await host.close();
  tw.cleanup();
  rmSync(rendererDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send the Host and Origin headers a browser would. */
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const call = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-vw-token': TOKEN, ...headers },
    body: JSON.stringify(input),
  });

describe('browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('hands the per-run token to the page it serves, with security headers', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`content="${TOKEN}"`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await send('/present')).body).toContain(TOKEN);
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    writeFileSync(join(rendererDir, '..', 'vw-host-secret.txt'), 'geheim');
    for (const path of ['/../vw-host-secret.txt', '/%2e%2e/vw-host-secret.txt', '/assets/..%2f..%2fvw-host-secret.txt']) {
      const answer = await send(path);
      expect(answer.body, path).not.toContain('geheim');
    }
  });

  it('serves the same API as the desktop app, with the same validation', async () => {
    const created = await call('organisations.create', { name: 'Chor am Markt e.V.' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Chor am Markt e.V.' } });
    const refused = await call('organisations.create', { name: '' });
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { kind: 'validation', messageKey: 'errors.validation.required' } });
    const missing = await call('workshops.get', { id: 'nope' });
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it.each([
    ['no token', { 'x-vw-token': '' }],
    ['a wrong token', { 'x-vw-token': 'guess' }],
    ['a foreign origin', { origin: 'http://evil.example' }],
    ['another local port', { origin: 'http://127.0.0.1:1' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses calls with %s and writes nothing', async (_label, headers) => {
    const before = snapshot(tw.workspace.connection!);
    const answer = await call('organisations.create', { name: 'Eindringling' }, headers);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { messageKey: 'errors.request.forbidden' } });
    expect(snapshot(tw.workspace.connection!)).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding), even for the page', async () => {
    const page = await send('/', { headers: { host: `evil.example:${host.port}` } });
    expect(page.status).toBe(421);
    expect(page.body).not.toContain(TOKEN);
    const api = await call('organisations.list', {}, { host: `evil.example:${host.port}` });
    expect(api.status).toBe(421);
  });

  it('refuses a 10 MB body with a typed error and writes nothing', async () => {
    const before = snapshot(tw.workspace.connection!);
    const answer = await call('organisations.create', { name: 'x'.repeat(10 * 1024 * 1024) });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { messageKey: 'errors.request.tooLarge' } });
    expect(snapshot(tw.workspace.connection!)).toEqual(before);
  });

  it('refuses broken JSON, unknown methods and GET calls', async () => {
    const broken = await send('/api/organisations.create', {
      method: 'POST',
      headers: { 'x-vw-token': TOKEN, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(JSON.parse(broken.body)).toMatchObject({ error: { messageKey: 'errors.request.badJson' } });
    expect(JSON.parse((await call('organisations.dropAll', {})).body)).toMatchObject({
      error: { messageKey: 'errors.request.unknownMethod' },
    });
    expect((await send('/api/organisations.list', { headers: { 'x-vw-token': TOKEN } })).status).toBe(405);
  });

  it('streams core events to pages that present the token', async () => {
    expect((await send('/api/events?token=wrong')).status).toBe(403);
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${TOKEN}` }, (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          if (buffer.includes('organisations.changed')) {
            req.destroy();
            resolve(buffer);
          }
        });
        void call('organisations.create', { name: 'Neu' });
      });
      req.on('error', (e) => (e.message.includes('aborted') ? undefined : reject(e)));
      req.end();
    });
    expect(received).toMatch(/data: \{"name":"organisations\.changed"/);
  });
});
