import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupList, RestoreResult } from '../../../src-main/contract';
import { DB_FILE_NAME } from '../../../src-main/core';
import { backupWorkspaces } from '../../helpers/backup-workspace';
import { FakeBackupClock } from '../../helpers/backup-clock';

// Backups under bad conditions: the workspace closing mid-copy, a full disk,
// odd files in the backups folder, names that try to leave it, pruning.

const { setup, tempDir, folderWithClub, cleanup } = backupWorkspaces('vw-backup-fail-');
afterEach(cleanup);

const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Waits, one event-loop turn at a time, until the backup's copy has been opened. */
async function copyStarted(backupsDir: string): Promise<void> {
  while (!files(backupsDir).some((f) => f.startsWith('.unfertig-'))) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('closing the workspace while a backup is copied', () => {
  it('discards the half copy and rejects the backup cleanly', async () => {
    // One page per step: the copy takes many event-loop turns.
    const t = setup({ backups: { pagesPerStep: 1 } });
    const running = t.workspace.backupNow('manual');
    const outcome = running.then(
      () => 'finished',
      (error: Error) => error.name,
    );
    await copyStarted(t.backupsDir);
    t.workspace.close();
    expect(await outcome).toBe('BackupAbortedError');
    expect(files(t.backupsDir)).toEqual([]);
  });

  it('stops a scheduled backup quietly: a warning, no error, nothing left behind', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const clock = new FakeBackupClock('2026-11-30T08:00:00Z');
    const t = setup({ dir: await folderWithClub(), now: () => clock.now(), backups: { schedule: true, clock, pagesPerStep: 1 } });
    await copyStarted(t.backupsDir);
    t.workspace.close();
    await t.workspace.backupsIdle();
    expect(files(t.backupsDir)).toEqual([]);
    expect(warn).toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('quitting the app', () => {
  it('lets a running backup finish before it closes, and refuses a restore meanwhile', async () => {
    const t = setup({ backups: { pagesPerStep: 1 } });
    const { id } = await t.call<{ id: string }>('backups.create');
    const running = t.workspace.backupNow('workshop-ended');
    await copyStarted(t.backupsDir);
    const restoring = t.workspace.restoreBackup(id).then(
      () => 'restored',
      (error: Error) => error.name,
    );
    await t.workspace.closeAfterBackups();
    expect(t.workspace.isOpen).toBe(false);
    const ended = await running;
    expect(files(t.backupsDir)).toEqual([id, ended].sort());
    expect(await restoring).toBe('BackupAbortedError');
  });
});

describe('closing the workspace while a restore runs', () => {
  it('stops the restore: the good file is neither moved aside nor replaced', async () => {
    const t = setup();
    await t.call('organisations.create', { name: 'Bleibt e.V.' });
    const { id } = await t.call<{ id: string }>('backups.create');
    const restoring = t.workspace.restoreBackup(id).then(
      () => 'restored',
      (error: Error) => error.name,
    );
    // The restore's checked copy is being checked: close now.
    while (!files(t.dir).some((f) => f.endsWith('.wiederherstellen'))) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    t.workspace.close();
    expect(await restoring).toBe('BackupAbortedError');
    expect(files(t.dir).filter((f) => f.includes('beschaedigt') || f.includes('wiederherstellen'))).toEqual([]);
    expect(t.workspace.isOpen).toBe(false);
    const again = setup({ dir: t.dir });
    expect((await again.call<{ name: string }[]>('organisations.list')).map((o) => o.name)).toEqual(['Bleibt e.V.']);
  });
});

/** A 48 KB disk (root only: CI runs as root), mounted where the backups go. */
function mountTinyDisk(at: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  mkdirSync(at, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', at], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a full disk', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vw-backup-full-'));
  const mounted = mountTinyDisk(join(dataDir, 'backups'));
  afterAll(() => {
    if (mounted) execFileSync('umount', [join(dataDir, 'backups')], { stdio: 'ignore' });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.skipIf(!mounted)('says "full" and leaves no half file behind', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = setup({ dir: dataDir });
    await t.call('organisations.create', { name: 'Platzmangel e.V.' });
    const result = await t.api.invoke('backups.create', {});
    expect(result).toEqual({ ok: false, error: { kind: 'storage', messageKey: 'errors.backups.full' } });
    expect(files(t.backupsDir)).toEqual([]);
    // The data itself is untouched and still writable.
    await t.call('organisations.create', { name: 'Weiter e.V.' });
  });

  it('says "full" when the check runs out of space, and deletes the copy', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = setup({ backups: { check: () => 'check failed: database or disk is full' } });
    const result = await t.api.invoke('backups.create', {});
    expect(result).toEqual({ ok: false, error: { kind: 'storage', messageKey: 'errors.backups.full' } });
    expect(files(t.backupsDir)).toEqual([]);
  });
});

describe('odd things in the backups folder', () => {
  it('lists damaged, empty and odd entries as unreadable instead of failing', async () => {
    const t = setup();
    const { id } = await t.call<{ id: string }>('backups.create');
    writeFileSync(join(t.backupsDir, 'vereinswerkstatt-2026-01-01T00-00-00Z-manual.sqlite'), Buffer.alloc(8192, 7));
    writeFileSync(join(t.backupsDir, 'vereinswerkstatt-2026-01-02T00-00-00Z-manual.sqlite'), '');
    mkdirSync(join(t.backupsDir, 'vereinswerkstatt-2026-01-03T00-00-00Z-manual.sqlite'));
    const list = await t.call<BackupList>('backups.list');
    expect(list.backups).toHaveLength(4);
    expect(list.backups[0]).toMatchObject({ id, organisations: 0, workshops: 0 });
    for (const odd of list.backups.slice(1)) expect(odd).toMatchObject({ organisations: null, workshops: null });
  });

  it('lists nothing, without an error, when "backups" is a file, and names the folder on a backup', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = setup();
    writeFileSync(t.backupsDir, 'kein Ordner');
    expect(await t.call<BackupList>('backups.list')).toMatchObject({ backups: [] });
    // And a backup says which folder it cannot write to, instead of "something went wrong".
    expect(await t.api.invoke('backups.create', {})).toEqual({
      ok: false,
      error: { kind: 'storage', messageKey: 'errors.backups.folderNotWritable', params: { folder: t.backupsDir } },
    });
  });

  it('refuses every name that is not exactly a backup name, before touching a file', async () => {
    const t = setup();
    const { id } = await t.call<{ id: string }>('backups.create');
    const bad = [
      '../x',
      `../${id}`,
      `backups/${id}`,
      `..\\${id}`,
      join(t.backupsDir, id),
      `${id}\0`,
      `${id.replace('.sqlite', '')}\0.sqlite`,
      `${id}/`,
      'vereinswerkstatt-2026-11-30T14-05-00Z-manual-99999.sqlite',
      `${'a'.repeat(10_000)}${id}`,
      '',
      ' ',
    ];
    for (const candidate of bad) {
      const result = await t.api.invoke('backups.restore', { id: candidate });
      expect(result, JSON.stringify(candidate.slice(0, 80))).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    expect(files(t.backupsDir)).toEqual([id]);
  });
});

describe('pruning', () => {
  it('keeps the backup from before a migration however many follow it', async () => {
    const dir = tempDir();
    copyFileSync(join(import.meta.dirname, '../../fixtures/schema-v7.sqlite'), join(dir, DB_FILE_NAME));
    let clock = new Date('2026-11-30T08:00:00Z');
    // The check is not what is tested here; skipping it keeps the twelve backups quick.
    const t = setup({ dir, now: () => clock, backups: { check: () => 'ok' } });
    const [migration] = files(t.backupsDir);
    expect(migration).toMatch(/before-migration-v7\.sqlite$/);
    for (let i = 1; i <= 12; i++) {
      clock = new Date(clock.getTime() + 60 * 1000);
      await t.workspace.backupNow('manual');
    }
    expect(files(t.backupsDir)).toContain(migration);
    expect(files(t.backupsDir)).toHaveLength(11);
  });

  it('keeps the backup that was just restored', async () => {
    let clock = new Date('2026-11-30T08:00:00Z');
    const t = setup({ now: () => clock, backups: { check: () => 'ok' } });
    await t.call('organisations.create', { name: 'Ziel e.V.' });
    const { id: target } = await t.call<{ id: string }>('backups.create');
    // Nine more: the target is the tenth newest, and the backup the restore takes first would push it out.
    for (let i = 1; i <= 9; i++) {
      clock = new Date(clock.getTime() + 60 * 1000);
      await t.workspace.backupNow('manual');
    }
    clock = new Date(clock.getTime() + 60 * 1000);
    const result = await t.call<RestoreResult>('backups.restore', { id: target });
    expect(result.status.state).toBe('ok');
    expect(files(t.backupsDir)).toContain(target);
    expect(files(t.backupsDir)).toHaveLength(11);
  });
});
