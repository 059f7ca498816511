import {
  type JoinResult,
  MAX_PHONE_SESSIONS,
  type MethodParsedInput,
  type PhoneEndReason,
  type PhoneNetwork,
  type PhoneStatus,
} from '../../contract';
import { CoreError } from '../errors';
import type { Workspace } from '../workspace';
import type { ParticipantCaller } from './caller';
import { forgetPhoneSessions } from './moderation';
import { isForbiddenAddress, listNetworks } from './networks';
import { RateBucket, deviceSessionId, newJoinCode, newSessionId, newToken } from './random';
import { PhoneSession } from './session';
import { phoneView } from './view';
import { PhoneWakeups, type WakeState, initialWakeState } from './wakeups';
import { WriteBatch } from './write-batch';

// "Handys verbinden": one listener at a time, for one workshop, on the one
// address the coach chose. Sessions live here, in memory: they end when
// phones stop, the code is renewed, the workshop ends or the app quits, and
// then the database forgets which card, dots and ratings were whose.
// The HTTP server itself is passed in (src-main/serving/participant-server.ts),
// so that this part stays plain logic and is tested without a network.

export interface PhoneListener {
  port: number;
  close(): Promise<void>;
}

export type ListenForPhones = (phones: Phones, address: string, port: number) => Promise<PhoneListener>;

export interface PhonesOptions {
  /** Starts the HTTP listener; without one, "Handys verbinden" answers that it is not available here. */
  listen?: ListenForPhones;
  /** Addresses offered besides the laptop's networks: only for tests (e.g. 127.0.0.2, a second loopback address). */
  testAddresses?: readonly string[];
  /** Milliseconds, for the rate limits; tests move it by hand. */
  clock?: () => number;
  maxSessions?: number;
  networks?: () => PhoneNetwork[];
  /** A session without any call and without an open event stream for this long ends (default PHONE_IDLE_MS). */
  idleMs?: number;
}

/**
 * Four hours: a long lunch break or a workshop afternoon with the phone in a
 * pocket keeps its session; a phone forgotten since the morning does not
 * hold one of the 60 places, nor a valid token, for the rest of the day.
 */
export const PHONE_IDLE_MS = 4 * 60 * 60 * 1000;

interface Running extends WakeState {
  address: string;
  port: number;
  listener: PhoneListener;
  code: string;
  joiningOpen: boolean;
  qrHidden: boolean;
  startedAt: string;
  firstJoinAt: string | null;
  unsubscribe: () => void;
}

/**
 * Wrong join codes, counted for the whole listener (no addresses are kept):
 * typos are fine, guessing one of 31⁶ ≈ 887 million codes at one a second
 * takes decades; someone flooding wrong codes blocks joining for a second only.
 */
export const JOIN_FAILURES = { burst: 30, intervalMs: 1000 };
const PORT_TRIES = 10;

export class Phones {
  private running: Running | null = null;
  private busy: Promise<unknown> = Promise.resolve();
  private readonly clock: () => number;
  private readonly failures: RateBucket;
  private readonly wakeups: PhoneWakeups;

  /** Phones' writes, committed together when several arrive at once. */
  readonly writes = new WriteBatch({
    context: () => this.workspace.context,
    emitAs: (writers, events) =>
      this.wakeups.asWriters(writers, () => {
        for (const event of events) this.workspace.context.emit(event);
      }),
  });

  /** Runs a phone's call; a change it makes to its own cards does not wake that same phone. */
  asWriter<T>(sessionId: string | null, run: () => T): T {
    return this.wakeups.asWriters(new Set(sessionId === null ? [] : [sessionId]), run);
  }

  constructor(
    readonly workspace: Workspace,
    private readonly options: PhonesOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
    this.wakeups = new PhoneWakeups({
      workspace,
      running: () => this.running,
      workshopGoesOn: (workshopId) => this.workshopGoesOn(workshopId),
      stop: () => this.stop(),
    });
    this.failures = new RateBucket(JOIN_FAILURES.burst, JOIN_FAILURES.intervalMs, this.clock());
  }

