import { deDocuments } from '../../shared/i18n/de-documents';
import { enDocuments } from '../../shared/i18n/en-documents';

// The report's own words, in German and English, from the one catalogue
// (shared/i18n). Names of domain values come from the shared label modules,
// so the report says what the screens say.

export const REPORT_TEXT = { de: deDocuments.report, en: enDocuments.report };

export type ReportText = typeof deDocuments.report;
