import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PARTICIPANT_API_PREFIX, PARTICIPANT_EVENTS_PATH, type PhoneEvent } from '../contract';
import { type ListenForPhones, type PhoneListener, type Phones, invokeParticipant } from '../core';
import { SECURITY_HEADERS } from './csp';
import { readStatic } from './static-files';

// The participants' listener: a second HTTP server, bound to the one address
// the coach chose (never 0.0.0.0, never the coach's 127.0.0.1 host). It
// serves the participants' contract, their event stream and the phone page,
// and nothing else: every other path, the coach's /api/ among them, is 404.
// Every request must name this address:port as its Host (DNS rebinding),
// every POST must come from this origin, and every call but join needs the
// session token the server gave at join.

export const PHONE_MAX_BODY_BYTES = 16 * 1024;
/** A phone may have the page open in a few tabs; more streams than that are refused. */
const STREAMS_PER_SESSION = 3;
const HEARTBEAT_MS = 15_000;

const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vereinswerkstatt</title></head>
<body><h1>Vereinswerkstatt</h1><p>Die Seite für Handys folgt.</p><p lang="en">The phone page is coming.</p></body></html>
`;

export interface PhoneServerOptions {
  /** The built phone page (index.html and its assets); without one a placeholder is served. */
  pageDir?: string;
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
const refuse = (res: ServerResponse, status: number, messageKey: string): void =>
  sendJson(res, status, { ok: false, error: { kind: 'validation', messageKey } });

function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > PHONE_MAX_BODY_BYTES) {
      resolve('too_large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= PHONE_MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > PHONE_MAX_BODY_BYTES ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function bearer(req: IncomingMessage): string | undefined {
  const value = req.headers.authorization;
  return typeof value === 'string' && value.startsWith('Bearer ') ? value.slice('Bearer '.length).trim() : undefined;
}

/** Only a page this listener served may post: its Origin is this very address. */
function originAllowed(req: IncomingMessage, host: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return req.headers.origin?.toLowerCase() === `http://${host}`;
}

async function handleCall(req: IncomingMessage, res: ServerResponse, phones: Phones, method: string): Promise<void> {
  const body = await readBody(req);
  if (body === 'too_large') return refuse(res, 413, 'errors.request.tooLarge');
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return refuse(res, 400, 'errors.request.badJson');
  }
  const answer = await invokeParticipant(phones, bearer(req), method, input);
  sendJson(res, answer.status, answer.envelope);
}

function lastEventId(req: IncomingMessage, url: URL): number | null {
  const raw = req.headers['last-event-id'] ?? url.searchParams.get('lastEventId');
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return raw !== undefined && raw !== null && raw !== '' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function handleEvents(req: IncomingMessage, res: ServerResponse, phones: Phones, url: URL): void {
  const session = phones.session(url.searchParams.get('token') ?? undefined);
  if (!session) return refuse(res, 401, 'errors.phones.sessionEnded');
  if (session.streamCount >= STREAMS_PER_SESSION) return refuse(res, 429, 'errors.phones.tooFast');
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write('retry: 2000\n\n');
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const stop = (): void => {
    clearInterval(heartbeat);
    detach();
  };
  const detach = session.attach(
    {
      send: (id: number, event: PhoneEvent) => res.write(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`),
      close: () => {
        stop();
        res.end();
      },
    },
    lastEventId(req, url),
    phones.now(),
    () => phones.now(),
  );
  req.on('close', stop);
}

async function handlePage(res: ServerResponse, options: PhoneServerOptions, path: string): Promise<void> {
  const isAsset = /\.[a-z0-9]+$/i.test(path) && path !== '/index.html';
  if (!options.pageDir) {
    if (path === '/' || path === '/index.html') return send(res, 200, PLACEHOLDER_PAGE, 'text/html; charset=utf-8');
    return send(res, 404, 'Nicht gefunden', 'text/plain; charset=utf-8');
  }
  const file = await readStatic(options.pageDir, isAsset ? path : '/index.html');
  if (!file || (!isAsset && path !== '/' && path !== '/index.html')) return send(res, 404, 'Nicht gefunden', 'text/plain; charset=utf-8');
  send(res, 200, file.body, file.contentType);
}

async function route(req: IncomingMessage, res: ServerResponse, phones: Phones, host: string, options: PhoneServerOptions): Promise<void> {
  if ((req.headers.host ?? '').toLowerCase() !== host) return send(res, 421, 'Unbekannter Host', 'text/plain; charset=utf-8');
  const url = new URL(req.url ?? '/', `http://${host}`);
  if (req.method === 'POST') {
    if (!originAllowed(req, host)) return refuse(res, 403, 'errors.request.forbidden');
    const method = url.pathname.startsWith(PARTICIPANT_API_PREFIX) ? url.pathname.slice(PARTICIPANT_API_PREFIX.length) : '';
    if (!method || method === 'events') return send(res, 404, 'Nicht gefunden', 'text/plain; charset=utf-8');
    return handleCall(req, res, phones, method);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Nicht erlaubt', 'text/plain; charset=utf-8');
  if (url.pathname === PARTICIPANT_EVENTS_PATH && req.method === 'GET') return handleEvents(req, res, phones, url);
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith(PARTICIPANT_API_PREFIX)) return send(res, 404, 'Nicht gefunden', 'text/plain; charset=utf-8');
  return handlePage(res, options, url.pathname);
}

/** The listener factory Phones uses; the address is the coach's choice, checked by Phones before it gets here. */
export function listenForPhones(options: PhoneServerOptions = {}): ListenForPhones {
  return (phones, address, port) =>
    new Promise<PhoneListener>((resolveStart, rejectStart) => {
      let host = '';
      const server = createServer((req, res) => {
        route(req, res, phones, host, options).catch((error: unknown) => {
          console.error('[phones] request failed', error);
          if (!res.headersSent) refuse(res, 500, 'errors.internal');
          else res.end();
        });
      });
      // A slow or stalled phone (or someone on the network) must not hold connections open.
      server.headersTimeout = 10_000;
      server.requestTimeout = 15_000;
      server.keepAliveTimeout = 5_000;
      server.maxHeadersCount = 50;
      // 60 phones with an event stream and a call or two each, with room to spare; beyond that, refuse sockets.
      server.maxConnections = 400;
      server.once('error', rejectStart);
      server.listen(port, address, () => {
        const bound = (server.address() as AddressInfo).port;
        host = `${address}:${bound}`;
        server.off('error', rejectStart);
        server.on('error', (error) => console.error('[phones] listener error', error));
        resolveStart({
          port: bound,
          close: () =>
            new Promise((done) => {
              server.closeAllConnections();
              server.close(() => done());
            }),
        });
      });
    });
}
