import type { Db } from './types';
import { migration001 } from './migrations/001-initial';
import { migration002 } from './migrations/002-stakeholders';
import { migration003 } from './migrations/003-process';
import { migration004 } from './migrations/004-measures';
import { migration005 } from './migrations/005-templates';
import { migration006 } from './migrations/006-live';
import { migration007 } from './migrations/007-report-fields';
import { migration008 } from './migrations/008-removed-phase-results';

// Numbered and append-only: a released migration is never edited, a change
// to the schema is always a new entry at the end of this list.

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export class SchemaTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(`database schema ${fileVersion} is newer than this app (${appVersion})`);
    this.name = 'SchemaTooNewError';
  }
}

/** The schema version a database file says it has; 0 for a new file. */
export function schemaVersionOf(db: Db): number {
  const userVersion = Number(db.pragma('user_version', { simple: true }));
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasTable) return userVersion;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return Math.max(userVersion, row.v ?? 0);
}

/**
 * Brings the database up to the newest schema, one migration per transaction.
 * Refuses (without writing anything) a file written by a newer app version.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, now: () => Date = () => new Date()): number {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  const current = schemaVersionOf(db);
  if (current > migrations.length) throw new SchemaTooNewError(current, migrations.length);

  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      m.up(db);
      record.run(m.version, m.name, now().toISOString());
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return migrations.length;
}
