import type { LiveState, PhaseTimer } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError } from '../errors';
import { requireWorkshop } from '../services/stakeholder-rows';
import { liveChanged, requirePhase } from './phases';
import { getPresentation } from './presentation';

// The phase the room sees and a countdown per phase. A timer keeps the time
// it has counted and, while running, when it started: closing the app and
// opening it again continues exactly where it was.

interface TimerRow {
  phase_id: string;
  state: PhaseTimer['state'];
  elapsed_ms: number;
  started_at: string | null;
  extra_minutes: number;
}

const toTimer = (r: TimerRow): PhaseTimer => ({ phaseId: r.phase_id, state: r.state, elapsedMs: r.elapsed_ms, startedAt: r.started_at, extraMinutes: r.extra_minutes });

export function getLive(ctx: CoreContext, workshopId: string): LiveState {
  requireWorkshop(ctx, workshopId);
  const workshop = ctx.sql('SELECT live_phase_id FROM workshops WHERE id = ?').get(workshopId) as { live_phase_id: string | null };
  const timers = (ctx.sql('SELECT * FROM phase_timers WHERE workshop_id = ?').all(workshopId) as TimerRow[]).map(toTimer);
  return { workshopId, livePhaseId: workshop.live_phase_id, serverNow: isoNow(ctx), timers, presentation: getPresentation(ctx, workshopId, workshop.live_phase_id) };
}

export function showPhase(ctx: CoreContext, workshopId: string, phaseId: string | null): LiveState {
  writeTransaction(ctx, (events) => {
    requireWorkshop(ctx, workshopId);
    if (phaseId !== null && requirePhase(ctx, phaseId).workshop_id !== workshopId) throw new CoreError('validation', 'errors.live.otherWorkshop');
    ctx.sql('UPDATE workshops SET live_phase_id = ? WHERE id = ?').run(phaseId, workshopId);
    events.push(liveChanged(workshopId));
  });
  return getLive(ctx, workshopId);
}

function findTimer(ctx: CoreContext, phaseId: string): TimerRow | undefined {
  return ctx.sql('SELECT * FROM phase_timers WHERE phase_id = ?').get(phaseId) as TimerRow | undefined;
}

/** Stops the clock of a running timer, keeping what it counted. */
function settle(ctx: CoreContext, row: TimerRow, now: Date): void {
  if (row.state !== 'running' || !row.started_at) return;
  const elapsed = row.elapsed_ms + Math.max(0, now.getTime() - Date.parse(row.started_at));
  ctx.sql("UPDATE phase_timers SET state = 'paused', elapsed_ms = ?, started_at = NULL, updated_at = ? WHERE phase_id = ?").run(Math.round(elapsed), now.toISOString(), row.phase_id);
}

/** Pauses a phase's timer if it runs (before the phase is removed: it does not count on unseen). */
export function settleTimer(ctx: CoreContext, phaseId: string): void {
  const row = findTimer(ctx, phaseId);
  if (row) settle(ctx, row, ctx.now());
}

/** Pauses every running timer of a workshop: a workshop that is not running has no clock going. */
export function settleWorkshopTimers(ctx: CoreContext, workshopId: string): void {
  const now = ctx.now();
  for (const row of ctx.sql("SELECT * FROM phase_timers WHERE workshop_id = ? AND state = 'running'").all(workshopId) as TimerRow[]) settle(ctx, row, now);
}

type TimerChange = (row: TimerRow, now: Date) => void;

function changeTimer(ctx: CoreContext, phaseId: string, change: TimerChange): LiveState {
  const workshopId = writeTransaction(ctx, (events) => {
    const phase = requirePhase(ctx, phaseId);
    const now = ctx.now();
    if (!findTimer(ctx, phaseId)) {
      ctx.sql("INSERT INTO phase_timers (phase_id, workshop_id, state, updated_at) VALUES (?, ?, 'idle', ?)").run(phaseId, phase.workshop_id, now.toISOString());
    }
    change(findTimer(ctx, phaseId)!, now);
    events.push(liveChanged(phase.workshop_id));
    return phase.workshop_id;
  });
  return getLive(ctx, workshopId);
}

/** Starts (or continues) a phase's countdown; a timer running elsewhere in the workshop pauses, and the room sees this phase. */
export function startTimer(ctx: CoreContext, phaseId: string): LiveState {
  return changeTimer(ctx, phaseId, (row, now) => {
    if (row.state === 'running') return;
    const workshopId = (ctx.sql('SELECT workshop_id FROM phase_timers WHERE phase_id = ?').get(phaseId) as { workshop_id: string }).workshop_id;
    for (const other of ctx.sql("SELECT * FROM phase_timers WHERE workshop_id = ? AND state = 'running'").all(workshopId) as TimerRow[]) settle(ctx, other, now);
    ctx.sql("UPDATE phase_timers SET state = 'running', started_at = ?, updated_at = ? WHERE phase_id = ?").run(now.toISOString(), now.toISOString(), phaseId);
    ctx.sql('UPDATE workshops SET live_phase_id = ? WHERE id = ?').run(phaseId, workshopId);
  });
}

export const pauseTimer = (ctx: CoreContext, phaseId: string): LiveState => changeTimer(ctx, phaseId, (row, now) => settle(ctx, row, now));

export const extendTimer = (ctx: CoreContext, phaseId: string, minutes: number): LiveState =>
  changeTimer(ctx, phaseId, (row, now) => {
    ctx.sql('UPDATE phase_timers SET extra_minutes = extra_minutes + ?, updated_at = ? WHERE phase_id = ?').run(minutes, now.toISOString(), row.phase_id);
  });

export const resetTimer = (ctx: CoreContext, phaseId: string): LiveState =>
  changeTimer(ctx, phaseId, (row, now) => {
    ctx.sql("UPDATE phase_timers SET state = 'idle', elapsed_ms = 0, started_at = NULL, extra_minutes = 0, updated_at = ? WHERE phase_id = ?").run(now.toISOString(), row.phase_id);
  });
