import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENTATION, type LiveState, type PhaseTimer } from '../../../src-main/contract';
import { clockText, dayBalance, elapsedMs, remainingMs } from '../../../src-renderer/features/live/live-time';

const T0 = Date.parse('2026-04-16T09:00:00Z');
const timer = (phaseId: string, patch: Partial<PhaseTimer>): PhaseTimer => ({ phaseId, state: 'paused', elapsedMs: 0, startedAt: null, extraMinutes: 0, ...patch });
const live = (timers: PhaseTimer[]): LiveState => ({ workshopId: 'w', livePhaseId: null, serverNow: new Date(T0).toISOString(), timers, presentation: DEFAULT_PRESENTATION });

describe('the day clock', () => {
  it('counts a running timer on from its start and a paused one not at all', () => {
    const running = timer('a', { state: 'running', elapsedMs: 60_000, startedAt: new Date(T0).toISOString() });
    expect(elapsedMs(running, T0 + 30_000)).toBe(90_000);
    expect(elapsedMs(timer('a', { elapsedMs: 60_000 }), T0 + 999_999)).toBe(60_000);
    expect(remainingMs(30, running, T0 + 30_000)).toBe(30 * 60_000 - 90_000);
    expect(remainingMs(30, { ...running, extraMinutes: 5 }, T0)).toBe(35 * 60_000 - 60_000);
  });

  it('shows 30:00 right after the start, 00:00 only when time is up, and overtime counting up', () => {
    expect(clockText(30 * 60_000 - 1)).toBe('30:00');
    expect(clockText(1)).toBe('00:01');
    expect(clockText(0)).toBe('00:00');
    expect(clockText(-61_500)).toBe('01:01');
    expect(clockText(75 * 60_000)).toBe('75:00');
  });

  it('compares the phases that ran with their plan; the running phase counts only once it overruns, a phase timed for seconds not at all', () => {
    const phases = [
      { id: 'a', minutes: 30 },
      { id: 'b', minutes: 45 },
      { id: 'c', minutes: 30 },
    ];
    expect(dayBalance(phases, live([]), T0)).toBeNull();
    // a took 40 (10 behind), b runs for 20 of 45 (not yet won)
    const state = live([timer('a', { elapsedMs: 40 * 60_000 }), timer('b', { state: 'running', startedAt: new Date(T0).toISOString() })]);
    expect(dayBalance(phases, state, T0 + 20 * 60_000)).toEqual({ phases: 1, actual: 40, planned: 30, delta: 10 });
    // b overruns by 5: 15 behind
    expect(dayBalance(phases, state, T0 + 50 * 60_000)).toEqual({ phases: 2, actual: 90, planned: 75, delta: 15 });
    // a finished early: ahead
    expect(dayBalance(phases, live([timer('a', { elapsedMs: 22 * 60_000 })]), T0)?.delta).toBe(-8);
    // c started by mistake and paused after 20 s: the day ended after a, not 30 minutes "ahead"
    expect(dayBalance(phases, live([timer('a', { elapsedMs: 30 * 60_000 }), timer('c', { elapsedMs: 20_000 })]), T0)).toEqual({ phases: 1, actual: 30, planned: 30, delta: 0 });
  });
});
