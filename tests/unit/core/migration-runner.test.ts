import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  DB_FILE_NAME,
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
  MigrationIntegrityError,
  Workspace,
  migrate,
  openDatabase,
  schemaVersionOf,
} from '../../../src-main/core';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vw-runner-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const count = (db: Database.Database, table: string): number =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A club with one workshop, a phase with a note, a card and a measure: children at three depths. */
function fillClub(db: Database.Database): void {
  db.exec(`
    INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o', 'Sportfreunde Grünau e.V.', 'x', 'x');
    INSERT INTO workshops (id, organisation_id, title, status, template_id, template_name, template_version, created_at, updated_at)
      VALUES ('w', 'o', 'Verein(t) Veränderungen angehen', 'done', 't', 'T', 1, 'x', 'x');
    INSERT INTO workshop_phases (id, workshop_id, position, key, title, kind, purpose, minutes, instructions, prompts, materials, notes)
      VALUES ('p', 'w', 0, 'ankommen', 'Ankommen', 'cards', '', 30, '', '[]', '', 'Große Runde, gute Stimmung');
    INSERT INTO cards (id, workshop_id, phase_id, text, color, position, created_at, updated_at)
      VALUES ('c', 'w', 'p', 'Mehr Zeit für Jugendarbeit', 'yellow', 0, 'x', 'x');
    INSERT INTO measures (id, workshop_id, title, priority, status, created_at, updated_at)
      VALUES ('m', 'w', 'Übergabemappe anlegen', 'high', 'open', 'x', 'x');
  `);
}

/** The textbook rebuild that widens the status CHECK on workshops: create new, copy, drop old, rename. */
const widenWorkshopStatus = (version: number): Migration => ({
  version,
  name: 'test: widen the workshop status list by a table rebuild',
  up(db) {
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'workshops'").get() as { sql: string };
    const widened = sql
      .replace('CREATE TABLE workshops', 'CREATE TABLE workshops_new')
      .replace("status IN ('planned', 'running', 'done')", "status IN ('planned', 'running', 'done', 'cancelled')");
    expect(widened).toContain("'cancelled'");
    db.exec(widened);
    db.exec('INSERT INTO workshops_new SELECT * FROM workshops');
    db.exec('DROP TABLE workshops');
    db.exec('ALTER TABLE workshops_new RENAME TO workshops');
    db.exec('CREATE INDEX workshops_by_organisation ON workshops (organisation_id)');
  },
});

