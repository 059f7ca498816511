import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, BackupList, RestoreResult } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID, DB_FILE_NAME } from '../../../src-main/core';
import { backupWorkspaces } from '../../helpers/backup-workspace';

const { setup, tempDir, cleanup } = backupWorkspaces('vw-backup-');
afterEach(cleanup);

/** Reads a backup file directly, as another program would. */
function clubsIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM organisations ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

describe('taking a backup', () => {
  it('holds what was only written to the WAL so far, in one self-contained file', async () => {
    const t = setup();
    await t.call('organisations.create', { name: 'Turnverein Nord e.V.' });
    // The write is still in the WAL: a copy of the main file alone would miss it.
    expect(statSync(join(t.dir, `${DB_FILE_NAME}-wal`)).size).toBeGreaterThan(0);
    const { id } = await t.call<{ id: string }>('backups.create');
    expect(id).toMatch(/^vereinswerkstatt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-manual\.sqlite$/);
    const file = join(t.backupsDir, id);
    // Rollback journal mode (header bytes 18/19 = 1): no -wal needed beside it.
    expect([...readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
    expect(clubsIn(file)).toEqual(['Turnverein Nord e.V.']);
    expect(files(t.backupsDir)).toEqual([id]);
  });

  it('deletes a copy that fails its check, logs it, and keeps the earlier backups', async () => {
    let fail = false;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = setup({
      backups: { check: () => (fail ? '*** in database main *** Page 3: btreeInitPage() returns error code 11' : 'ok') },
    });
    await t.call('organisations.create', { name: 'Erster e.V.' });
    const first = await t.workspace.backupNow('manual');
    fail = true;
    await expect(t.workspace.backupNow('manual')).rejects.toThrow('errors.backups.checkFailed');
    expect(files(t.backupsDir)).toEqual([first]);
    expect(errors.mock.calls.some((args) => String(args[0]).startsWith('[backup]'))).toBe(true);
    // Through the API the coach gets a storage message, not a crash.
    const result = await t.api.invoke('backups.create', {});
    expect(result).toEqual({ ok: false, error: { kind: 'storage', messageKey: 'errors.backups.checkFailed' } });
    expect(files(t.backupsDir)).toEqual([first]);
  });

  it('gives a second backup in the same second its own name', async () => {
    const t = setup({ now: () => new Date('2026-11-30T14:05:00.000Z') });
    const a = await t.workspace.backupNow('manual');
    const b = await t.workspace.backupNow('manual');
    expect(a).toBe('vereinswerkstatt-2026-11-30T14-05-00Z-manual.sqlite');
    expect(b).toBe('vereinswerkstatt-2026-11-30T14-05-00Z-manual-2.sqlite');
    // The later one is listed first, also past nine ("-10" sorts before "-9" as text).
    const later = [];
    for (let i = 3; i <= 10; i++) later.push(await t.workspace.backupNow('manual'));
    expect(t.workspace.listBackups().backups.map((info) => info.id)).toEqual([...later.reverse(), b, a]);
  });

  it('is taken before a migration of an older file, untouched and named with its version', () => {
    const dir = tempDir();
    copyFileSync(join(import.meta.dirname, '../../fixtures/schema-v7.sqlite'), join(dir, DB_FILE_NAME));
    const clubsBefore = clubsIn(join(dir, DB_FILE_NAME));
    const t = setup({ dir, now: () => new Date('2026-11-30T14:05:00Z') });
    expect(t.workspace.status.state).toBe('ok');
    const name = 'vereinswerkstatt-2026-11-30T14-05-00Z-before-migration-v7.sqlite';
    expect(files(t.backupsDir)).toEqual([name]);
    const copy = new Database(join(t.backupsDir, name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(7);
    copy.close();
    expect(clubsIn(join(t.backupsDir, name))).toEqual(clubsBefore);
  });
});

describe('a failed backup before a migration', () => {
  it('stops the migration: the file keeps its old schema and no broken copy is left', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dir = tempDir();
    const dbFile = join(dir, DB_FILE_NAME);
    copyFileSync(join(import.meta.dirname, '../../fixtures/schema-v7.sqlite'), dbFile);
    const t = setup({ dir, backups: { check: () => 'row 12 missing from index' } });
    expect(t.workspace.status.state).not.toBe('ok');
    t.workspace.close();
    expect(files(t.backupsDir)).toEqual([]);
    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    db.close();
  });
});

describe('the list of backups', () => {
  it('counts clubs and workshops in each backup itself', async () => {
    const t = setup();
    const club = await t.call<{ id: string }>('organisations.create', { name: 'Chor am See e.V.' });
    await t.call('organisations.create', { name: 'Tafel Süd e.V.' });
    for (const title of ['Auftakt', 'Folgetermin', 'Abschluss']) {
      await t.call('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title });
    }
    await t.call('backups.create');
    await t.call('organisations.create', { name: 'Nach der Sicherung e.V.' });
    const list = await t.call<BackupList>('backups.list');
    expect(list.dir).toBe(t.backupsDir);
    expect(list.backups).toHaveLength(1);
    const [info] = list.backups as [BackupInfo];
    expect(info).toMatchObject({ reason: 'manual', organisations: 2, workshops: 3, fromVersion: null });
    expect(info.sizeBytes).toBe(statSync(join(t.backupsDir, info.id)).size);
  });

  it('ignores files that are not backups and refuses names that are paths', async () => {
    const t = setup();
    await t.call('backups.create');
    writeFileSync(join(t.backupsDir, 'notizen.txt'), 'x');
    expect((await t.call<BackupList>('backups.list')).backups).toHaveLength(1);
    for (const id of ['../vereinswerkstatt.sqlite', '/etc/passwd', 'vereinswerkstatt-2026-11-30T14-05-00Z-manual.sqlite/..']) {
      const result = await t.api.invoke('backups.restore', { id });
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    const missing = await t.api.invoke('backups.restore', { id: 'vereinswerkstatt-2020-01-01T00-00-00Z-manual.sqlite' });
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not_found', messageKey: 'errors.backups.notFound' } });
  });
});

describe('restoring a backup', () => {
  it('keeps the current state as a backup first, then brings the old state back', async () => {
    let clock = new Date('2026-11-30T10:00:00Z');
    const t = setup({ now: () => clock });
    await t.call('organisations.create', { name: 'Vorher e.V.' });
    const { id } = await t.call<{ id: string }>('backups.create');
    await t.call('organisations.create', { name: 'Nachher e.V.' });
    clock = new Date('2026-11-30T11:00:00Z');
    const result = await t.call<RestoreResult>('backups.restore', { id });
    expect(result.status.state).toBe('ok');
    expect(result.setAside).toBe('vereinswerkstatt-2026-11-30T11-00-00Z-before-restore.sqlite');
    const names = (await t.call<{ name: string }[]>('organisations.list')).map((o) => o.name);
    expect(names).toEqual(['Vorher e.V.']);
    expect(clubsIn(join(t.backupsDir, result.setAside!))).toEqual(['Nachher e.V.', 'Vorher e.V.']);
    // And back again: the state before the restore is one restore away.
    clock = new Date('2026-11-30T12:00:00Z');
    await t.call('backups.restore', { id: result.setAside });
    expect((await t.call<unknown[]>('organisations.list')).length).toBe(2);
  });

  it('sets the current state aside before the coach confirms, and takes no second backup if nothing was written since', async () => {
    let clock = new Date('2026-11-30T10:00:00Z');
    const t = setup({ now: () => clock });
    await t.call('organisations.create', { name: 'Vorher e.V.' });
    const { id } = await t.call<{ id: string }>('backups.create');
    await t.call('organisations.create', { name: 'Nachher e.V.' });
    clock = new Date('2026-11-30T11:00:00Z');
    const kept = await t.call<{ id: string }>('backups.setAside', { id });
    expect(kept.id).toBe('vereinswerkstatt-2026-11-30T11-00-00Z-before-restore.sqlite');
    expect(clubsIn(join(t.backupsDir, kept.id))).toEqual(['Nachher e.V.', 'Vorher e.V.']);
    clock = new Date('2026-11-30T11:05:00Z');
    const result = await t.call<RestoreResult>('backups.restore', { id, keptAs: kept.id });
    expect(result.setAside).toBe(kept.id);
    expect((await t.call<BackupList>('backups.list')).backups.filter((b) => b.reason === 'before-restore')).toHaveLength(1);
    expect((await t.call<{ name: string }[]>('organisations.list')).map((o) => o.name)).toEqual(['Vorher e.V.']);
  });

  it('keeps the current state again when something was written after it was set aside', async () => {
    let clock = new Date('2026-11-30T10:00:00Z');
    const t = setup({ now: () => clock });
    const { id } = await t.call<{ id: string }>('backups.create');
    clock = new Date('2026-11-30T11:00:00Z');
    const kept = await t.call<{ id: string }>('backups.setAside', { id });
    await t.call('organisations.create', { name: 'Später e.V.' });
    clock = new Date('2026-11-30T11:05:00Z');
    const result = await t.call<RestoreResult>('backups.restore', { id, keptAs: kept.id });
    expect(result.setAside).toBe('vereinswerkstatt-2026-11-30T11-05-00Z-before-restore.sqlite');
    expect(clubsIn(join(t.backupsDir, result.setAside!))).toEqual(['Später e.V.']);
    expect(clubsIn(join(t.backupsDir, kept.id))).toEqual([]);
  });

  it('works while the database file is damaged, and moves the damaged file aside', async () => {
    const first = setup();
    await first.call('organisations.create', { name: 'Gerettet e.V.' });
    const { id } = await first.call<{ id: string }>('backups.create');
    first.workspace.close();
    const dbFile = join(first.dir, DB_FILE_NAME);
    writeFileSync(dbFile, Buffer.from('Das ist keine Datenbank. '.repeat(200)));
    rmSync(`${dbFile}-wal`, { force: true });
    const t = setup({ dir: first.dir });
    expect(t.workspace.status.state).toBe('corrupt');
    const list = await t.call<BackupList>('backups.list');
    expect(list.backups.map((b) => b.id)).toEqual([id]);
    const result = await t.call<RestoreResult>('backups.restore', { id });
    expect(result.status.state).toBe('ok');
    expect(result.setAside).toMatch(/vereinswerkstatt\.beschaedigt-.*\.sqlite$/);
    expect(readFileSync(result.setAside!).toString()).toContain('keine Datenbank');
    expect((await t.call<{ name: string }[]>('organisations.list')).map((o) => o.name)).toEqual(['Gerettet e.V.']);
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = setup();
    await t.call('organisations.create', { name: 'Bleibt e.V.' });
    const { id } = await t.call<{ id: string }>('backups.create');
    writeFileSync(join(t.backupsDir, id), Buffer.alloc(8192, 7));
    const result = await t.api.invoke('backups.restore', { id });
    expect(result).toMatchObject({ ok: false, error: { kind: 'storage', messageKey: 'errors.backups.damaged' } });
    expect((await t.call<unknown[]>('organisations.list')).length).toBe(1);
    expect(files(t.dir).filter((f) => f.includes('wiederherstellen'))).toEqual([]);
    expect(errors).toHaveBeenCalled();
  });
});

describe('ending a workshop', () => {
  it('takes a backup when the status becomes done, once', async () => {
    const t = setup();
    const club = await t.call<{ id: string }>('organisations.create', { name: 'Sportfreunde e.V.' });
    const ws = await t.call<{ id: string }>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag 1' });
    await t.call('workshops.update', { id: ws.id, status: 'running' });
    expect(files(t.backupsDir)).toEqual([]);
    await t.call('workshops.update', { id: ws.id, status: 'done' });
    await t.workspace.backupsIdle();
    expect(files(t.backupsDir).filter((f) => f.endsWith('-workshop-ended.sqlite'))).toHaveLength(1);
    await t.call('workshops.update', { id: ws.id, status: 'done', title: 'Tag 1 (fertig)' });
    await t.workspace.backupNow('manual');
    expect(files(t.backupsDir).filter((f) => f.includes('workshop-ended'))).toHaveLength(1);
  });
});
