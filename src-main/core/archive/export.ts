import {
  ARCHIVE_EXTENSION,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MIME,
  type ArchiveKind,
  type ArchiveManifest,
  type ExportParsedInput,
  type ExportedFile,
  RECORD_KINDS,
  type RecordKind,
} from '../../contract';
import { type CoreContext, isoNow } from '../context';
import { notFound } from '../errors';
import { safeFileName } from '../exports/file-names';
import { TABLES, rowToRecord } from './tables';
import { writeZip } from './zip';

type Row = Record<string, unknown>;
export type ArchivePayload = { [K in RecordKind]: Row[] };

export const MANIFEST_FILE = 'manifest.json';
export const DATA_FILE = 'data.json';

/** What the exporters know beyond the database: the app's own version for the manifest. */
export interface ArchiveEnv {
  appVersion: string;
}

/** Every record of the given workshops and their club, in the order the import needs them. */
export function collectPayload(ctx: CoreContext, workshopIds: readonly string[]): ArchivePayload {
  const ids = JSON.stringify(workshopIds);
  const payload = {} as ArchivePayload;
  for (const kind of RECORD_KINDS) {
    const spec = TABLES[kind];
    payload[kind] = (ctx.sql(spec.select).all(ids) as Row[]).map((row) => rowToRecord(spec, row));
  }
  // Names of participants travel only where they agreed to be named.
  for (const w of payload.workshops) if (!w.participantsConsent) w.participantNames = '';
  return payload;
}

function archiveFile(kind: ArchiveKind, payload: ArchivePayload, name: string, ctx: CoreContext, env: ArchiveEnv): ExportedFile {
  const counts: Partial<Record<RecordKind, number>> = {};
  for (const k of RECORD_KINDS) counts[k] = payload[k].length;
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: env.appVersion,
    createdAt: isoNow(ctx),
    kind,
    counts,
    // The database keeps no pictures yet (the report's logo is chosen per export); assets/ is where they will go.
    assets: [],
  };
  const encoder = new TextEncoder();
  const bytes = writeZip({
    [MANIFEST_FILE]: encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`),
    [DATA_FILE]: encoder.encode(JSON.stringify(payload)),
  });
  return { fileName: safeFileName(name, ARCHIVE_EXTENSION), mimeType: ARCHIVE_MIME, bytes };
}

/** One workshop with its club, as a .vwerkstatt file. */
export function workshopArchive(ctx: CoreContext, input: ExportParsedInput<'workshop.vwerkstatt'>, env: ArchiveEnv): ExportedFile {
  const row = ctx.sql('SELECT w.title, o.name FROM workshops w JOIN organisations o ON o.id = w.organisation_id WHERE w.id = ?').get(input.workshopId) as
    | { title: string; name: string }
    | undefined;
  if (!row) throw notFound('workshop');
  return archiveFile('workshop', collectPayload(ctx, [input.workshopId]), `${row.name} – ${row.title}`, ctx, env);
}

/** A whole club with all its workshops, as a .vwerkstatt file. */
export function clubArchive(ctx: CoreContext, input: ExportParsedInput<'club.vwerkstatt'>, env: ArchiveEnv): ExportedFile {
  const club = ctx.sql('SELECT name FROM organisations WHERE id = ?').get(input.organisationId) as { name: string } | undefined;
  if (!club) throw notFound('organisation');
  const workshopIds = (ctx.sql('SELECT id FROM workshops WHERE organisation_id = ? ORDER BY rowid').all(input.organisationId) as { id: string }[]).map((w) => w.id);
  const payload = collectPayload(ctx, workshopIds);
  // A club without workshops still travels: its record is read on its own.
  if (payload.organisations.length === 0) {
    payload.organisations = [rowToRecord(TABLES.organisations, ctx.sql('SELECT * FROM organisations WHERE id = ?').get(input.organisationId) as Row)];
  }
  return archiveFile('club', payload, club.name, ctx, env);
}