  get maxSessions(): number {
    return this.options.maxSessions ?? MAX_PHONE_SESSIONS;
  }

  now(): number {
    return this.clock();
  }

  networks(): PhoneNetwork[] {
    const found = (this.options.networks ?? listNetworks)();
    const tests = (this.options.testAddresses ?? []).map((address) => ({ address, name: 'test', likelyWifi: false }));
    return [...found, ...tests].filter((n) => !isForbiddenAddress(n.address));
  }

  status(): PhoneStatus {
    const r = this.running;
    if (!r) {
      return { running: false, workshopId: null, address: null, port: null, url: null, code: null, phones: 0, joiningOpen: false, qrHidden: false, startedAt: null, firstJoinAt: null };
    }
    return {
      running: true, workshopId: r.workshopId, address: r.address, port: r.port, url: `http://${r.address}:${r.port}/`, code: r.code,
      phones: r.sessions.size, joiningOpen: r.joiningOpen, qrHidden: r.qrHidden, startedAt: r.startedAt, firstJoinAt: r.firstJoinAt,
    };
  }

  /** The Host header every request must carry (DNS rebinding) and the Origin of every POST. */
  get expectedHost(): string | null {
    return this.running ? `${this.running.address}:${this.running.port}` : null;
  }

  /** One start or stop at a time: a double click must not open two listeners. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.busy.then(fn, fn);
    this.busy = next.catch(() => undefined);
    return next;
  }

  start(input: MethodParsedInput<'phones.start'>): Promise<PhoneStatus> {
    return this.serial(async () => {
      if (isForbiddenAddress(input.address) || !this.networks().some((n) => n.address === input.address)) {
        throw new CoreError('validation', 'errors.phones.badAddress', { address: input.address });
      }
      const ctx = this.workspace.context;
      const workshop = ctx.sql('SELECT status FROM workshops WHERE id = ?').get(input.workshopId) as { status: string } | undefined;
      if (!workshop) throw new CoreError('not_found', 'errors.notFound.workshop');
      if (workshop.status === 'done') throw new CoreError('validation', 'errors.phones.workshopDone');
      const r = this.running;
      if (r && r.workshopId === input.workshopId && r.address === input.address) return this.status();
      if (!this.options.listen) throw new CoreError('validation', 'errors.phones.unavailable');
      await this.stopNow();
      forgetPhoneSessions(ctx, { except: input.workshopId });
      const listener = await this.listenOnFreePort(input.address, input.port);
      this.running = {
        ...initialWakeState(ctx, input.workshopId),
        address: input.address, port: listener.port, listener, code: newJoinCode(), joiningOpen: true, qrHidden: false,
        startedAt: new Date(this.clock()).toISOString(), firstJoinAt: null, sessions: new Map(),
        unsubscribe: this.workspace.subscribe((event) => this.wakeups.onEvent(event)),
      };
      this.changed();
      return this.status();
    });
  }

  /** The chosen port, else the next few, else any free one (the QR code carries it anyway). */
  private async listenOnFreePort(address: string, port: number): Promise<PhoneListener> {
    const tries = [...Array.from({ length: PORT_TRIES }, (_v, i) => port + i).filter((p) => p <= 65535), 0];
    let last: unknown;
    for (const p of tries) {
      try {
        return await this.options.listen!(this, address, p);
      } catch (error) {
        last = error;
        if ((error as { code?: string }).code !== 'EADDRINUSE') break;
      }
    }
    const code = (last as { code?: string }).code ?? '';
    throw new CoreError('validation', code === 'EADDRNOTAVAIL' ? 'errors.phones.badAddress' : 'errors.phones.listenFailed', { address });
  }

  stop(): Promise<PhoneStatus> {
    return this.serial(async () => {
      await this.stopNow();
      return this.status();
    });
  }

  private async stopNow(): Promise<void> {
    const r = this.running;
    if (!r) return;
    this.running = null;
    r.unsubscribe();
    for (const session of r.sessions.values()) session.end('stopped');
    await r.listener.close();
    if (this.workspace.isOpen && !this.workshopGoesOn(r.workshopId)) forgetPhoneSessions(this.workspace.context, { only: r.workshopId });
    this.wakeups.emitChanged(r.workshopId);
  }

