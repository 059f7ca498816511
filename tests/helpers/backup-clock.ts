import type { BackupClock } from '../../src-main/core/backup';

/** A clock whose time and interval timers move only when a test says so. */
export class FakeBackupClock implements BackupClock {
  private time: number;
  private readonly timers = new Map<number, { fn: () => void; ms: number; due: number }>();
  private nextId = 1;

  constructor(start: string) {
    this.time = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setInterval(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { fn, ms, due: this.time + ms });
    return id;
  }

  clearInterval(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time on and runs every timer that fell due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers.values()].filter((t) => t.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.time = next.due;
      next.due += next.ms;
      next.fn();
    }
    this.time = end;
  }
}
