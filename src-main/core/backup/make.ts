import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupReason } from '../../contract/backups';
import type { Db } from '../db/types';
import { CoreError, sqliteCode } from '../errors';
import { checkBackupFileOffThread } from './check-worker';
import { backupFileName } from './names';

/** Checks a finished backup file; 'ok' or SQLite's first complaint. Injectable so tests can fail it. */
export type IntegrityCheck = (file: string) => string | Promise<string>;

/**
 * Pages copied per step of the online backup. Between steps the event loop
 * runs, so a note typed meanwhile waits at most for one step. Measured on the
 * bench's 200-workshop file (2,300 pages of 4 KB): a step of 16 pages took a
 * median 0.4 ms (95th percentile 9 ms), of 100 pages (better-sqlite3's
 * default) 9 ms (50 ms); the whole backup took about as long either way.
 */
export const DEFAULT_PAGES_PER_STEP = 16;

const TEMP_PREFIX = '.unfertig-';

/**
 * Makes the copy one self-contained file (an online backup of a WAL database
 * keeps the WAL flag) and runs the full integrity check on it.
 */
export function checkBackupFile(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

function removeTemp(temp: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
}

function tempFile(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return join(dir, `${TEMP_PREFIX}${randomUUID()}.sqlite`);
}

/** A free final name: a second backup in the same second gets a counter. */
function finalName(dir: string, time: Date, reason: BackupReason, fromVersion: number | null): string {
  for (let attempt = 1; ; attempt++) {
    const name = backupFileName(time, reason, fromVersion, attempt);
    if (!existsSync(join(dir, name))) return name;
  }
}

/** A backup that failed its check: deleted, logged, and the earlier ones untouched. */
export class BackupCheckError extends CoreError {
  constructor(readonly result: string) {
    super('storage', 'errors.backups.checkFailed');
    this.name = 'BackupCheckError';
  }
}

/** SQLite's and the file system's ways of saying the disk is full (the check answers in words). */
const FULL_TEXT = /disk is full|SQLITE_FULL|ENOSPC|no space left|EDQUOT/i;

export function isDiskFull(error: unknown): boolean {
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC' || code === 'EDQUOT') return true;
  return typeof error === 'string' && FULL_TEXT.test(error);
}

/** A backup that could not be written because the disk is full: the coach reads "full", not "damaged". */
export const backupDiskFull = (): CoreError => new CoreError('storage', 'errors.backups.full');

/** Gives a checked temp file its final name; deletes it if the check said anything but 'ok'. */
function finish(temp: string, dir: string, time: Date, reason: BackupReason, fromVersion: number | null, result: string): string {
  if (result !== 'ok') {
    removeTemp(temp);
    console.error(`[backup] ${reason}: the copy failed its integrity check and was deleted (${result})`);
    throw isDiskFull(result) ? backupDiskFull() : new BackupCheckError(result);
  }
  try {
    const name = finalName(dir, time, reason, fromVersion);
    renameSync(temp, join(dir, name));
    return name;
  } catch (error) {
    // A checked copy that cannot get its name is not left behind half-known.
    removeTemp(temp);
    throw error;
  }
}

/** The check's answer; a check that throws counts as failed. */
export async function runCheck(check: IntegrityCheck, file: string): Promise<string> {
  try {
    return await check(file);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export interface TakeBackupOptions {
  pagesPerStep?: number;
  check?: IntegrityCheck;
}

/**
 * An online backup of the open database with SQLite's backup API, a few
 * pages per step, so typing goes on meanwhile. Never a file copy: that could
 * catch the file halfway through a write. Resolves to the new file's name.
 */
export async function takeBackup(
  db: Db,
  dir: string,
  reason: BackupReason,
  time: Date,
  options: TakeBackupOptions = {},
): Promise<string> {
  let temp: string | null = null;
  try {
    temp = tempFile(dir);
    const pages = options.pagesPerStep ?? DEFAULT_PAGES_PER_STEP;
    await db.backup(temp, { progress: () => pages });
    return finish(temp, dir, time, reason, null, await runCheck(options.check ?? checkBackupFileOffThread, temp));
  } catch (error) {
    if (temp) removeTemp(temp);
    if (!(error instanceof CoreError) && !db.open) {
      // The workspace closed (the app quits, a file is restored) while the copy ran: nothing half is kept.
      throw new BackupAbortedError();
    }
    if (isDiskFull(error)) throw backupDiskFull();
    if (folderNotWritable(error)) {
      throw new CoreError('storage', 'errors.backups.folderNotWritable', { folder: dir });
    }
    throw error;
  }
}

/** Codes that mean the backups folder cannot be written (no permission, read-only disk, a file in its place). */
const NOT_WRITABLE = ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM'];

function folderNotWritable(error: unknown): boolean {
  const code = sqliteCode(error);
  // SQLite adds detail to its codes (SQLITE_READONLY_DIRECTORY); the file system's stand alone.
  return NOT_WRITABLE.some((known) => code === known || code.startsWith(`${known}_`));
}

/** The connection closed while a backup was being copied; the copy was discarded. */
export class BackupAbortedError extends CoreError {
  constructor() {
    super('storage', 'errors.storage.unavailable');
    this.name = 'BackupAbortedError';
  }
}

/**
 * The backup before a migration, taken synchronously while the file is
 * still untouched (the migration runs right after, on the same connection).
 * VACUUM INTO writes a compact, consistent copy in one statement.
 */
export function backupBeforeMigration(
  db: Db,
  dir: string,
  fromVersion: number,
  time: Date,
  check: (file: string) => string = checkBackupFile,
): string {
  const temp = tempFile(dir);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
  } catch (error) {
    removeTemp(temp);
    throw error;
  }
  let result: string;
  try {
    result = check(temp);
  } catch (error) {
    result = error instanceof Error ? error.message : String(error);
  }
  return finish(temp, dir, time, 'before-migration', fromVersion, result);
}

/** Removes half-written copies left by a crash (older than an hour, so never one still being written). */
export function removeStaleTemps(dir: string, now: Date): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const file = join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > 60 * 60 * 1000) rmSync(file, { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
}
