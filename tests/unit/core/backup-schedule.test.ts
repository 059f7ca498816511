import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace, createApi } from '../../../src-main/core';
import { FakeBackupClock } from '../../helpers/backup-clock';

const MINUTE = 60 * 1000;
const dirs: string[] = [];
const workspaces: Workspace[] = [];
afterEach(() => {
  for (const w of workspaces.splice(0)) w.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder whose file already holds a club (an empty one gets no start backup). */
async function withClub(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'vw-schedule-'));
  const workspace = new Workspace({ dataDir: dir, appVersion: 'test' });
  workspace.open();
  await createApi(workspace).invoke('organisations.create', { name: 'Da e.V.' });
  workspace.close();
  return dir;
}

function scheduled(clock: FakeBackupClock, dir: string) {
  if (!dirs.includes(dir)) dirs.push(dir);
  const workspace = new Workspace({ dataDir: dir, appVersion: 'test', now: () => clock.now(), backups: { schedule: true, clock } });
  workspaces.push(workspace);
  workspace.open();
  const reasons = (): string[] => {
    const folder = join(dir, 'backups');
    const names = (existsSync(folder) ? readdirSync(folder) : []).filter((n) => n.endsWith('.sqlite'));
    return names.map((n) => /Z-([a-z-]+?)(?:-\d+)?\.sqlite$/.exec(n)![1]!).sort();
  };
  return { dir, workspace, api: createApi(workspace), reasons };
}

describe('the backup schedule', () => {
  it('takes no start backup of a new, empty file, and the first after something was written', async () => {
    const clock = new FakeBackupClock('2026-11-30T08:00:00Z');
    const s = scheduled(clock, mkdtempSync(join(tmpdir(), 'vw-schedule-')));
    await s.workspace.backupsIdle();
    expect(s.reasons()).toEqual([]);
    await s.api.invoke('organisations.create', { name: 'Neu e.V.' });
    clock.advance(30 * MINUTE);
    await s.workspace.backupsIdle();
    expect(s.reasons()).toEqual(['interval']);
  });

  it('backs up at start, then every 30 minutes only when something was written', async () => {
    const clock = new FakeBackupClock('2026-11-30T08:00:00Z');
    const s = scheduled(clock, await withClub());
    await s.workspace.backupsIdle();
    expect(s.reasons()).toEqual(['start']);

    clock.advance(30 * MINUTE);
    clock.advance(30 * MINUTE);
    // Nothing changed: no new backup.
    await s.workspace.backupsIdle();
    expect(s.reasons()).toEqual(['start']);

    await s.api.invoke('organisations.create', { name: 'Geschrieben e.V.' });
    clock.advance(29 * MINUTE);
    await s.workspace.backupsIdle();
    expect(s.reasons()).toEqual(['start']);
    clock.advance(1 * MINUTE);
    await s.workspace.backupsIdle();
    expect(s.reasons()).toEqual(['interval', 'start']);

    // The edit is covered now: the next tick has nothing to do.
    clock.advance(30 * MINUTE);
    await s.workspace.backupNow('manual');
    expect(s.reasons()).toEqual(['interval', 'manual', 'start']);
  });

  it('skips the start backup when the last one is less than an hour old', async () => {
    const clock = new FakeBackupClock('2026-11-30T08:00:00Z');
    const first = scheduled(clock, await withClub());
    await first.workspace.backupsIdle();
    expect(first.reasons()).toEqual(['start']);
    first.workspace.close();

    clock.advance(59 * MINUTE);
    const again = scheduled(clock, first.dir);
    await again.workspace.backupNow('manual');
    expect(again.reasons()).toEqual(['manual', 'start']);
    again.workspace.close();

    clock.advance(61 * MINUTE);
    const later = scheduled(clock, first.dir);
    await later.workspace.backupsIdle();
    expect(later.reasons()).toEqual(['manual', 'start', 'start']);
  });

  it('takes the start backup when the newest one is dated in the future (a wrong clock then)', async () => {
    const clock = new FakeBackupClock('2026-11-30T08:00:00Z');
    const first = scheduled(clock, await withClub());
    await first.workspace.backupsIdle();
    first.workspace.close();
    const [start] = readdirSync(join(first.dir, 'backups'));
    renameSync(join(first.dir, 'backups', start!), join(first.dir, 'backups', 'vereinswerkstatt-2027-06-01T08-00-00Z-manual.sqlite'));
    clock.advance(5 * MINUTE);
    const again = scheduled(clock, first.dir);
    await again.workspace.backupsIdle();
    expect(again.reasons()).toEqual(['manual', 'start']);
  });

  it('clears its timer when the workspace closes', async () => {
    const clock = new FakeBackupClock('2026-11-30T08:00:00Z');
    const s = scheduled(clock, await withClub());
    expect(clock.pendingTimers).toBe(1);
    await s.workspace.backupsIdle();
    s.workspace.close();
    expect(clock.pendingTimers).toBe(0);
  });

  it('does not schedule anything unless asked to (tests, benchmarks)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vw-schedule-'));
    dirs.push(dir);
    const workspace = new Workspace({ dataDir: dir, appVersion: 'test' });
    workspaces.push(workspace);
    workspace.open();
    await createApi(workspace).invoke('organisations.create', { name: 'Still e.V.' });
    expect(workspace.listBackups().backups).toEqual([]);
  });
});
