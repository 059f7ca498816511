import { describe, expect, it } from 'vitest';
import { pacedWriteTimes } from '../../../bench/phone-client';
import { RATE_BURST, RATE_INTERVAL_MS } from '../../../src-main/core/participants/session';
import { RateBucket } from '../../../src-main/core/participants/random';

// The bench's phones must stay inside the listener's real rate limit, or the
// burst would measure refusals instead of the laptop.

/** Whether the real bucket takes every write, each shifted by the given delay (ms). */
function allTaken(times: number[], delays: (k: number) => number): boolean {
  const bucket = new RateBucket(RATE_BURST, RATE_INTERVAL_MS, 0);
  const arrivals = times.map((t, k) => t + delays(k)).sort((a, b) => a - b);
  return arrivals.every((at) => bucket.take(at));
}

describe('pacedWriteTimes', () => {
  it('sends ten writes every 600 ms with 400 ms slack and starts at once', () => {
    const times = pacedWriteTimes(10, 400);
    expect(times).toEqual([0, 600, 1200, 1800, 2400, 3000, 3600, 4200, 4800, 5400]);
  });

  it('fits the real bucket, also when the first write arrives up to the slack late', () => {
    const times = pacedWriteTimes(10, 400);
    expect(allTaken(times, () => 0)).toBe(true);
    expect(allTaken(times, (k) => (k === 0 ? 390 : 0))).toBe(true);
  });

  it('is as tight as the limit allows: without slack the last write is due within a few ms', () => {
    const times = pacedWriteTimes(10, 0);
    expect(allTaken(times, () => 0)).toBe(true);
    expect(allTaken(times, (k) => (k === 9 ? -10 : 0))).toBe(false);
  });

  it('sends a series within the burst at once', () => {
    expect(pacedWriteTimes(RATE_BURST, 400)).toEqual(Array.from({ length: RATE_BURST }, () => 0));
  });
});
