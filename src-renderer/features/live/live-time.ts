import type { LiveState, PhaseTimer } from '../../../src-main/contract';

// The arithmetic of the day's clock: what a phase's countdown shows, how long
// a phase really took, and whether the day runs ahead of or behind its plan.

export function elapsedMs(timer: PhaseTimer | undefined, now: number): number {
  if (!timer) return 0;
  const running = timer.state === 'running' && timer.startedAt ? Math.max(0, now - Date.parse(timer.startedAt)) : 0;
  return timer.elapsedMs + running;
}

/** The phase's minutes plus what "+5 Min." added. */
export const plannedMs = (minutes: number, timer: PhaseTimer | undefined): number => (minutes + (timer?.extraMinutes ?? 0)) * 60_000;

/** Negative once the time is up. */
export const remainingMs = (minutes: number, timer: PhaseTimer | undefined, now: number): number => plannedMs(minutes, timer) - elapsedMs(timer, now);

/** "12:05"; minutes keep counting past 60 because phases are short ("75:00" reads better than "1:15:00" on a countdown). */
export function clockText(ms: number): string {
  // A countdown shows 30:00 right after the start and 00:00 only when the time is up.
  const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export const timerOf = (live: LiveState | undefined, phaseId: string): PhaseTimer | undefined => live?.timers.find((t) => t.phaseId === phaseId);

/** Has this phase's clock ever run? */
export const hasRun = (timer: PhaseTimer | undefined): boolean => !!timer && (timer.state === 'running' || timer.elapsedMs > 0);

/** A timer that counted less than this was started by mistake or to look: its phase did not run. */
const RAN_FROM_MS = 60_000;

export interface DayBalance {
  /** Phases that ran (paused or done after at least a minute, or running past their time). */
  phases: number;
  /** Their real and their planned minutes. */
  actual: number;
  planned: number;
  /** Minutes behind the plan (negative: ahead). */
  delta: number;
}

/**
 * How the phases that ran compare with their plan. Phases never run do not
 * count (a day that ends early is not "ahead" by its missing afternoon); the
 * running phase counts only once it overruns, since time it has left is not
 * yet won.
 */
export function dayBalance(phases: readonly { id: string; minutes: number }[], live: LiveState | undefined, now: number): DayBalance | null {
  let actual = 0;
  let planned = 0;
  let count = 0;
  for (const phase of phases) {
    const timer = timerOf(live, phase.id);
    if (!hasRun(timer)) continue;
    const ms = elapsedMs(timer, now);
    const plan = plannedMs(phase.minutes, undefined);
    const counts = timer!.state === 'running' ? ms > plan : ms >= RAN_FROM_MS;
    if (!counts) continue;
    count++;
    actual += ms;
    planned += plan;
  }
  if (count === 0) return null;
  const minutes = (ms: number): number => Math.round(ms / 60_000);
  return { phases: count, actual: minutes(actual), planned: minutes(planned), delta: minutes(actual) - minutes(planned) };
}
