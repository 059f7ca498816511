import type { BackupReason } from '../../contract/backups';
import { BackupAbortedError } from './make';

/** Time and timers, injectable so tests run the schedule with a fake clock. */
export interface BackupClock {
  now(): Date;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const systemBackupClock: BackupClock = {
  now: () => new Date(),
  // Unref'd: a pending backup timer never keeps the app or a test run alive.
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface ScheduleOptions {
  /** Back up at start when the newest backup is older than this. */
  startAfterMs: number;
  /** While edits happen, back up this often. */
  intervalMs: number;
}

export const DEFAULT_SCHEDULE: ScheduleOptions = { startAfterMs: 60 * 60 * 1000, intervalMs: 30 * 60 * 1000 };

/**
 * When to back up: at start if the last backup is old, then every interval
 * but only if something was written since the last backup. Every backup,
 * whatever its reason, runs through `backupNow`, one after the other.
 */
export class BackupScheduler {
  private timer: unknown = null;
  private dirty = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly run: (reason: BackupReason) => Promise<string>,
    private readonly newestAt: () => Date | null,
    private readonly clock: BackupClock = systemBackupClock,
    private readonly options: ScheduleOptions = DEFAULT_SCHEDULE,
  ) {}

  /**
   * Starts the timer (once) and takes the start backup if the last one is
   * old and there is something to keep; the start backup's promise, if any.
   */
  start(hasContent = true): Promise<string> | null {
    if (this.timer === null) this.timer = this.clock.setInterval(() => this.tick(), this.options.intervalMs);
    if (!hasContent) return null;
    const newest = this.newestAt();
    const age = newest ? this.clock.now().getTime() - newest.getTime() : Infinity;
    // A newest backup "from the future" (the clock was wrong then) does not count as recent.
    if (age >= 0 && age < this.options.startAfterMs) return null;
    return this.logged(this.backupNow('start'));
  }

  /** Something was written: the next tick makes a backup. */
  noteEdit(): void {
    this.dirty = true;
  }

  get hasUnsavedEdits(): boolean {
    return this.dirty;
  }

  /** A backup now, after any that is running; it covers every edit made before it starts. */
  backupNow(reason: BackupReason): Promise<string> {
    const next = this.queue.then(() => {
      this.dirty = false;
      return this.run(reason).catch((error: unknown) => {
        this.dirty = true;
        throw error;
      });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Runs fn once every backup queued so far has finished, and before any later one starts. */
  exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    const next = this.queue.then(fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The backups the schedule itself starts: nobody awaits them, so failures are logged here. */
  private logged(promise: Promise<string>): Promise<string> {
    promise.catch((error: unknown) => {
      if (error instanceof BackupAbortedError) console.warn('[backup] a scheduled backup stopped: the database was closed');
      else console.error('[backup] scheduled backup failed', error);
    });
    return promise;
  }

  tick(): void {
    if (!this.dirty) return;
    void this.logged(this.backupNow('interval'));
  }

  stop(): void {
    if (this.timer !== null) this.clock.clearInterval(this.timer);
    this.timer = null;
  }
}
