import type { AppEvent } from '../../contract';
import { type CoreContext, collectEvents } from '../context';

// Phone writes that arrive while the laptop is busy share one transaction and
// one flush to disk ("group commit"). With 40 phones writing at once, each
// write would otherwise wait for every write before it to reach the disk on
// its own. Each write still runs its checks inside the transaction, in its own
// savepoint, so a refused write leaves the others as they are; and a phone
// gets its answer only after the commit, so nothing a phone was told is saved
// can be lost.

interface Pending {
  sessionId: string;
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown; events: AppEvent[] } | { ok: false; error: unknown };

export interface WriteBatchHost {
  context(): CoreContext;
  /**
   * Emits a write's events as those of the batch's writers: a phone that wrote
   * is not woken for a change to its own cards, since it reads its state after
   * its answer, which comes after these events.
   */
  emitAs(writers: ReadonlySet<string>, events: readonly AppEvent[]): void;
}

export class WriteBatch {
  private queue: Pending[] = [];

  constructor(private readonly host: WriteBatchHost) {}

  /** Queues a write for the next commit, which runs as soon as the laptop has handled what came in. */
  run<T>(sessionId: string, write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => this.flush());
      this.queue.push({ sessionId, write, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private flush(): void {
    const items = this.queue;
    this.queue = [];
    let outcomes: Outcome[];
    try {
      outcomes = this.commit(items);
    } catch (error) {
      for (const item of items) item.reject(error);
      return;
    }
    const writers = new Set(items.filter((_, i) => outcomes[i]!.ok).map((item) => item.sessionId));
    items.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok) return item.reject(outcome.error);
      try {
        this.host.emitAs(writers, outcome.events);
      } catch (error) {
        // The write is saved: the phone gets its answer; a screen that missed the event catches up on the next one.
        console.error('[phones] telling the screens about a write failed', error);
      }
      item.resolve(outcome.value);
    });
  }

  private commit(items: readonly Pending[]): Outcome[] {
    const ctx = this.host.context();
    ctx.sql('BEGIN IMMEDIATE').run();
    try {
      const outcomes = items.map((item) => this.runOne(ctx, item));
      ctx.sql('COMMIT').run();
      return outcomes;
    } catch (error) {
      if (ctx.db.inTransaction) ctx.sql('ROLLBACK').run();
      throw error;
    }
  }

  private runOne(ctx: CoreContext, item: Pending): Outcome {
    ctx.sql('SAVEPOINT phone_write').run();
    try {
      const { value, events } = collectEvents(ctx, item.write);
      ctx.sql('RELEASE phone_write').run();
      return { ok: true, value, events };
    } catch (error) {
      // A full disk or an I/O error ends the whole transaction in SQLite: then there is no savepoint left to go back to,
      // and the commit that follows fails for every write in the batch with the error itself.
      if (!ctx.db.inTransaction) throw error;
      ctx.sql('ROLLBACK TO phone_write').run();
      ctx.sql('RELEASE phone_write').run();
      return { ok: false, error };
    }
  }
}
