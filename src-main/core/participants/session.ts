import type { PhoneEndReason, PhoneEvent } from '../../contract';
import type { ParticipantCaller } from './caller';
import { RateBucket } from './random';

// One phone's session, in memory only: its token, its rate limit, the
// answers to its recent writes (so that a retry with the same idempotency
// key gets the first answer instead of a second card), and its event stream
// with ids, so that a reconnecting phone resumes from Last-Event-ID.

/** Burst 5, then one write per second. */
export const RATE_BURST = 5;
export const RATE_INTERVAL_MS = 1000;
/** Enough for a phone that was offline for a while; older gaps make the phone load everything again. */
const EVENT_BUFFER = 64;
const REMEMBERED_WRITES = 200;

export interface PhoneStream {
  send(id: number, event: PhoneEvent): void;
  close(): void;
}

export class PhoneSession {
  readonly caller: ParticipantCaller;
  private readonly bucket: RateBucket;
  private readonly writes = new Map<string, { method: string; value: Promise<unknown> }>();
  private readonly buffer: { id: number; event: PhoneEvent }[] = [];
  private readonly streams = new Set<PhoneStream>();
  private nextId = 1;
  /** When the phone last called or had its event stream open (ms of the core's clock). */
  private lastSeen: number;

  constructor(
    caller: ParticipantCaller,
    readonly token: string,
    now: number,
  ) {
    this.caller = caller;
    this.bucket = new RateBucket(RATE_BURST, RATE_INTERVAL_MS, now);
    this.lastSeen = now;
  }

  seen(now: number): void {
    this.lastSeen = Math.max(this.lastSeen, now);
  }

  /** Idle: no call and no open event stream for `idleMs`. A phone lying on the table with the page open is not idle. */
  idle(now: number, idleMs: number): boolean {
    return this.streams.size === 0 && now - this.lastSeen > idleMs;
  }

  get id(): string {
    return this.caller.sessionId;
  }


  takeWrite(now: number): boolean {
    return this.bucket.take(now);
  }

  /**
   * The answer to this key, if the same call was sent before: given already,
   * or still on its way to the disk (a phone that lost the connection sends
   * again while the first is waiting for the commit).
   */
  answered(key: string, method: string): Promise<unknown> | undefined {
    const done = this.writes.get(key);
    return done && done.method === method ? done.value : undefined;
  }

  /** Keeps the answer to a write under its key; a refused write is forgotten, so sending it again tries again. */
  remember(key: string | undefined, method: string, value: Promise<unknown>): Promise<unknown> {
    if (!key) return value;
    this.writes.set(key, { method, value });
    if (this.writes.size > REMEMBERED_WRITES) this.writes.delete(this.writes.keys().next().value!);
    value.catch(() => {
      if (this.writes.get(key)?.value === value) this.writes.delete(key);
    });
    return value;
  }

  push(event: PhoneEvent): void {
    const entry = { id: this.nextId++, event };
    this.buffer.push(entry);
    if (this.buffer.length > EVENT_BUFFER) this.buffer.shift();
    for (const stream of this.streams) stream.send(entry.id, event);
  }

  /**
   * Adds a stream. With the id of the last event the phone saw, it first gets
   * what it missed; when that is no longer kept, one "changed" tells it to
   * load everything again.
   */
  attach(stream: PhoneStream, lastEventId: number | null, now: number, clock: () => number): () => void {
    this.streams.add(stream);
    this.seen(now);
    if (lastEventId !== null) {
      const oldest = this.buffer[0]?.id ?? this.nextId;
      if (lastEventId + 1 < oldest || lastEventId >= this.nextId) {
        this.push({ type: 'changed', phaseId: null });
      } else {
        for (const entry of this.buffer) if (entry.id > lastEventId) stream.send(entry.id, entry.event);
      }
    }
    return () => {
      // Idle time counts from when the last stream closed.
      if (this.streams.delete(stream)) this.seen(clock());
    };
  }

  /** Ends the session: tells its open streams why, then closes them. */
  end(reason: PhoneEndReason): void {
    this.push({ type: 'ended', reason });
    for (const stream of this.streams) stream.close();
    this.streams.clear();
  }

  /** The id of the last event this session was told (0: none yet). */
  get lastEventId(): number {
    return this.nextId - 1;
  }

  get streamCount(): number {
    return this.streams.size;
  }
}
