import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type ArchiveManifest, RECORD_KINDS, type RecordKind, archiveManifest } from '../../contract';
import { CoreError } from '../errors';
import { DATA_FILE, MANIFEST_FILE } from './export';
import { readZip } from './zip';

// Opening a workshop file: everything that can make the whole file unusable
// is found here, before anything is written.

export interface OpenedArchive {
  manifest: ArchiveManifest;
  /** The records as the file has them, not yet checked one by one. */
  records: { [K in RecordKind]: unknown[] };
}

const refuse = (key: string): CoreError => new CoreError('validation', `errors.archive.${key}`);

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readManifest(bytes: Uint8Array | undefined): ArchiveManifest {
  // A zip without our manifest is some other program's file (a Word document is a zip too).
  if (!bytes) throw refuse('wrongKind');
  const raw = parseJson(bytes);
  if (!isObject(raw)) throw refuse('badManifest');
  if (raw.format !== ARCHIVE_FORMAT) throw refuse('wrongKind');
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > ARCHIVE_FORMAT_VERSION) throw refuse('newerVersion');
  const parsed = archiveManifest.safeParse(raw);
  if (!parsed.success) throw refuse('badManifest');
  return parsed.data;
}

/** Reads and checks a .vwerkstatt file; throws a CoreError that says why when the whole file is refused. */
export function openArchive(bytes: Uint8Array): OpenedArchive {
  const files = readZip(bytes);
  const manifest = readManifest(files.get(MANIFEST_FILE));
  const data = parseJson(files.get(DATA_FILE));
  if (!isObject(data)) throw refuse('broken');
  const records = {} as OpenedArchive['records'];
  for (const kind of RECORD_KINDS) {
    const list = data[kind] ?? [];
    if (!Array.isArray(list)) throw refuse('broken');
    records[kind] = list as unknown[];
  }
  return { manifest, records };
}
