import type { TFunction } from 'i18next';
import { isIsoDate } from '../../src-main/contract';

// Dates are shown and typed as TT.MM.JJJJ and stored as ISO dates.

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A typed date: read, written in a form we do not read, or in the right form but a day no calendar has. */
export type DateReading = { ok: true; iso: string } | { ok: false; reason: 'format' } | { ok: false; reason: 'noSuchDay'; shown: string };

/** Day, month and year as typed: "14.3.26" and "2026-03-14"; null when the text has another form. */
function dateParts(value: string): [day: number, month: number, year: number] | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3])];
}

/**
 * Reads a date and says why it cannot: "31.02.2027" is already written as
 * TT.MM.JJJJ, so "use TT.MM.JJJJ" would be no help there; it is a day that
 * does not exist.
 */
export function readDate(text: string): DateReading {
  const parts = dateParts(text.trim());
  if (!parts) return { ok: false, reason: 'format' };
  const [day, month, year] = parts;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (isIsoDate(iso)) return { ok: true, iso };
  // Only a day 1–31 in a month 1–12 of a year we keep can be a "day that does not exist"; anything else is mistyped.
  const plausible = day >= 1 && day <= 31 && month >= 1 && month <= 12 && isIsoDate(`${String(year).padStart(4, '0')}-01-01`);
  return plausible ? { ok: false, reason: 'noSuchDay', shown: `${pad(day)}.${pad(month)}.${year}` } : { ok: false, reason: 'format' };
}

/** "14.3.2026", "14.03.26" and "2026-03-14" all mean 2026-03-14; null when unreadable. */
export function parseDate(text: string): string | null {
  const reading = readDate(text);
  return reading.ok ? reading.iso : null;
}

export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE').format(value);
}

/** 390 → "6 Std. 30 Min.", 45 → "45 Min.". */
export function formatDuration(totalMinutes: number, t: TFunction): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return t('common.minutesShort', { count: minutes });
  if (minutes === 0) return t('common.hours', { hours });
  return t('common.hoursMinutes', { hours, minutes });
}
