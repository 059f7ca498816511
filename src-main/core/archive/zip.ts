import { zipSync } from 'fflate';
import { inflateRawSync } from 'node:zlib';
import { CoreError } from '../errors';

// Reading a zip that anyone may have made: the sizes in its directory can lie
// (a "zip bomb" says 1 KB and unpacks to gigabytes). Each entry is inflated
// with zlib's output cap set to its declared size, so it stops as soon as it
// grows past that; declared sizes are checked against the limits first.

/** The most the files in one archive may unpack to, together. */
export const MAX_UNPACKED_TOTAL = 200 * 1024 * 1024;
/** The most one entry may unpack to. */
export const MAX_UNPACKED_ENTRY = 100 * 1024 * 1024;
const MAX_ENTRIES = 1000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export const notAnArchive = (): CoreError => new CoreError('validation', 'errors.archive.notZip');
const tooBig = (): CoreError => new CoreError('validation', 'errors.archive.tooBigUnpacked');

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The entries of the zip's central directory; a file without one is not a zip. */
function entries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notAnArchive();
  const count = view.getUint16(end + 10, true);
  if (count > MAX_ENTRIES) throw tooBig();
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const list: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw notAnArchive();
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > bytes.length) throw notAnArchive();
    list.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return list;
}

function compressedData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw notAnArchive();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw notAnArchive();
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry; zlib stops as soon as the output grows past what it may be. */
function inflateBounded(data: Uint8Array, declared: number, budget: number): Uint8Array {
  if (declared > budget) throw tooBig();
  if (declared === 0) return new Uint8Array(0);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: declared });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
    throw notAnArchive();
  }
  if (out.length !== declared) throw notAnArchive();
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/**
 * The files in a zip, by name. Declared sizes are checked before anything is
 * unpacked, actual sizes while unpacking; both against the limits.
 */
export function readZip(bytes: Uint8Array, limits = { total: MAX_UNPACKED_TOTAL, entry: MAX_UNPACKED_ENTRY }): Map<string, Uint8Array> {
  const list = entries(bytes);
  let declaredTotal = 0;
  for (const entry of list) {
    if (entry.size > limits.entry) throw tooBig();
    declaredTotal += entry.size;
  }
  if (declaredTotal > limits.total) throw tooBig();
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of list) {
    if (entry.name.endsWith('/')) continue;
    if (files.has(entry.name)) throw notAnArchive();
    const data = compressedData(bytes, entry);
    let content: Uint8Array;
    if (entry.method === 0) {
      if (data.length !== entry.size) throw notAnArchive();
      content = data;
    } else if (entry.method === 8) {
      content = inflateBounded(data, entry.size, limits.total - total);
    } else {
      throw notAnArchive();
    }
    total += content.length;
    files.set(entry.name, content);
  }
  return files;
}

/** Packs named files into a zip (deflated, fast level: the payload is JSON and small). */
export function writeZip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
