import type { ParticipantMethodName, PhoneEvent } from '../src-main/contract/participant';

// The phone's link to the laptop: one POST per call, the session token as a
// bearer, and an event stream that says when to ask again. Type imports
// only: the page stays a few kilobytes (no zod, no framework).

export type Answer<T> = { ok: true; value: T } | { ok: false; messageKey: string; offline?: boolean; status?: number };

const TOKEN_KEY = 'vw-phone-token';

/** The session survives a reload of the page, never the tab (sessionStorage). */
export const session = {
  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set token(value: string | null) {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** A random key for a write: a LAN page over http is no secure context, so no crypto.randomUUID. */
export function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function call<T>(name: ParticipantMethodName, input: unknown): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = session.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/p/${name}`, { method: 'POST', headers, body: JSON.stringify(input), cache: 'no-store' });
  } catch {
    return { ok: false, messageKey: 'offline', offline: true };
  }
  type Body = { ok: boolean; value?: T; error?: { messageKey?: string } };
  let body: Body | null;
  try {
    body = (await response.json()) as Body;
  } catch {
    body = null;
  }
  if (body?.ok) return { ok: true, value: body.value as T };
  return { ok: false, messageKey: body?.error?.messageKey ?? 'other', status: response.status };
}

const RETRY_MS = [1000, 2000, 4000, 8000];

/**
 * A write sent until it arrives: after a dropped connection the same key goes
 * again, and the laptop does it only once. `onRetry` tells the page it waits.
 */
export async function send<T>(name: ParticipantMethodName, input: { key: string } & Record<string, unknown>, onRetry: () => void): Promise<Answer<T>> {
  for (let attempt = 0; ; attempt++) {
    const answer = await call<T>(name, input);
    if (answer.ok || !answer.offline) return answer;
    onRetry();
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
  }
}

/**
 * Listens for "something changed" and "your session ended". iOS Safari drops
 * a stream in the background without a word: when the page is shown again,
 * the stream starts anew (resuming from its last event id) and `onShown` asks
 * for the current state.
 */
export function listen(onEvent: (event: PhoneEvent) => void, onShown: () => void, onOffline: (offline: boolean) => void): () => void {
  let source: EventSource | null = null;
  let lastId = '';
  const open = (): void => {
    source?.close();
    const token = session.token;
    if (!token) return;
    const resume = lastId ? `&lastEventId=${encodeURIComponent(lastId)}` : '';
    source = new EventSource(`/p/events?token=${encodeURIComponent(token)}${resume}`);
    source.onopen = () => onOffline(false);
    source.onerror = () => onOffline(true);
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
    source?.close();
    document.removeEventListener('visibilitychange', shown);
    window.removeEventListener('pageshow', shown);
  };
}
