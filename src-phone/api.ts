import type { ParticipantMethodName, PhoneEvent, PhoneView } from '../src-main/contract/participant';

// The phone's link to the laptop: one POST per call, the session token as a
// bearer, and an event stream that says when to ask again. Type imports
// only: the page stays a few kilobytes (no zod, no framework).

/** A write's answer also carries what the phone shows after it (`view`), so the page need not ask again. */
export type Answer<T> = { ok: true; value: T; view?: PhoneView } | { ok: false; messageKey: string; offline?: boolean; status?: number };

const TOKEN_KEY = 'vw-phone-token';
const DEVICE_KEY = 'vw-phone-key';

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // private mode or storage switched off: the phone joins again after a reload
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // as above
  }
}

/**
 * In localStorage, not sessionStorage: a phone that was locked, whose browser
 * dropped the tab, or whose owner scanned the QR code again opens a new page,
 * and should be back in the workshop rather than asked to join anew. The
 * token is worth nothing once the session ends (renewed code, phones
 * stopped, left, idle for hours, workshop over).
 */
export const session = {
  get token(): string | null {
    return stored(TOKEN_KEY);
  },
  set token(value: string | null) {
    store(TOKEN_KEY, value);
  },
  /** The page's random key for joining again as the same voter (see participant.ts, phoneKey); kept after leaving. */
  get device(): string {
    let key = stored(DEVICE_KEY);
    if (!key || !/^[A-Za-z0-9_-]{22,64}$/.test(key)) {
      key = newKey();
      store(DEVICE_KEY, key);
    }
    return key;
  },
};

/** A random key for a write: a LAN page over http is no secure context, so no crypto.randomUUID. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A call that hangs (a phone between two Wi-Fi cells) counts as lost after this. */
const CALL_TIMEOUT_MS = 10_000;

export async function call<T>(name: ParticipantMethodName, input: unknown): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = session.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), CALL_TIMEOUT_MS);
  try {
    response = await fetch(`/p/${name}`, { method: 'POST', headers, body: JSON.stringify(input), cache: 'no-store', signal: abort.signal });
  } catch {
    return { ok: false, messageKey: 'offline', offline: true };
  } finally {
    clearTimeout(timer);
  }
  type Body = { ok: boolean; value?: T; view?: PhoneView; error?: { messageKey?: string } };
  let body: Body | null;
  try {
    body = (await response.json()) as Body;
  } catch {
    body = null;
  }
  if (body?.ok) return { ok: true, value: body.value as T, ...(body.view ? { view: body.view } : {}) };
  return { ok: false, messageKey: body?.error?.messageKey ?? 'other', status: response.status };
}

const RETRY_MS = [1000, 2000, 4000, 8000];
/** After this long the phone stops trying and says so: the person decides whether to send again. */
export const GIVE_UP_MS = 30_000;

/**
 * A write sent until it arrives, for a while: after a dropped connection the
 * same key goes again, and the laptop does it only once. It carries the phase
 * it was written for, so a late retry is refused instead of landing in the
 * next phase. `onRetry` tells the page it waits.
 */
export async function send<T>(name: ParticipantMethodName, input: { key: string } & Record<string, unknown>, onRetry: () => void): Promise<Answer<T>> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const answer = await call<T>(name, input);
    if (answer.ok || !answer.offline) return answer;
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!;
    if (Date.now() - started + wait > GIVE_UP_MS) return { ok: false, messageKey: 'notSent', offline: true };
    onRetry();
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

const STREAM_RETRY_MIN_MS = 1000;
const STREAM_RETRY_MAX_MS = 30_000;

/**
 * Listens for "something changed" and "your session ended". iOS Safari drops
 * a stream in the background without a word: when the page is shown again,
 * the stream starts anew (resuming from its last event id) and `onShown` asks
 * for the current state.
 */
export function listen(onEvent: (event: PhoneEvent) => void, onShown: () => void, onOffline: (offline: boolean) => void): () => void {
  let source: EventSource | null = null;
  let lastId = '';
  let again: ReturnType<typeof setTimeout> | undefined;
  let backoff = STREAM_RETRY_MIN_MS;
  const open = (): void => {
    clearTimeout(again);
    source?.close();
    const token = session.token;
    if (!token) return;
    const resume = lastId ? `&lastEventId=${encodeURIComponent(lastId)}` : '';
    const current = new EventSource(`/p/events?token=${encodeURIComponent(token)}${resume}`);
    source = current;
    current.onopen = () => {
      backoff = STREAM_RETRY_MIN_MS;
      onOffline(false);
    };
    current.onerror = () => {
      onOffline(true);
      // A refused stream (429: too many tabs; 503) is closed for good by the
      // browser, which retries only dropped ones: try again, less and less often.
      if (current.readyState !== EventSource.CLOSED || source !== current) return;
      again = setTimeout(() => {
        open();
        onShown();
      }, backoff);
      backoff = Math.min(backoff * 2, STREAM_RETRY_MAX_MS);
    };
    source.onmessage = (message: MessageEvent<string>) => {
      if (message.lastEventId) lastId = message.lastEventId;
      try {
        onEvent(JSON.parse(message.data) as PhoneEvent);
      } catch {
        // A line that is no event is skipped; the next change asks again.
      }
    };
  };
  const shown = (): void => {
    if (document.visibilityState !== 'visible') return;
    open();
    onShown();
  };
  open();
  document.addEventListener('visibilitychange', shown);
  window.addEventListener('pageshow', shown);
  return () => {
    clearTimeout(again);
    source?.close();
    source = null;
    document.removeEventListener('visibilitychange', shown);
    window.removeEventListener('pageshow', shown);
  };
}
