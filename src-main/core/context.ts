import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { AppEvent } from '../contract';
import type { Db } from './db/types';
import type { PictureDrawer } from './report/picture-jobs';

/** Everything a service needs; tests pass a fixed clock and collect events. */
export interface CoreContext {
  db: Db;
  /** A prepared statement, cached per connection: preparing costs more than running. */
  sql(source: string): Statement;
  now(): Date;
  newId(): string;
  emit(event: AppEvent): void;
  /** Draws report pictures; without one they are drawn on the main thread's pool. */
  pictures?: PictureDrawer;
}

export const systemClock = (): Date => new Date();
export const randomId = (): string => randomUUID();

export const isoNow = (ctx: Pick<CoreContext, 'now'>): string => ctx.now().toISOString();

/** Per connection, where the events of writes inside a shared transaction go (see collectEvents). */
const collectors = new WeakMap<object, AppEvent[]>();

/**
 * Runs fn in one write transaction and emits the collected events after it
 * committed. BEGIN IMMEDIATE takes the write lock up front, so the desktop
 * app and the browser host can share the file without deadlocking.
 * Nested calls join the outer transaction; inside collectEvents (phone
 * writes committed together) their events wait for that commit.
 */
export function writeTransaction<T>(ctx: CoreContext, fn: (events: AppEvent[]) => T): T {
  const collector = collectors.get(ctx.db);
  if (collector && ctx.db.inTransaction) return fn(collector);
  const events: AppEvent[] = [];
  let result: T;
  if (ctx.db.inTransaction) {
    result = fn(events);
  } else {
    ctx.sql('BEGIN IMMEDIATE').run();
    try {
      result = fn(events);
      ctx.sql('COMMIT').run();
    } catch (error) {
      if (ctx.db.inTransaction) ctx.sql('ROLLBACK').run();
      throw error;
    }
  }
  for (const event of events) ctx.emit(event);
  return result;
}

/**
 * Runs fn inside a transaction the caller already opened and hands back the
 * events its writes would have emitted, for the caller to emit once the
 * transaction committed (phone writes that share one commit).
 */
export function collectEvents<T>(ctx: CoreContext, fn: () => T): { value: T; events: AppEvent[] } {
  if (!ctx.db.inTransaction) throw new Error('collectEvents needs an open transaction');
  const events: AppEvent[] = [];
  const outer = collectors.get(ctx.db);
  collectors.set(ctx.db, events);
  try {
    return { value: fn(), events };
  } finally {
    if (outer) collectors.set(ctx.db, outer);
    else collectors.delete(ctx.db);
  }
}
