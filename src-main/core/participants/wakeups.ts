import type { AppEvent } from '../../contract';
import type { CoreContext } from '../context';
import type { Workspace } from '../workspace';
import type { PhoneSession } from './session';
import { livePhase, queuedBySession, sharedViewKey, voteSessionOf, voteShownKey } from './view';

// Which phones to wake for a change in the core. A woken phone reads its
// state again and redraws; 40 phones asking again for every card of a burst
// would keep the laptop busy and disturb people typing. So a phone is woken
// only for what changes what it shows, at most once per turn of the event loop.

/** What is remembered per running listener to tell whether a change matters to phones. */
export interface WakeState {
  workshopId: string;
  sessions: Map<string, PhoneSession>;
  /** What every phone shows alike (phase, closed, vote, reveal…), as last told: a change elsewhere wakes no phone. */
  shown: string;
  /** Per session, its cards waiting in the queue: an accepted or rejected card wakes only its own phone. */
  queued: Map<string, string>;
  /** What every phone shows of the running vote, as last told (see voteShownKey). */
  voteShown: { key: string; ballots: number } | null;
}

export const initialWakeState = (ctx: CoreContext, workshopId: string): Omit<WakeState, 'sessions'> => ({
  workshopId,
  shown: sharedViewKey(ctx, workshopId),
  voteShown: null,
  queued: queuedBySession(ctx, workshopId),
});

export interface WakeHost {
  readonly workspace: Workspace;
  running(): WakeState | null;
  workshopGoesOn(workshopId: string): boolean;
  stop(): Promise<unknown>;
}

export class PhoneWakeups {
  private pendingPhase: string | null | undefined = undefined;
  /** Sessions to wake at the next tick: 'all', or only those whose own cards changed. */
  private pendingSessions: 'all' | Set<string> = new Set();
  private ownEvent = false;
  /** The sessions whose writes are being told now: their own change needs no event, they read their state after the answer. */
  private writers: ReadonlySet<string> = new Set();

  constructor(private readonly host: WakeHost) {}

  /** Runs the calls or tells the writes of these sessions; a change to their own cards does not wake them. */
  asWriters<T>(writers: ReadonlySet<string>, run: () => T): T {
    this.writers = writers;
    try {
      return run();
    } finally {
      this.writers = new Set();
    }
  }

  emitChanged(workshopId: string | null): void {
    // For the coach's screen (count, code, door); phones need none of it, so onEvent skips its own.
    this.ownEvent = true;
    try {
      this.host.workspace.context.emit({ name: 'phones.changed', payload: { workshopId } });
    } finally {
      this.ownEvent = false;
    }
  }

  /**
   * Turns the core's events into the phones' own: only events of this
   * workshop, cards only of the phase the room sees, and no data at all.
   * Only what changes what a phone shows wakes it: the timer ticking or the
   * projector paging does not.
   */
  onEvent(event: AppEvent): void {
    const r = this.host.running();
    if (this.ownEvent || !r) return;
    const { workspace } = this.host;
    if (!workspace.isOpen) {
      if (event.name === 'app.statusChanged') this.schedule(null);
      return;
    }
    const ours = 'workshopId' in event.payload && event.payload.workshopId === r.workshopId;
    if (ours && event.name === 'workshops.changed' && !this.host.workshopGoesOn(r.workshopId)) {
      // The workshop ended (or is gone): phones stop and their sessions are forgotten.
      void this.host.stop();
      return;
    }
    const ctx = workspace.context;
    const phase = livePhase(ctx, r.workshopId);
    if (ours && event.name === 'cards.changed' && event.payload.phaseId === phase?.id) {
      const owners = this.ownersOnly(phase.id, event.payload.delta);
      if (owners) this.schedule(phase.id, owners);
      else if (this.voteShownChanged(r, phase.id)) this.schedule(phase.id, 'all');
    }
    // A card added, changed or removed (with its delta) never changes what all phones show alike: no need to look.
    if (event.name === 'cards.changed' && event.payload.delta) return;
    const shown = sharedViewKey(ctx, r.workshopId);
    if (shown !== r.shown) {
      r.shown = shown;
      this.schedule(phase?.id ?? null);
    }
    if (ours && event.name === 'phones.changed') this.wakeQueueOwners(r, phase?.id ?? null);
  }

  /**
   * During a vote a ballot changes the counts, which phones see only once the
   * result is shown: 40 ballots would otherwise have every phone ask 40 times.
   * Without a vote every change may matter (a group renamed), so all look.
   */
  private voteShownChanged(r: WakeState, phaseId: string): boolean {
    const shown = voteShownKey(this.host.workspace.context, r.workshopId, phaseId);
    const last = r.voteShown;
    r.voteShown = shown;
    return shown === null || last === null || shown.key !== last.key || shown.ballots < last.ballots;
  }

  /** A card accepted or rejected under "erst prüfen" changes what its own phone shows, and no other's. */
  private wakeQueueOwners(r: WakeState, phaseId: string | null): void {
    const queued = queuedBySession(this.host.workspace.context, r.workshopId);
    const changed = new Set<string>();
    for (const id of new Set([...queued.keys(), ...r.queued.keys()])) {
      if (queued.get(id) !== r.queued.get(id) && !this.writers.has(id)) changed.add(id);
    }
    r.queued = queued;
    if (changed.size > 0) this.schedule(phaseId, changed);
  }

  /**
   * A phone shows only its own cards: a card written on another phone changes
   * nothing it shows, unless the cards are the items of a vote. For a change
   * that names its cards, only the sessions that own them are woken.
   * Null: every phone must look.
   */
  private ownersOnly(phaseId: string, delta: { upsert: { id: string }[]; remove: string[] } | undefined): Set<string> | null {
    if (!delta || delta.remove.length > 0) return null;
    const ctx = this.host.workspace.context;
    if (voteSessionOf(ctx, phaseId)) return null;
    const owners = new Set<string>();
    for (const card of delta.upsert) {
      const row = ctx.sql('SELECT session_id FROM phone_cards WHERE card_id = ?').get(card.id) as { session_id: string } | undefined;
      if (row && !this.writers.has(row.session_id)) owners.add(row.session_id);
    }
    return owners;
  }

  /** Several changes in one turn of the event loop reach a phone as one. */
  private schedule(phaseId: string | null, sessions: 'all' | Set<string> = 'all'): void {
    const first = this.pendingPhase === undefined;
    this.pendingPhase = phaseId;
    if (sessions === 'all' || this.pendingSessions === 'all') this.pendingSessions = 'all';
    else for (const id of sessions) this.pendingSessions.add(id);
    if (!first) return;
    setImmediate(() => {
      const pending = this.pendingPhase ?? null;
      const wake = this.pendingSessions;
      this.pendingPhase = undefined;
      this.pendingSessions = new Set();
      for (const session of this.host.running()?.sessions.values() ?? []) {
        if (wake === 'all' || wake.has(session.id)) session.push({ type: 'changed', phaseId: pending });
      }
    });
  }
}
