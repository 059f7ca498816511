import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace | undefined;
afterEach(() => tw?.cleanup());

function corruptWorkspace(): TestWorkspace {
  const first = createTestWorkspace();
  first.workspace.close();
  // A file that is not a database at all, as after a broken copy from a USB stick.
  writeFileSync(join(first.dir, DB_FILE_NAME), Buffer.from('Das ist keine Datenbank. '.repeat(200)));
  return createTestWorkspace({ dir: first.dir });
}

describe('a corrupt or unreadable database', () => {
  it('is reported with the file name instead of crashing', async () => {
    tw = corruptWorkspace();
    const status = await tw.call<{ state: string; dbFile: string }>('app.status');
    expect(status.state).toBe('corrupt');
    expect(status.dbFile).toBe(join(tw.dir, DB_FILE_NAME));
  });

  it('answers data calls with a storage error, not a crash', async () => {
    tw = corruptWorkspace();
    const result = await tw.api.invoke('organisations.list', {});
    expect(result).toEqual({ ok: false, error: { kind: 'storage', messageKey: 'errors.storage.unavailable' } });
  });

  it('is moved aside, byte for byte, when the coach starts fresh', async () => {
    tw = corruptWorkspace();
    const original = readFileSync(join(tw.dir, DB_FILE_NAME));
    const fresh = await tw.call<{ movedTo: string; status: { state: string } }>('app.startFresh');
    expect(fresh.status.state).toBe('ok');
    expect(fresh.movedTo).toMatch(/vereinswerkstatt\.beschaedigt-.*\.sqlite$/);
    expect(readFileSync(fresh.movedTo).equals(original)).toBe(true);
    const clubs = await tw.call<unknown[]>('organisations.list');
    expect(clubs).toEqual([]);
  });

  it('does nothing when asked to start fresh while the database is fine', async () => {
    tw = createTestWorkspace();
    await tw.call('organisations.create', { name: 'Bleibt da e.V.' });
    const result = await tw.call<{ movedTo: string | null }>('app.startFresh');
    expect(result.movedTo).toBeNull();
    expect(await tw.call<unknown[]>('organisations.list')).toHaveLength(1);
  });

  it('reports a data folder that cannot be used as unreadable', async () => {
    const base = createTestWorkspace();
    base.workspace.close();
    // The database path is a folder: SQLite cannot open it.
    mkdirSync(join(base.dir, 'blocked', DB_FILE_NAME), { recursive: true });
    tw = createTestWorkspace({ dir: join(base.dir, 'blocked') });
    const status = await tw.call<{ state: string; reasonKey: string }>('app.status');
    expect(status.state).toBe('unreadable');
    expect(status.reasonKey).toMatch(/^errors\.storage\./);
    expect(existsSync(join(base.dir, 'blocked', DB_FILE_NAME))).toBe(true);
    base.cleanup();
  });
});
