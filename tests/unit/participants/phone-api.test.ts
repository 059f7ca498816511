import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GIVE_UP_MS, listen, send } from '../../../src-phone/api';

// The phone page's link to the laptop, without a browser: a fetch that never
// gets through, and an event stream the laptop refuses (429: too many tabs).
// The clock is vitest's fake one, so nothing here waits for real time.

class FakeSource {
  static readonly CLOSED = 2;
  static opened: FakeSource[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onmessage: ((m: MessageEvent<string>) => void) | null = null;
  constructor(readonly url: string) {
    FakeSource.opened.push(this);
  }
  close(): void {
    this.readyState = FakeSource.CLOSED;
  }
  /** What a browser does with a refused stream: one error, then closed for good. */
  refuse(): void {
    this.readyState = FakeSource.CLOSED;
    this.onerror?.();
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  const store = new Map<string, string>([['vw-phone-token', 'token-1']]);
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) });
  const events = { addEventListener: () => undefined, removeEventListener: () => undefined };
  vi.stubGlobal('document', { ...events, visibilityState: 'visible' });
  vi.stubGlobal('window', events);
  vi.stubGlobal('EventSource', FakeSource);
  FakeSource.opened = [];
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a write from the phone', () => {
  it('carries the phase it was written for, and stops retrying after a while with "not sent"', async () => {
    const bodies: unknown[] = [];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return Promise.reject(new TypeError('network down'));
    });
    let retries = 0;
    const answer = send('cards.add', { key: 'key-00000001', phaseId: 'phase-1', text: 'Hallo' }, () => retries++);
    await vi.advanceTimersByTimeAsync(GIVE_UP_MS + 10_000);
    expect(await answer).toEqual({ ok: false, messageKey: 'notSent', offline: true });
    expect(retries).toBeGreaterThan(2);
    // Every try is the same write: same key, same phase.
    expect(new Set(bodies.map((b) => JSON.stringify(b)))).toEqual(new Set([JSON.stringify({ key: 'key-00000001', phaseId: 'phase-1', text: 'Hallo' })]));
  });
});

describe('the phone’s event stream', () => {
  it('tries again, less and less often, after the laptop refused it, and asks for the state when back', async () => {
    let shown = 0;
    const offline: boolean[] = [];
    const stop = listen(() => undefined, () => shown++, (o) => offline.push(o));
    expect(FakeSource.opened).toHaveLength(1);
    FakeSource.opened[0]!.refuse();
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSource.opened).toHaveLength(2);
    FakeSource.opened[1]!.refuse();
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSource.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSource.opened).toHaveLength(3);
    expect(shown).toBe(2);
    FakeSource.opened[2]!.onopen?.();
    expect(offline.at(-1)).toBe(false);
    stop();
    FakeSource.opened[2]!.refuse();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSource.opened).toHaveLength(3);
  });
});
