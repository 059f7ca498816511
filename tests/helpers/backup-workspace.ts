import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { Workspace, createApi } from '../../src-main/core';
import type { WorkspaceBackupOptions } from '../../src-main/core/backup';

/**
 * Workspaces for the backup tests: several may share one data folder (the
 * coach's app and a second one), each with its own clock and backup options.
 * Call `cleanup` in afterEach.
 */
export function backupWorkspaces(prefix: string) {
  const dirs: string[] = [];
  const workspaces: Workspace[] = [];
  /** A fresh folder, removed by `cleanup`. */
  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  }
  function setup(options: { dir?: string; now?: () => Date; backups?: WorkspaceBackupOptions } = {}) {
    const dir = options.dir ?? tempDir();
    const workspace = new Workspace({
      dataDir: dir,
      appVersion: 'test',
      ...(options.now ? { now: options.now } : {}),
      ...(options.backups ? { backups: options.backups } : {}),
    });
    workspaces.push(workspace);
    workspace.open();
    const api = createApi(workspace);
    const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
      const result = await api.invoke(name, input);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
    return { dir, workspace, api, call, backupsDir: join(dir, 'backups') };
  }
  /** A fresh folder whose file holds a club: a new, empty file gets no start backup. */
  async function folderWithClub(): Promise<string> {
    const first = setup();
    await first.call('organisations.create', { name: 'Da e.V.' });
    first.workspace.close();
    return first.dir;
  }
  function cleanup(): void {
    for (const w of workspaces.splice(0)) w.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    vi.restoreAllMocks();
  }
  return { setup, tempDir, folderWithClub, cleanup };
}
