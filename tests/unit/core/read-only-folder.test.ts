import type * as FileSystem from 'node:fs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// A read-only data folder (a write-protected USB stick, a folder without
// rights). Tests often run as root, whom file modes do not stop, so the file
// system answers EROFS for the folders listed here, as a read-only disk does.
const readOnly = vi.hoisted(() => new Set<string>());
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof FileSystem>();
  const refuse = (path: unknown): void => {
    if (readOnly.has(dirname(String(path)))) throw Object.assign(new Error(`EROFS: read-only file system, '${String(path)}'`), { code: 'EROFS' });
  };
  const writeFileSync: typeof fs.writeFileSync = (path, ...rest) => (refuse(path), fs.writeFileSync(path, ...rest));
  const renameSync: typeof fs.renameSync = (from, to) => (refuse(from), refuse(to), fs.renameSync(from, to));
  return { ...fs, default: { ...fs, writeFileSync, renameSync }, writeFileSync, renameSync };
});

let tw: TestWorkspace | undefined;
afterEach(() => {
  readOnly.clear();
  tw?.cleanup();
});

describe('"Neu beginnen" in a read-only data folder', () => {
  it('names the folder, says it cannot be written, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vw-readonly-'));
    const damaged = Buffer.from('Das ist keine Datenbank. '.repeat(200));
    writeFileSync(join(dir, DB_FILE_NAME), damaged);
    tw = createTestWorkspace({ dir });
    expect(await tw.call('app.status')).toMatchObject({ state: 'corrupt' });
    readOnly.add(dir);

    const result = await tw.api.invoke('app.startFresh', {});
    expect(result).toEqual({ ok: false, error: { kind: 'storage', messageKey: 'errors.storage.folderNotWritable', params: { folder: dir } } });
    expect(readdirSync(dir)).toEqual([DB_FILE_NAME]);
    expect(readFileSync(join(dir, DB_FILE_NAME)).equals(damaged)).toBe(true);
    expect(await tw.call('app.status')).toMatchObject({ state: 'corrupt' });

    // Once the folder can be written again, starting fresh works.
    readOnly.clear();
    expect(await tw.call('app.startFresh')).toMatchObject({ status: { state: 'ok' } });
  });
});

it('the simulated read-only folder refuses writes (so the test above means something)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vw-readonly-'));
  readOnly.add(dir);
  expect(() => writeFileSync(join(dir, 'x'), '')).toThrow(/EROFS/);
  readOnly.clear();
  rmSync(dir, { recursive: true });
});
