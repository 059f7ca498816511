import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, type MigrateOptions, SchemaTooNewError, migrate, schemaVersionOf } from './migrations';
import { sqliteCode } from '../errors';
import type { Db } from './types';

export type OpenFailure =
  | { state: 'corrupt'; reasonKey: string }
  | { state: 'too_new'; fileVersion: number; appVersion: number }
  | { state: 'unreadable'; reasonKey: string };

/** Opening failed in a way the user must see: the UI names the file and offers a way out. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly failure: OpenFailure,
    cause?: unknown,
  ) {
    super(`database could not be opened: ${failure.state}`, { cause });
    this.name = 'DatabaseOpenError';
  }
}

function classify(error: unknown): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error;
  if (error instanceof SchemaTooNewError) {
    return new DatabaseOpenError(
      { state: 'too_new', fileVersion: error.fileVersion, appVersion: error.appVersion },
      error,
    );
  }
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_FULL') || nodeCode(error) === 'ENOSPC') {
    return new DatabaseOpenError({ state: 'unreadable', reasonKey: 'errors.storage.full' }, error);
  }
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) {
    return new DatabaseOpenError({ state: 'corrupt', reasonKey: 'errors.storage.corrupt' }, error);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseOpenError({ state: 'unreadable', reasonKey: 'errors.storage.locked' }, error);
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_CANTOPEN')) {
    return new DatabaseOpenError({ state: 'unreadable', reasonKey: 'errors.storage.noAccess' }, error);
  }
  return new DatabaseOpenError({ state: 'unreadable', reasonKey: 'errors.storage.unreadable' }, error);
}

function nodeCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** Tables a file holds; a new file has none. */
function hasAnyTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/**
 * Opens (or creates) the database file, checks it and brings its schema up
 * to date. Durability over speed: WAL with synchronous=FULL, so a note that
 * was shown as saved survives a crash and a flat battery.
 */
export function openDatabase(file: string, options: Pick<MigrateOptions, 'beforeMigrate'> = {}): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw classify(error);
  }
  try {
    db.pragma('busy_timeout = 5000');
    checkBeforeWriting(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, undefined, options);
    return db;
  } catch (error) {
    db.close();
    throw classify(error);
  }
}

/**
 * Read-only checks: a file we refuse must stay exactly as it was, so nothing
 * (not even the switch to WAL) is written before all of them passed. The full
 * integrity check runs here because quick_check misses a damaged index.
 */
function checkBeforeWriting(db: Db): void {
  const fileVersion = schemaVersionOf(db);
  if (fileVersion > LATEST_SCHEMA_VERSION) throw new SchemaTooNewError(fileVersion, LATEST_SCHEMA_VERSION);
  if (fileVersion === 0 && hasAnyTable(db)) {
    // Another program's database: ours always record their schema version.
    throw new DatabaseOpenError({ state: 'unreadable', reasonKey: 'errors.storage.foreign' });
  }
  const check = String(db.pragma('integrity_check', { simple: true }));
  if (check !== 'ok') {
    throw new DatabaseOpenError({ state: 'corrupt', reasonKey: 'errors.storage.corrupt' });
  }
}