describe('the migration runner', () => {
  it('keeps every child row through a table rebuild, and turns foreign keys back on', () => {
    const db = new Database(join(tempDir(), 'a.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db);
    fillClub(db);
    const rebuild = widenWorkshopStatus(LATEST_SCHEMA_VERSION + 1);
    migrate(db, [...MIGRATIONS, rebuild]);

    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect([count(db, 'workshops'), count(db, 'workshop_phases'), count(db, 'cards'), count(db, 'measures')]).toEqual([1, 1, 1, 1]);
    expect(db.prepare("SELECT notes FROM workshop_phases WHERE id = 'p'").get()).toEqual({ notes: 'Große Runde, gute Stimmung' });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.prepare("UPDATE workshops SET status = 'cancelled' WHERE id = 'w'").run();
    // The links still work after the rename: deleting the club removes everything below it.
    db.prepare("DELETE FROM organisations WHERE id = 'o'").run();
    expect([count(db, 'workshops'), count(db, 'cards'), count(db, 'measures')]).toEqual([0, 0, 0]);
    db.close();
  });

  it('shows why: the same rebuild with foreign keys on would have deleted the children', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    fillClub(db);
    db.transaction(() => widenWorkshopStatus(99).up(db))();
    expect(count(db, 'cards')).toBe(0);
    db.close();
  });

  it('rolls back a migration that leaves a link to nothing, and says which', () => {
    const db = new Database(join(tempDir(), 'a.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db);
    fillClub(db);
    const dangling: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test: a broken migration',
      up(inner) {
        inner.exec("INSERT INTO measures (id, workshop_id, title, priority, status, created_at, updated_at) VALUES ('lost', 'nowhere', 'Verwaist', 'low', 'open', 'x', 'x')");
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, dangling])).toThrow(MigrationIntegrityError);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT 1 FROM measures WHERE id = 'lost'").get()).toBeUndefined();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('asks for a backup before migrating a file with data of an older schema, and only then', () => {
    const file = join(tempDir(), 'a.sqlite');
    const calls: number[] = [];
    const beforeMigrate = (_db: unknown, from: number): void => void calls.push(from);
    openDatabase(file, { beforeMigrate }).close();
    expect(calls).toEqual([]);

    const old = new Database(join(tempDir(), 'old.sqlite'));
    migrate(old, MIGRATIONS.slice(0, 4));
    old.close();
    const seen: { version: number; tables: number }[] = [];
    const upgraded = openDatabase(old.name, {
      beforeMigrate: (db, from) => {
        // The file is still untouched when the backup is taken.
        seen.push({ version: from, tables: count(db, "sqlite_master WHERE name = 'measure_history'") });
      },
    });
    expect(seen).toEqual([{ version: 4, tables: 1 }]);
    expect(schemaVersionOf(upgraded)).toBe(LATEST_SCHEMA_VERSION);
    upgraded.close();
    openDatabase(old.name, { beforeMigrate }).close();
    expect(calls).toEqual([]);
  });
});

describe('opening a file that is not ours or is damaged', () => {
  it('refuses another program’s database and leaves it byte for byte as it was', () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE_NAME);
    const other = new Database(file);
    other.exec("CREATE TABLE settings (name TEXT, value TEXT); INSERT INTO settings VALUES ('theme', 'dark');");
    other.close();
    const before = readFileSync(file);

    const workspace = new Workspace({ dataDir: dir, appVersion: 'test' });
    expect(workspace.open()).toMatchObject({ state: 'unreadable', reasonKey: 'errors.storage.foreign' });
    workspace.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('finds a damaged index that quick_check misses, and offers no write to it', () => {
    const dir = tempDir();
    const file = join(dir, DB_FILE_NAME);
    const db = openDatabase(file);
    const insert = db.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')");
    for (let i = 0; i < 60; i++) insert.run(`o${i}`, `Verein ${i}`);
    db.exec('CREATE INDEX test_by_name ON organisations (name)');
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'test_by_name'").get() as { rootpage: number };
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.pragma('journal_mode = DELETE');
    db.close();
    // Change one index entry in place, keeping its order: only the full check compares index and table.
    const bytes = readFileSync(file);
    const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
    const at = page.indexOf(Buffer.from('Verein 10'));
    expect(at).toBeGreaterThan(0);
    page[at + 8] = '/'.charCodeAt(0);
    writeFileSync(file, bytes);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('quick_check', { simple: true })).toBe('ok');
    raw.close();

    const workspace = new Workspace({ dataDir: dir, appVersion: 'test' });
    expect(workspace.open()).toMatchObject({ state: 'corrupt' });
    workspace.close();
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

function mountTinyDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'vw-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

describe('a full disk', () => {
  const disk = mountTinyDisk();
  afterAll(() => {
    if (!disk) return;
    execFileSync('umount', [disk], { stdio: 'ignore' });
    rmSync(disk, { recursive: true, force: true });
  });

  // Needs root to mount a tiny disk; CI runs as root.
  it.skipIf(!disk)('is named as full when a new database cannot be created on it', () => {
    const workspace = new Workspace({ dataDir: join(disk!, 'daten'), appVersion: 'test' });
    expect(workspace.open()).toMatchObject({ state: 'unreadable', reasonKey: 'errors.storage.full' });
    workspace.close();
  });
});
