import { deDocuments } from '../../shared/i18n/de-documents';
import { enDocuments } from '../../shared/i18n/en-documents';
import { fill } from '../../shared/i18n/fill';

// The progress report's own words ("Fortschrittsbericht"), in German and
// English. Plain, factual sentences a board can paste into its report to the
// general assembly or a funder's Sachbericht. Words the workshop report
// already has (page, status, self-check fields) come from REPORT_TEXT.
// The texts themselves live in the one catalogue (shared/i18n).
export const PROGRESS_TEXT = { de: deDocuments.progress, en: enDocuments.progress };
export type ProgressText = typeof deDocuments.progress;

export { fill };

/** "1 Termin", "3 Termine". */
export const counted = (n: number, words: readonly [string, string] | readonly string[]): string => `${n} ${n === 1 ? words[0] : words[1]}`;
