import { z } from 'zod';
import type { Envelope } from './errors';
import type { TemplateImportResult } from './templates';
import { RECORD_KINDS, type RecordKind } from './records';

// The workshop file (.vwerkstatt): a zip with manifest.json, one JSON payload
// (data.json) and assets/. It carries one workshop with its club, or a whole
// club with all its workshops, to another laptop, a co-coach or the club.

export const ARCHIVE_FORMAT = 'vereinswerkstatt';
/** Bump only together with a reader for the older version. */
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_EXTENSION = 'vwerkstatt';
export const ARCHIVE_MIME = 'application/vnd.vereinswerkstatt+zip';
export const ARCHIVE_KINDS = ['workshop', 'club'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/** The largest file the import reads; a large workshop packs into far less. */
export const ARCHIVE_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** base64 needs 4 characters for every 3 bytes. */
export const ARCHIVE_BASE64_MAX_CHARS = Math.ceil(ARCHIVE_FILE_MAX_BYTES / 3) * 4;

const counts = z.object(Object.fromEntries(RECORD_KINDS.map((k) => [k, z.number().int().min(0)])) as Record<RecordKind, z.ZodNumber>).partial();

/** manifest.json: what the file is and what it holds. Unknown fields are allowed, so a later 1.x may add some. */
export const archiveManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  createdAt: z.string().max(40),
  kind: z.enum(ARCHIVE_KINDS),
  counts: counts.default({}),
  assets: z.array(z.string().max(200)).max(1000).default([]),
});
export type ArchiveManifest = z.infer<typeof archiveManifest>;

export const archiveInputs = {
  import: z
    .object({
      /** The file's bytes as base64 (the file picker's content; never a path). */
      base64: z.string().min(1).max(ARCHIVE_BASE64_MAX_CHARS, { message: 'errors.archive.tooLarge' }),
    })
    .strict(),
};

/** One record the import left out: which kind, and why (a catalogue key with its parameters). */
export interface ArchiveDropped {
  kind: RecordKind;
  /** The record's position in the file, counted from 1. */
  index: number;
  reasonKey: string;
  params?: Record<string, string | number>;
}

/** The readable report of an import: what was taken, what was left out and why. */
export interface ArchiveImportReport {
  kind: ArchiveKind;
  organisationId: string;
  organisationName: string;
  workshops: { id: string; title: string }[];
  taken: Partial<Record<RecordKind, number>>;
  /** At most the first 200; `droppedCount` says how many there were. */
  dropped: ArchiveDropped[];
  droppedCount: number;
}

// A workshop file opened from outside the app (double-click, "Öffnen mit"):
// the desktop app's main process imports it and the page shows the report.
export const IPC_OPENED_FILES_CHANNEL = 'vw-opened-files';
export const IPC_OPENED_FILES_NOTICE = 'vw-opened-files-notice';

/** What the page learns about one opened file (a workshop file or a template file): its name and the import's report or error. */
export type OpenedFileResult =
  | { kind: 'archive'; fileName: string; result: Envelope<ArchiveImportReport> }
  | { kind: 'template'; fileName: string; result: Envelope<TemplateImportResult> };
