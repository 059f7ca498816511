import type { Db } from './types';
import { migration001 } from './migrations/001-initial';
import { migration002 } from './migrations/002-stakeholders';
import { migration003 } from './migrations/003-process';
import { migration004 } from './migrations/004-measures';
import { migration005 } from './migrations/005-templates';
import { migration006 } from './migrations/006-live';
import { migration007 } from './migrations/007-report-fields';
import { migration008 } from './migrations/008-removed-phase-results';
import { migration009 } from './migrations/009-unplaced-stakeholders';
import { migration010 } from './migrations/010-phones';
import { migration011 } from './migrations/011-follow-ups';
import { migration012 } from './migrations/012-data-protection';
import { migration013 } from './migrations/013-impact-stage';
import { migration014 } from './migrations/014-start-time';
import { migration015 } from './migrations/015-workshop-language';

// Numbered and append-only: a released migration is never edited, a change
// to the schema is always a new entry at the end of this list.

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015];

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

/** A migration left rows pointing at rows that do not exist: it was rolled back. */
export class MigrationIntegrityError extends Error {
  constructor(
    readonly version: number,
    readonly violations: readonly ForeignKeyViolation[],
  ) {
    super(`migration ${version} would break ${violations.length} link(s), e.g. ${JSON.stringify(violations[0])}; rolled back`);
    this.name = 'MigrationIntegrityError';
  }
}

export interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
  fkid: number;
}

export interface MigrateOptions {
  now?: () => Date;
  /**
   * Called once before the first migration of a file that already holds
   * data of an older schema (never for a new, empty file), so a backup of
   * the untouched file can be taken.
   */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

/**
 * Brings the database up to the newest schema, one migration per transaction.
 * Refuses (without writing anything) a file written by a newer app version.
 *
 * Foreign keys are switched off around the migrations: inside a transaction
 * `PRAGMA foreign_keys` cannot be changed, and with them on the textbook
 * table rebuild (create new, copy, drop old, rename) would cascade-delete
 * every child row of the dropped table. Instead each migration must leave
 * every link intact: `foreign_key_check` runs before its commit and any
 * violation rolls it back.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, options: MigrateOptions = {}): number {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  const current = schemaVersionOf(db);
  if (current > migrations.length) throw new SchemaTooNewError(current, migrations.length);
  if (current === migrations.length) return current;
  if (current > 0) options.beforeMigrate?.(db, current);

  const now = options.now ?? (() => new Date());
  const foreignKeysWereOn = Number(db.pragma('foreign_keys', { simple: true })) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    for (const m of migrations.slice(current)) runOne(db, m, now);
  } finally {
    if (foreignKeysWereOn) db.pragma('foreign_keys = ON');
  }
  return migrations.length;
}

function runOne(db: Db, m: Migration, now: () => Date): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    m.up(db);
    const violations = db.pragma('foreign_key_check') as ForeignKeyViolation[];
    if (violations.length > 0) throw new MigrationIntegrityError(m.version, violations);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      m.version,
      m.name,
      now().toISOString(),
    );
    db.pragma(`user_version = ${m.version}`);
  })();
}
