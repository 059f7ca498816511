import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, SchemaTooNewError, migrate, schemaVersionOf } from './migrations';
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

/**
 * Opens (or creates) the database file, checks it and brings its schema up
 * to date. Durability over speed: WAL with synchronous=FULL, so a note that
 * was shown as saved survives a crash and a flat battery.
 */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw classify(error);
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Read-only checks first: a file we refuse must stay exactly as it was.
    const fileVersion = schemaVersionOf(db);
    if (fileVersion > LATEST_SCHEMA_VERSION) throw new SchemaTooNewError(fileVersion, LATEST_SCHEMA_VERSION);
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') {
      throw new DatabaseOpenError({ state: 'corrupt', reasonKey: 'errors.storage.corrupt' });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw classify(error);
  }
}