  setJoining(open: boolean): PhoneStatus {
    this.requireRunning().joiningOpen = open;
    this.changed();
    return this.status();
  }

  setQrHidden(hidden: boolean): PhoneStatus {
    this.requireRunning().qrHidden = hidden;
    this.changed();
    return this.status();
  }

  /**
   * A new code; every phone must join again (e.g. someone outside the room
   * learned the old one). Which ballot and ratings were whose is kept: a
   * phone that joins again with its key is the same voter and changes them.
   */
  renewCode(): PhoneStatus {
    const r = this.requireRunning();
    for (const session of r.sessions.values()) session.end('renewed');
    r.sessions.clear();
    r.code = newJoinCode();
    this.changed();
    return this.status();
  }

  workshopGoesOn(workshopId: string): boolean {
    const row = this.workspace.context.sql('SELECT status FROM workshops WHERE id = ?').get(workshopId) as { status: string } | undefined;
    return row !== undefined && row.status !== 'done';
  }

  private requireRunning(): Running {
    if (!this.running) throw new CoreError('validation', 'errors.phones.notRunning');
    return this.running;
  }

  // ---------- the phones' side ----------

  join(code: string, name: string, device?: string): JoinResult {
    const r = this.running;
    if (!r) throw new CoreError('not_found', 'errors.phones.notRunning');
    const now = this.clock();
    this.sweep(r, now);
    if (!this.failures.peek(now)) throw new CoreError('validation', 'errors.phones.tooFast');
    if (code !== r.code) {
      this.failures.take(now);
      throw new CoreError('validation', 'errors.phones.badCode', {}, [{ field: 'code', messageKey: 'errors.phones.badCode' }]);
    }
    if (!r.joiningOpen) throw new CoreError('validation', 'errors.phones.joiningClosed');
    if (r.sessions.size >= this.maxSessions) throw new CoreError('conflict', 'errors.phones.full', { max: this.maxSessions });
    const ctx = this.workspace.context;
    const { ask_names } = ctx.sql('SELECT ask_names FROM workshops WHERE id = ?').get(r.workshopId) as { ask_names: number };
    // A name is kept only when the workshop asks for names, and then only for this session.
    // With the page's key, the same phone gets the same id again: its ballot, ratings and cards are its own again.
    const sessionId = device ? deviceSessionId(r.workshopId, device) : newSessionId();
    const caller: ParticipantCaller = { kind: 'participant', sessionId, workshopId: r.workshopId, name: ask_names === 1 ? name : '' };
    const session = new PhoneSession(caller, newToken(), now);
    r.sessions.set(session.token, session);
    r.firstJoinAt ??= new Date(now).toISOString();
    this.changed();
    return { sessionId: caller.sessionId, token: session.token, view: phoneView(ctx, caller) };
  }

  /** The session of a token; undefined for a token never given, ended, or from before a renewed code. */
  session(token: string | undefined): PhoneSession | undefined {
    const r = this.running;
    if (!token || !r) return undefined;
    const now = this.clock();
    this.sweep(r, now);
    const session = r.sessions.get(token);
    session?.seen(now);
    return session;
  }

  /** Ends the sessions idle for longer than the idle time (checked whenever a phone calls or joins: no timer needed). */
  private sweep(r: Running, now: number): void {
    const idleMs = this.options.idleMs ?? PHONE_IDLE_MS;
    let ended = false;
    for (const [token, session] of r.sessions) {
      if (!session.idle(now, idleMs)) continue;
      r.sessions.delete(token);
      session.end('expired');
      ended = true;
    }
    if (ended) this.changed();
  }

  /** The phones' count for the coach, after idle sessions ended. */
  sweepIdle(): void {
    if (this.running) this.sweep(this.running, this.clock());
  }

  leave(session: PhoneSession, reason: PhoneEndReason = 'left'): void {
    if (this.running?.sessions.delete(session.token)) {
      session.end(reason);
      this.changed();
    }
  }

  private changed(): void {
    this.wakeups.emitChanged(this.running?.workshopId ?? null);
  }
}
