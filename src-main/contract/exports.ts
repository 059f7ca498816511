import { z } from 'zod';
import { LANGUAGES } from './domain';
import { id, isoDate } from './fields';

// Files the app can produce. The renderer asks for a kind and its input; the
// desktop app's main process picks the path with its own save dialog, the
// browser host sends the file as a download. No path ever comes from the page.

/** Parts of the workshop report the coach can leave out. */
export const REPORT_SECTIONS = ['agenda', 'phases', 'nextSteps', 'participants'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** The club's logo for the cover: the picture itself, never a path. */
const logo = z.object({ type: z.enum(['png', 'jpg']), base64: z.string().min(1).max(2_800_000) }).strict();

export const exportContract = {
  'stakeholders.png': z
    .object({ workshopId: id, view: z.enum(['grid', 'onion']).default('grid'), language: z.enum(LANGUAGES).default('de') })
    .strict(),
  'stakeholders.csv': z.object({ workshopId: id, language: z.enum(LANGUAGES) }).strict(),
  'process.png': z.object({ workshopId: id, variant: z.enum(['ist', 'soll']), language: z.enum(LANGUAGES).default('de') }).strict(),
  'process.svg': z.object({ workshopId: id, variant: z.enum(['ist', 'soll']), language: z.enum(LANGUAGES).default('de') }).strict(),
  'measures.csv': z.object({ workshopId: id, language: z.enum(LANGUAGES).default('de') }).strict(),
  'measures.ics': z.object({ workshopId: id, language: z.enum(LANGUAGES).default('de') }).strict(),
  'template.json': z.object({ templateId: id }).strict(),
  'report.docx': z
    .object({
      workshopId: id,
      sections: z.array(z.enum(REPORT_SECTIONS)).max(REPORT_SECTIONS.length).default([...REPORT_SECTIONS]),
      language: z.enum(LANGUAGES).default('de'),
      anonymise: z.boolean().default(false),
      logo: logo.nullable().default(null),
    })
    .strict(),
  'actions.docx': z.object({ workshopId: id, language: z.enum(LANGUAGES).default('de'), anonymise: z.boolean().default(false) }).strict(),
  /** "Fortschrittsbericht": a club's progress over a period (by default from its first workshop to today). */
  'progress.docx': z
    .object({ organisationId: id, from: isoDate.nullable().default(null), to: isoDate.nullable().default(null), language: z.enum(LANGUAGES).default('de') })
    .strict()
    .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'errors.report.periodOrder', path: ['to'] }),
  /** The workshop file (.vwerkstatt) of one workshop with its club, or of a whole club. */
  'workshop.vwerkstatt': z.object({ workshopId: id }).strict(),
  'club.vwerkstatt': z.object({ organisationId: id }).strict(),
} as const;

/** The report dialog is open: its pictures can be drawn while the coach chooses. */
export const reportPrepareInput = z.object({ workshopId: id, language: z.enum(LANGUAGES).default('de') }).strict();

export type ExportKind = keyof typeof exportContract;
export type ExportInput<K extends ExportKind> = z.input<(typeof exportContract)[K]>;
export type ExportParsedInput<K extends ExportKind> = z.output<(typeof exportContract)[K]>;

export const EXPORT_KINDS = Object.keys(exportContract) as ExportKind[];

export function isExportKind(kind: unknown): kind is ExportKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(exportContract, kind);
}

/** A finished file, before anyone decided where it goes. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** What the UI learns about a save: whether it happened (the coach may cancel the dialog). */
export interface ExportResult {
  saved: boolean;
  fileName: string;
}

export const IPC_EXPORT_CHANNEL = 'vw-export';
