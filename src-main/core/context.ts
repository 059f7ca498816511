import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../contract';
import type { Db } from './db/types';

/** Everything a service needs; tests pass a fixed clock and collect events. */
export interface CoreContext {
  db: Db;
  now(): Date;
  newId(): string;
  emit(event: AppEvent): void;
}

export const systemClock = (): Date => new Date();
export const randomId = (): string => randomUUID();

export const isoNow = (ctx: Pick<CoreContext, 'now'>): string => ctx.now().toISOString();

/** Runs fn in one transaction and emits the collected events only after it committed. */
export function writeTransaction<T>(ctx: CoreContext, fn: (events: AppEvent[]) => T): T {
  const events: AppEvent[] = [];
  const result = ctx.db.transaction(() => fn(events))();
  for (const event of events) ctx.emit(event);
  return result;
}
