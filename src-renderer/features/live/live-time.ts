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

/**
 * Minutes the day is behind its plan (negative: ahead). Finished phases count
 * with their real length; the running phase only once it overruns, since
 * time it has left is not yet won.
 */
export function dayBalanceMinutes(phases: readonly { id: string; minutes: number }[], live: LiveState | undefined, now: number): number | null {
  let delta = 0;
  let any = false;
  for (const phase of phases) {
    const timer = timerOf(live, phase.id);
    if (!hasRun(timer)) continue;
    any = true;
    const diff = elapsedMs(timer, now) - phase.minutes * 60_000;
    delta += timer!.state === 'running' ? Math.max(0, diff) : diff;
  }
  return any ? Math.round(delta / 60_000) : null;
}
