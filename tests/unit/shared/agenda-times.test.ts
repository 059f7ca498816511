import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaTimes, clockToMinutes, parseClockTime } from '../../../src-main/shared/agenda-times';

const phases = (...minutes: number[]) => minutes.map((m) => ({ minutes: m }));

describe('agendaTimes', () => {
  it('starts each phase when the one before ends, breaks included', () => {
    const times = agendaTimes('09:30', phases(30, 45, 15, 60));
    expect(times.slots.map((s) => `${s.start}–${s.end}`)).toEqual(['09:30–10:00', '10:00–10:45', '10:45–11:00', '11:00–12:00']);
    expect(times).toMatchObject({ end: '12:00', totalMinutes: 150, crossesMidnight: false });
  });

  it('without a start time keeps minutes and total but shows no clock times', () => {
    const times = agendaTimes(null, phases(30, 45));
    expect(times.slots).toEqual([{ start: null, end: null, dayOffset: 0 }, { start: null, end: null, dayOffset: 0 }]);
    expect(times).toMatchObject({ end: null, totalMinutes: 75, crossesMidnight: false });
    expect(agendaTimes('25:00', phases(30)).end).toBeNull();
  });

  it('marks a plan that runs past midnight instead of silently wrapping', () => {
    const times = agendaTimes('22:30', phases(60, 60, 30));
    expect(times.slots.map((s) => [s.start, s.dayOffset])).toEqual([['22:30', 0], ['23:30', 0], ['00:30', 1]]);
    expect(times).toMatchObject({ end: '01:00', crossesMidnight: true });
    // Ending exactly at midnight is still the same day.
    expect(agendaTimes('23:00', phases(60)).crossesMidnight).toBe(false);
  });

  it('counts broken minutes as 0', () => {
    expect(agendaTimes('10:00', phases(-20, Number.NaN, 15)).slots.map((s) => s.start)).toEqual(['10:00', '10:00', '10:00']);
  });

  it('the last end is the start plus the total, for any plan (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.array(fc.integer({ min: 0, max: 240 }), { maxLength: 20 }), (start, minutes) => {
        const clock = `${String(Math.floor(start / 60)).padStart(2, '0')}:${String(start % 60).padStart(2, '0')}`;
        const times = agendaTimes(clock, phases(...minutes));
        const total = minutes.reduce((a, b) => a + b, 0);
        expect(times.totalMinutes).toBe(total);
        expect(clockToMinutes(times.end!)).toBe((start + total) % 1440);
        expect(times.crossesMidnight).toBe(start + total > 1440);
      }),
      { seed: 17, numRuns: 200 },
    );
  });
});

describe('parseClockTime', () => {
  it('reads what coaches type', () => {
    expect(['9:30', '09.30', '930', '9', '9 Uhr', ' 14:05 '].map(parseClockTime)).toEqual(['09:30', '09:30', '09:30', '09:00', '09:00', '14:05']);
    expect(parseClockTime('')).toBeNull();
    expect(['24:00', '9:60', 'morgens', '9:3'].map(parseClockTime)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
