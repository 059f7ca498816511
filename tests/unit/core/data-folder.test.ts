import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, LATEST_SCHEMA_VERSION } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// A data folder that cannot be made or written: the coach gets the storage
// error state naming the problem, never a crash, and nothing is changed.

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanups.splice(0).reverse()) clean();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vw-folder-'));
  cleanups.push(() => {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function workspaceIn(dir: string): TestWorkspace {
  const tw = createTestWorkspace({ dir });
  cleanups.push(() => tw.workspace.close());
  return tw;
}

const isRoot = process.getuid?.() === 0;

describe('a data folder that cannot be created', () => {
  it.each([
    ['under a file (--data under a file)', (base: string) => join(base, 'eine-datei', 'daten')],
    ['that is a file itself', (base: string) => join(base, 'eine-datei')],
  ])('%s gives the storage error state, not a crash', async (_, dataDir) => {
    const base = tempDir();
    writeFileSync(join(base, 'eine-datei'), 'kein Ordner');
    const tw = workspaceIn(dataDir(base));
    const status = await tw.call<{ state: string; reasonKey: string; dbFile: string }>('app.status');
    expect(status).toEqual({ state: 'unreadable', reasonKey: 'errors.storage.folderIsFile', dbFile: join(dataDir(base), DB_FILE_NAME) });
    expect(await tw.api.invoke('organisations.list', {})).toMatchObject({ ok: false, error: { kind: 'storage' } });
    expect(readFileSync(join(base, 'eine-datei'), 'utf8')).toBe('kein Ordner');
    expect(await tw.call<{ schemaVersion: number | null }>('app.info')).toMatchObject({ schemaVersion: null });
  });

  it.skipIf(isRoot)('without permission gives the storage error state naming the missing permission', async () => {
    const base = tempDir();
    chmodSync(base, 0o500);
    const tw = workspaceIn(join(base, 'daten'));
    expect(await tw.call('app.status')).toMatchObject({ state: 'unreadable', reasonKey: 'errors.storage.folderNoAccess' });
  });
});

describe('"Neu beginnen" in a folder that cannot be written', () => {
  // Modes do not stop an administrator; read-only-folder.test.ts covers root with a simulated read-only disk.
  it.skipIf(isRoot)('names the folder, says it cannot be written, and leaves the damaged file where it was', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, DB_FILE_NAME), Buffer.from('Das ist keine Datenbank. '.repeat(200)));
    const tw = workspaceIn(dir);
    expect(await tw.call('app.status')).toMatchObject({ state: 'corrupt' });
    const before = readdirSync(dir).sort();
    chmodSync(dir, 0o500);
    const result = await tw.api.invoke('app.startFresh', {});
    expect(result).toEqual({ ok: false, error: { kind: 'storage', messageKey: 'errors.storage.folderNotWritable', params: { folder: dir } } });
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('the app info', () => {
  it("reports the open file's own schema version", async () => {
    const tw = workspaceIn(tempDir());
    expect(await tw.call('app.info')).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });
    // The number comes from the file, not from the app: change it in the file and the info follows.
    tw.workspace.connection!.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    expect(await tw.call('app.info')).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION + 3 });
  });
});
