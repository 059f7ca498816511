import { unzipSync, zipSync } from 'fflate';
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ArchiveImportReport, RECORD_KINDS, type RecordKind } from '../../../src-main/contract';
import { CoreError } from '../../../src-main/core/errors';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportClub, importBytes, smallClub, tableCounts } from './helpers';

// 2,000 broken workshop files from a fixed seed. Each must end in a CoreError
// (the file is refused, nothing written) or in a report that names what was
// left out; never a crash, never half a club.

const CASES = 2000;
const HUGE = 'Ä'.repeat(1_000_000);
const HUGE_FIELD = { organisations: 'name', cards: 'text', stakeholders: 'notes', measures: 'description' } as const;
const hugeFiles: Partial<Record<keyof typeof HUGE_FIELD, Uint8Array>> = {};
type Files = Record<string, Uint8Array>;
type Payload = Record<RecordKind, Record<string, unknown>[]>;

/** mulberry32: a small PRNG, so the cases are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = (value: unknown): Uint8Array => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const dec = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes)) as unknown;

/** A zip whose data.json says it unpacks to `declared` bytes but holds `actual` (a zip bomb, honest or lying). */
function bomb(actual: number, declared: number | null): Uint8Array {
  const zip = Buffer.from(zipSync({ 'manifest.json': enc({ format: 'vereinswerkstatt', formatVersion: 1, appVersion: 'x', createdAt: 'x', kind: 'club' }), 'data.json': new Uint8Array(actual) }));
  if (declared !== null) {
    let at = -1;
    while ((at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 1)) >= 0) {
      if (zip.toString('utf8', at + 46, at + 46 + 9) === 'data.json') zip.writeUInt32LE(declared, at + 24);
    }
  }
  return new Uint8Array(zip);
}

interface Case {
  name: string;
  bytes: Uint8Array;
  /** For a file with one broken record: the kind and 1-based index the report must name. */
  expectDropped?: { kind: RecordKind; index: number; reasonKey: string };
  refuseKey?: string;
}

function makeCase(rnd: () => number, base: Files, bytes: Uint8Array, bombs: Uint8Array[]): Case {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const payload = (): Payload => dec(base['data.json']!) as Payload;
  const manifest = (): Record<string, unknown> => dec(base['manifest.json']!) as Record<string, unknown>;
  // Stored, not deflated: the reader takes both, and packing 2,000 files stays quick.
  const withData = (p: unknown, m: unknown = manifest()): Uint8Array => zipSync({ 'manifest.json': enc(m), 'data.json': enc(p) }, { level: 0 });
  const kindWithRecords = (p: Payload): RecordKind => pick(RECORD_KINDS.filter((k) => k !== 'organisations' && p[k].length > 0));
  switch (Math.floor(rnd() * 10)) {
    case 0:
      return { name: 'truncated', bytes: bytes.slice(0, Math.floor(rnd() * (bytes.length - 1))) };
    case 1: {
      const flipped = bytes.slice();
      for (let i = 0; i < 1 + rnd() * 20; i++) flipped[Math.floor(rnd() * flipped.length)] = Math.floor(rnd() * 256);
      return { name: 'flipped bytes', bytes: flipped };
    }
    case 2: {
      const m = manifest();
      const change = pick(['format', 'drop', 'kind', 'notJson', 'missing', 'array'] as const);
      if (change === 'missing') return { name: 'no manifest', bytes: zipSync({ 'data.json': base['data.json']! }), refuseKey: 'errors.archive.wrongKind' };
      if (change === 'notJson') return { name: 'manifest not JSON', bytes: zipSync({ 'manifest.json': enc('{"format": "vereins'), 'data.json': base['data.json']! }), refuseKey: 'errors.archive.badManifest' };
      if (change === 'array') return { name: 'manifest array', bytes: withData(payload(), [m]), refuseKey: 'errors.archive.badManifest' };
      if (change === 'format') return { name: 'other format', bytes: withData(payload(), { ...m, format: 'vereinswerkstatt-template' }), refuseKey: 'errors.archive.wrongKind' };
      if (change === 'kind') return { name: 'unknown kind', bytes: withData(payload(), { ...m, kind: 'verein' }), refuseKey: 'errors.archive.badManifest' };
      const { appVersion: _dropped, ...rest } = m;
      return { name: 'manifest field missing', bytes: withData(payload(), rest), refuseKey: 'errors.archive.badManifest' };
    }
    case 3:
      return { name: 'newer version', bytes: withData(payload(), { ...manifest(), formatVersion: 2 + Math.floor(rnd() * 50) }), refuseKey: 'errors.archive.newerVersion' };
    case 4:
    case 5: {
      const p = payload();
      const kind = kindWithRecords(p);
      const index = Math.floor(rnd() * p[kind].length);
      const record = p[kind][index]!;
      const field = pick(Object.keys(record));
      record[field] = pick([{ nested: true }, -1.5, 'x'.repeat(300_000), null, [1, 2], true]);
      if (field === 'ratings' || field === 'prompts') record[field] = 'keine Liste';
      // Some values happen to be valid for a field (null for a nullable one); the check below only looks at invalid ones.
      return { name: `broken ${kind}.${field}`, bytes: withData(p), expectDropped: { kind, index: index + 1, reasonKey: 'archive.dropped.invalid' } };
    }
    case 6: {
      const p = payload();
      const kind = kindWithRecords(p);
      const copy = { ...p[kind][Math.floor(rnd() * p[kind].length)]! };
      p[kind].push(copy);
      return { name: `duplicate ${kind}`, bytes: withData(p), expectDropped: { kind, index: p[kind].length, reasonKey: 'archive.dropped.duplicate' } };
    }
    case 7: {
      const target = pick(['organisations', 'cards', 'stakeholders', 'measures'] as const);
      // The four files with a 1 MB text are made once: packing 2 MB each time would only slow the test.
      const made = (hugeFiles[target] ??= (() => {
        const p = payload();
        p[target][0]![HUGE_FIELD[target]] = HUGE;
        return withData(p);
      })());
      if (target === 'organisations') return { name: '1 MB club name', bytes: made, refuseKey: 'errors.archive.noClub' };
      return { name: `1 MB ${target}`, bytes: made, expectDropped: { kind: target, index: 1, reasonKey: 'archive.dropped.invalid' } };
    }
    case 8:
      return { name: 'zip bomb', bytes: pick(bombs), refuseKey: 'errors.archive.tooBigUnpacked' };
    default: {
      const p = payload() as unknown as Record<string, unknown>;
      const change = pick(['notObject', 'notArray', 'noData', 'random'] as const);
      if (change === 'noData') return { name: 'no data.json', bytes: zipSync({ 'manifest.json': base['manifest.json']! }), refuseKey: 'errors.archive.broken' };
      if (change === 'notObject') return { name: 'data not an object', bytes: withData([p]), refuseKey: 'errors.archive.broken' };
      if (change === 'notArray') return { name: 'kind not a list', bytes: withData({ ...p, [pick(RECORD_KINDS)]: { a: 1 } }), refuseKey: 'errors.archive.broken' };
      return { name: 'random bytes', bytes: Uint8Array.from({ length: 1 + Math.floor(rnd() * 2000) }, () => Math.floor(rnd() * 256)) };
    }
  }
}

