// Clock times of a workshop's agenda, computed from its start time and the
// planned minutes of each phase (breaks included). One function for the
// printed agenda and anything else that shows "10:30 – 11:15".

/** "HH:MM", 00:00 to 23:59: how a start time is stored. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const MINUTES_PER_DAY = 24 * 60;
const pad = (n: number): string => String(n).padStart(2, '0');

export const isClockTime = (value: string): boolean => CLOCK_TIME.test(value);

/** Minutes after midnight of a stored "HH:MM". */
export function clockToMinutes(value: string): number {
  const [h, m] = value.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** "HH:MM" of minutes after midnight, wrapped into one day. */
export function minutesToClock(minutes: number): string {
  const inDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}

/**
 * What the coach typed as a start time: "9:30", "09.30", "930", "9" all mean
 * a time; empty means none (null); anything else is not a time (undefined).
 */
export function parseClockTime(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?(?:\s*(?:Uhr|h))?$/i.exec(trimmed);
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2] ?? '0')];
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}

export interface AgendaSlot {
  /** "HH:MM" or null when the workshop has no start time. */
  start: string | null;
  end: string | null;
  /** 0 on the workshop's day, 1 when the slot starts after midnight: printed as "(+1)" so nobody reads 00:30 as the morning. */
  dayOffset: number;
}

export interface AgendaTimes {
  slots: AgendaSlot[];
  /** The planned end of the day; null without a start time. */
  end: string | null;
  totalMinutes: number;
  /** True when the plan runs past midnight: the agenda says so instead of silently wrapping. */
  crossesMidnight: boolean;
}

/**
 * Each phase starts when the one before ends. Without a start time the
 * agenda still has its minutes and total, only no clock times. Bad minutes
 * (negative, not a number) count as 0 so one broken phase cannot shift the day backwards.
 */
export function agendaTimes(startTime: string | null, phases: readonly { minutes: number }[]): AgendaTimes {
  const start = startTime !== null && isClockTime(startTime) ? clockToMinutes(startTime) : null;
  let offset = 0;
  const slots = phases.map((phase): AgendaSlot => {
    const minutes = Number.isFinite(phase.minutes) && phase.minutes > 0 ? Math.round(phase.minutes) : 0;
    const from = offset;
    offset += minutes;
    if (start === null) return { start: null, end: null, dayOffset: 0 };
    return { start: minutesToClock(start + from), end: minutesToClock(start + offset), dayOffset: Math.floor((start + from) / MINUTES_PER_DAY) };
  });
  return {
    slots,
    end: start === null ? null : minutesToClock(start + offset),
    totalMinutes: offset,
    crossesMidnight: start !== null && start + offset > MINUTES_PER_DAY,
  };
}
