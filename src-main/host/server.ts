import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorData, Envelope } from '../contract';
import { type Api, type Workspace, exportFile } from '../core';
import { SECURITY_HEADERS } from '../serving/csp';
import { hostAllowed, originAllowed, tokenMatches } from './guard';
import { injectToken, readStatic } from '../serving/static-files';

// The coach's browser host. It always binds to 127.0.0.1: the coach's API
// must never be reachable from the room's network. A later participants'
// surface (phones adding cards over the hotspot) gets its own listener with
// its own tiny allowlist, never this one.
const BIND_ADDRESS = '127.0.0.1';

/** Large enough for any legitimate call, small enough that a runaway upload is refused early. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface HostOptions {
  api: Api;
  workspace: Workspace;
  rendererDir: string;
  token: string;
  port?: number;
}

export interface RunningHost {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const STATUS_BY_KIND: Record<ApiErrorData['kind'], number> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  storage: 503,
  internal: 500,
};

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  res.end(body);
}

/**
 * A call that reached the API answers 200 with its envelope, also when the
 * envelope carries a typed error: a refused entry is an answer, not a broken
 * request (and does not fill the browser console while the coach types).
 */
function sendEnvelope(res: ServerResponse, envelope: Envelope<unknown>): void {
  send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

const fail = (res: ServerResponse, kind: ApiErrorData['kind'], messageKey: string, status?: number): void => {
  const envelope: Envelope<never> = { ok: false, error: { kind, messageKey } };
  send(res, status ?? STATUS_BY_KIND[kind], JSON.stringify(envelope), 'application/json; charset=utf-8');
};

function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      resolve('too_large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Reads a POST body as JSON; answers the request itself (and returns undefined) when it cannot. */
async function readJsonInput(req: IncomingMessage, res: ServerResponse): Promise<{ input: unknown } | undefined> {
  if (req.method !== 'POST') {
    fail(res, 'validation', 'errors.request.badMethod', 405);
    return undefined;
  }
  const body = await readBody(req);
  if (body === 'too_large') {
    fail(res, 'validation', 'errors.request.tooLarge', 413);
    return undefined;
  }
  try {
    return { input: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) };
  } catch {
    fail(res, 'validation', 'errors.request.badJson');
    return undefined;
  }
}

async function handleApiCall(req: IncomingMessage, res: ServerResponse, opts: HostOptions, method: string): Promise<void> {
  const body = await readJsonInput(req, res);
  if (body) sendEnvelope(res, await opts.api.invoke(method, body.input));
}

/** RFC 6266: a plain fallback name plus the exact UTF-8 name (umlauts survive). */
function contentDisposition(fileName: string): string {
  const fallback = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'download';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function handleExport(req: IncomingMessage, res: ServerResponse, opts: HostOptions, kind: string): Promise<void> {
  const body = await readJsonInput(req, res);
  if (!body) return;
  const file = await exportFile(opts.workspace, kind, body.input);
  if (!file.ok) return sendEnvelope(res, file);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.value.mimeType,
    'Content-Disposition': contentDisposition(file.value.fileName),
    'X-VW-File-Name': encodeURIComponent(file.value.fileName),
    'Cache-Control': 'no-store',
  });
  res.end(Buffer.from(file.value.bytes));
}

function handleEvents(req: IncomingMessage, res: ServerResponse, workspace: Workspace): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write('retry: 1000\n\n');
  const unsubscribe = workspace.subscribe((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}

async function handleStatic(res: ServerResponse, opts: HostOptions, path: string): Promise<void> {
  const isAsset = /\.[a-z0-9]+$/i.test(path) && path !== '/index.html';
  if (isAsset) {
    const file = await readStatic(opts.rendererDir, path);
    if (!file) return send(res, 404, 'Nicht gefunden', 'text/plain; charset=utf-8');
    return send(res, 200, file.body, file.contentType);
  }
  // Every other path is a screen of the single-page app (e.g. /present).
  const index = await readStatic(opts.rendererDir, '/index.html');
  if (!index) return send(res, 500, 'Die Oberfläche wurde nicht gebaut. Bitte „npm run build“ ausführen.', 'text/plain; charset=utf-8');
  send(res, 200, injectToken(index.body.toString('utf8'), opts.token), 'text/html; charset=utf-8');
}

async function route(req: IncomingMessage, res: ServerResponse, opts: HostOptions, port: number): Promise<void> {
  if (!hostAllowed(req, port)) return send(res, 421, 'Unbekannter Host', 'text/plain; charset=utf-8');
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith('/api/')) {
    if (!originAllowed(req, port)) return fail(res, 'validation', 'errors.request.forbidden', 403);
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), opts.token)) {
        return fail(res, 'validation', 'errors.request.forbidden', 403);
      }
      return handleEvents(req, res, opts.workspace);
    }
    const token = req.headers['x-vw-token'];
    if (!tokenMatches(typeof token === 'string' ? token : undefined, opts.token)) {
      return fail(res, 'validation', 'errors.request.forbidden', 403);
    }
    if (url.pathname.startsWith('/api/export/')) return handleExport(req, res, opts, url.pathname.slice('/api/export/'.length));
    return handleApiCall(req, res, opts, url.pathname.slice('/api/'.length));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Nicht erlaubt', 'text/plain; charset=utf-8');
  return handleStatic(res, opts, url.pathname);
}

export function startHost(opts: HostOptions): Promise<RunningHost> {
  return new Promise((resolveStart, rejectStart) => {
    let port = 0;
    const server = createServer((req, res) => {
      route(req, res, opts, port).catch((error: unknown) => {
        console.error('[host] request failed', error);
        if (!res.headersSent) fail(res, 'internal', 'errors.internal');
        else res.end();
      });
    });
    server.on('error', rejectStart);
    server.listen(opts.port ?? 0, BIND_ADDRESS, () => {
      port = (server.address() as AddressInfo).port;
      resolveStart({
        url: `http://${BIND_ADDRESS}:${port}/`,
        port,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
