import { type MeasureStatus, isClosedStatus } from '../contract/actions';

// "Today" and "overdue" are decided in one place, so the core, the UI and the
// exports never disagree about which measure is late.

const pad = (n: number): string => String(n).padStart(2, '0');

/** The calendar day of a moment in this computer's time zone, as an ISO date. */
export function localIsoDate(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Late: a due date before today, and still open (not done, not dropped). Due today is not late yet. */
export function isOverdue(measure: { dueDate: string | null; status: MeasureStatus }, today: string): boolean {
  return measure.dueDate !== null && !isClosedStatus(measure.status) && measure.dueDate < today;
}

/** The ISO date `days` days after an ISO date (negative: before). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** An ISO date as people read it: TT.MM.JJJJ in German, YYYY-MM-DD in English files. */
export function readableDate(iso: string | null, language: 'de' | 'en'): string {
  if (!iso) return '';
  if (language === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
