import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../contract/backups';
import type { Db } from '../db/types';
import { CoreError } from '../errors';
import { checkBackupFileOffThread } from './check-worker';
import { type IntegrityCheck, checkBackupFile, isDiskFull, runCheck, takeBackup } from './make';
import { BACKUPS_DIR_NAME, type BackupName, parseBackupName } from './names';
import { backupsToDelete, newestFirst } from './retention';

/** What a backup holds, counted in the file itself (read-only); nulls when it cannot be read. */
function countsIn(file: string): { organisations: number | null; workshops: number | null } {
  let db: Db | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const row = db
      .prepare('SELECT (SELECT COUNT(*) FROM organisations) AS o, (SELECT COUNT(*) FROM workshops) AS w')
      .get() as { o: number; w: number };
    return { organisations: row.o, workshops: row.w };
  } catch {
    return { organisations: null, workshops: null };
  } finally {
    db?.close();
  }
}

export interface BackupStoreOptions {
  dataDir: string;
  pagesPerStep?: number;
  check?: IntegrityCheck;
}

/** The backups folder: takes, lists, thins out and finds backups. Knows nothing of schedules. */
export class BackupStore {
  readonly dir: string;
  private readonly pagesPerStep: number | undefined;
  readonly check: IntegrityCheck;
  /** The same check, answered at once (the backup before a migration cannot wait). */
  readonly checkSync: (file: string) => string;

  constructor(options: BackupStoreOptions) {
    this.dir = join(options.dataDir, BACKUPS_DIR_NAME);
    this.pagesPerStep = options.pagesPerStep;
    const injected = options.check;
    this.check = injected ?? checkBackupFileOffThread;
    this.checkSync = (file) => {
      const result = injected ? injected(file) : checkBackupFile(file);
      return typeof result === 'string' ? result : checkBackupFile(file);
    };
  }

  /** Every backup in the folder by its name, newest first. */
  names(): BackupName[] {
    let entries: string[];
    try {
      entries = existsSync(this.dir) ? readdirSync(this.dir) : [];
    } catch (error) {
      // A folder that cannot be read lists nothing rather than breaking the settings page or the start.
      console.error(`[backup] the backups folder cannot be read: ${this.dir}`, error);
      return [];
    }
    return entries
      .map(parseBackupName)
      .filter((name): name is BackupName => name !== null)
      .sort(newestFirst);
  }

  newestAt(): Date | null {
    return this.names()[0]?.createdAt ?? null;
  }

  info(name: BackupName): BackupInfo {
    const file = join(this.dir, name.id);
    return {
      id: name.id,
      createdAt: name.createdAt.toISOString(),
      reason: name.reason,
      fromVersion: name.fromVersion,
      sizeBytes: statSync(file).size,
      ...countsIn(file),
    };
  }

  list(): BackupInfo[] {
    const infos: BackupInfo[] = [];
    for (const name of this.names()) {
      try {
        infos.push(this.info(name));
      } catch {
        // Deleted between listing and reading: it is simply gone.
      }
    }
    return infos;
  }

  /** Takes an online backup and thins out the older ones (never those in `keep`); the new one's name. */
  async take(db: Db, reason: BackupReason, now: Date, keep: readonly string[] = []): Promise<string> {
    const id = await takeBackup(db, this.dir, reason, now, {
      check: this.check,
      ...(this.pagesPerStep ? { pagesPerStep: this.pagesPerStep } : {}),
    });
    this.prune(now, new Set([id, ...keep]));
    return id;
  }

  /**
   * Deletes what the tiers no longer keep; a failure to delete one is logged,
   * never fatal. The newest backup taken before a migration always stays: it
   * is the only way back to the file as the previous app version wrote it.
   */
  prune(now: Date, protectedIds: ReadonlySet<string>): void {
    const names = this.names();
    const keep = new Set(protectedIds);
    const lastMigration = names.find((name) => name.reason === 'before-migration');
    if (lastMigration) keep.add(lastMigration.id);
    for (const id of backupsToDelete(names, now, keep)) {
      try {
        rmSync(join(this.dir, id));
      } catch (error) {
        console.error(`[backup] could not delete old backup ${id}`, error);
      }
    }
  }

  /** The path of a backup, from a strictly checked name; never a path from outside. */
  resolve(id: string): string {
    const name = parseBackupName(id);
    const file = name ? join(this.dir, name.id) : null;
    if (!file || !existsSync(file)) throw new CoreError('not_found', 'errors.backups.notFound');
    return file;
  }

  /**
   * Copies a backup beside the database file and checks the copy; the temp
   * file's path. Done before anything else of a restore, so a damaged
   * backup is refused while nothing has changed yet.
   */
  async prepareRestore(id: string, dbFile: string): Promise<string> {
    const source = this.resolve(id);
    const temp = `${dbFile}.wiederherstellen`;
    removeFileSet(temp);
    try {
      copyFileSync(source, temp);
    } catch (error) {
      // A half copy (say the disk filled up) is never left beside the database.
      removeFileSet(temp);
      throw isDiskFull(error) ? new CoreError('storage', 'errors.backups.restoreFull') : error;
    }
    const result = await runCheck(this.check, temp);
    if (result !== 'ok') {
      removeFileSet(temp);
      console.error(`[backup] restore refused: ${id} failed its integrity check (${result})`);
      throw new CoreError('storage', isDiskFull(result) ? 'errors.backups.restoreFull' : 'errors.backups.damaged');
    }
    return temp;
  }
}

/** A database file with its journal files. */
export function removeFileSet(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * Puts the checked copy in place of the (closed) database file by renaming,
 * so a crash halfway leaves either the old file or the new one. A stale WAL
 * of the old file goes first, or SQLite would replay it onto the restored one.
 */
export function swapIn(temp: string, dbFile: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  renameSync(temp, dbFile);
}

/** Moves a database file that cannot be opened aside (renamed, never deleted); where it went, or null if there was none. */
export function moveAside(dbFile: string, dataDir: string, now: Date): string | null {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const movedTo = join(dataDir, `vereinswerkstatt.beschaedigt-${stamp}.sqlite`);
  const existed = existsSync(dbFile);
  if (existed) renameSync(dbFile, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, movedTo + suffix);
  }
  return existed ? movedTo : null;
}