describe('2,000 malformed workshop files', () => {
  let tw: TestWorkspace;
  let base: Files;
  let bytes: Uint8Array;
  let bombs: Uint8Array[];
  beforeAll(async () => {
    // On a RAM disk where there is one: a thousand small commits should not wait for the disk.
    tw = createTestWorkspace(existsSync('/dev/shm') ? { dir: mkdtempSync(join('/dev/shm', 'vw-archive-')) } : {});
    bytes = await exportClub(tw, await smallClub(tw));
    base = unzipSync(bytes);
    // Saying it unpacks to 300 MB (over the limit, refused before unpacking), and lying:
    // saying 1 KB while holding 64 MB (stopped as soon as it grows past what it said).
    bombs = [bomb(1024 * 1024, 300 * 1024 * 1024), bomb(64 * 1024 * 1024, 1024)];
  }, 60_000);
  afterAll(() => tw.cleanup());

  it('never crash, never write half a club, and name what they leave out', async () => {
    const rnd = prng(20261130);
    const before = tableCounts(tw);
    const tally = { refused: 0, partial: 0, named: 0 };
    for (let n = 0; n < CASES; n++) {
      const c = makeCase(rnd, base, bytes, bombs);
      let report: ArchiveImportReport;
      try {
        report = importBytes(tw, c.bytes);
      } catch (error) {
        if (!(error instanceof CoreError)) throw new Error(`case ${n} (${c.name}) crashed: ${String(error)}`, { cause: error });
        if (c.refuseKey) expect(error.data.messageKey, `case ${n} (${c.name})`).toBe(c.refuseKey);
        expect(c.expectDropped, `case ${n} (${c.name}) was refused: ${error.data.messageKey}`).toBeUndefined();
        expect(tableCounts(tw), `case ${n} (${c.name}) wrote something`).toEqual(before);
        tally.refused++;
        continue;
      }
      expect(c.refuseKey, `case ${n} (${c.name}) was taken`).toBeUndefined();
      const e = c.expectDropped;
      if (e) {
        const named = report.dropped.find((d) => d.kind === e.kind && d.index === e.index);
        // A value that fits the field after all (e.g. null where null is allowed) is no broken record.
        if (named) {
          expect(named.reasonKey).toBe(e.reasonKey);
          tally.named++;
        }
        tally.partial++;
      }
      // What was taken is all there; removing the new club leaves the database as it was.
      expect(report.taken.organisations).toBe(1);
      await tw.call('organisations.delete', { id: report.organisationId });
      expect(tableCounts(tw), `case ${n} (${c.name}) left rows behind`).toEqual(before);
    }
    expect(tally.refused).toBeGreaterThan(CASES / 3);
    expect(tally.partial).toBeGreaterThan(CASES / 5);
    // Most broken values are invalid for their field; those the report must name.
    expect(tally.named).toBeGreaterThan(tally.partial * 0.6);
  }, 240_000);
});
