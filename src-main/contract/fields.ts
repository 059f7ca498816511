import { z } from 'zod';

// Reusable field schemas. Every text has an upper bound so that a runaway
// paste or a hostile call (a 10 MB string) is refused before it reaches SQLite.

export const LIMITS = {
  id: 64,
  name: 200,
  shortText: 500,
  text: 5_000,
  note: 100_000,
  count: 1_000_000,
  minutes: 24 * 60,
} as const;

export const id = z.string().min(1).max(LIMITS.id);

// Half of a UTF-16 pair without its other half (a broken paste, a hostile
// call). SQLite would store it as U+FFFD, silently changing the text, so such
// text is refused (see brokenTextIssues in validation.ts, run on every input).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text holds a lone UTF-16 surrogate, i.e. is not well-formed Unicode. */
export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

export const BROKEN_CHARACTER_KEY = 'errors.validation.brokenCharacter';

/** A required single-line text: trimmed, not empty. */
export const requiredName = z.string().trim().min(1).max(LIMITS.name);

export const optionalText = (max: number = LIMITS.shortText) => z.string().max(max);

export const count = z.number().int().min(0).max(LIMITS.count);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in ISO form (YYYY-MM-DD), e.g. not 2026-02-30. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const isoDate = z.string().refine(isIsoDate, { message: 'errors.validation.date' });

/** A time of day as stored, "HH:MM" (00:00 to 23:59). */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'errors.validation.time' });
