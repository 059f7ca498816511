import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, openDatabase, schemaVersionOf } from '../../../src-main/core';
import type { ActionPlan, ProcessDiagram, StakeholderMap, WorkshopDetail } from '../../../src-main/contract';
import { createTestWorkspace } from '../../helpers/workspace';
import { SPOT_CHECKS } from './migration-fixtures.checks';

// The frozen databases in tests/fixtures (one per released schema version,
// written by tests/fixtures/make-fixture.ts) stand for the files on coaches'
// laptops. Each is migrated to the latest schema here, and every value it
// held must still be there, in the same row and column, with the same type.

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const fixtureFile = (version: number): string => join(FIXTURES, `schema-v${version}.sqlite`);
const VERSIONS = Array.from({ length: LATEST_SCHEMA_VERSION }, (_v, i) => i + 1);

/**
 * What a migration changed on purpose, by "table" or "table.column": renamed
 * (the values are looked for under the new name), dropped, or a new column
 * filled from other data (instead of its default). No migration has yet.
 */
type Change = { kind: 'renamed'; to: string } | { kind: 'dropped' } | { kind: 'filled' };
const EXPECTED_CHANGES: Record<string, Change> = {};

interface Column {
  name: string;
  dflt_value: string | null;
}
interface Table {
  columns: Column[];
  rows: Map<string, Record<string, unknown>>;
}
type Snapshot = Map<string, Table>;

const quoteId = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Every row of every table but the migration log, each value with its SQLite type, keyed by its primary key. */
function snapshot(db: Database.Database): Snapshot {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name")
    .all() as { name: string }[];
  const result: Snapshot = new Map();
  for (const { name } of tables) {
    const info = db.prepare(`SELECT name, pk, dflt_value FROM pragma_table_info(?)`).all(name) as (Column & { pk: number })[];
    const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const select = info.map((c) => `${quoteId(c.name)}, typeof(${quoteId(c.name)}) AS ${quoteId(`${c.name}::type`)}`).join(', ');
    const rows = new Map<string, Record<string, unknown>>();
    for (const row of db.prepare(`SELECT rowid AS "::rowid", ${select} FROM ${quoteId(name)}`).all() as Record<string, unknown>[]) {
      rows.set(JSON.stringify(pk.length > 0 ? pk.map((c) => row[c]) : [row['::rowid']]), row);
    }
    result.set(name, { columns: info.map(({ name: n, dflt_value }) => ({ name: n, dflt_value })), rows });
  }
  return result;
}

const show = (row: Record<string, unknown>, column: string): string => `${JSON.stringify(row[column])} (${String(row[`${column}::type`])})`;

/** A new column's value in an old row: its default, as SQLite computes it. */
function defaultOf(db: Database.Database, column: Column): Record<string, unknown> {
  const expr = column.dflt_value ?? 'NULL';
  return db.prepare(`SELECT ${expr} AS v, typeof(${expr}) AS "v::type"`).get() as Record<string, unknown>;
}

/** Compares one table's rows before and after; returns what went wrong, in words. */
function compareTable(db: Database.Database, name: string, before: Table, after: Table | undefined): string[] {
  const tableChange = EXPECTED_CHANGES[name];
  if (tableChange?.kind === 'dropped') return [];
  if (!after) return [`table ${name} is gone (${before.rows.size} rows lost)`];
  const problems: string[] = [];
  const oldNames = new Set(before.columns.map((c) => c.name));
  const added = after.columns.filter((c) => !oldNames.has(c.name) && EXPECTED_CHANGES[`${name}.${c.name}`]?.kind !== 'filled');
  const renamedTo = new Set(Object.entries(EXPECTED_CHANGES).flatMap(([, c]) => (c.kind === 'renamed' ? [c.to] : [])));
  for (const [key, old] of before.rows) {
    const now = after.rows.get(key);
    if (!now) {
      problems.push(`${name} ${key}: row is gone`);
      continue;
    }
    for (const { name: column } of before.columns) {
      const change = EXPECTED_CHANGES[`${name}.${column}`];
      if (change?.kind === 'dropped') continue;
      const target = change?.kind === 'renamed' ? change.to : column;
      if (!(target in now)) problems.push(`${name}.${column} is gone`);
      else if (show(old, column) !== show(now, target)) problems.push(`${name} ${key}.${column}: was ${show(old, column)}, now ${show(now, target)}`);
    }
    for (const column of added.filter((c) => !renamedTo.has(c.name))) {
      const expected = defaultOf(db, column);
      if (show(expected, 'v') !== show(now, column.name)) problems.push(`${name} ${key}.${column.name} (new): ${show(now, column.name)}, not its default ${show(expected, 'v')}`);
    }
  }
  return [...new Set(problems)];
}

function compare(db: Database.Database, before: Snapshot, after: Snapshot): string[] {
  return [...before].flatMap(([name, table]) => {
    const change = EXPECTED_CHANGES[name];
    return compareTable(db, name, table, after.get(change?.kind === 'renamed' ? change.to : name));
  });
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A working copy of a fixture in a fresh temp folder: the frozen file itself is never opened for writing. */
function copyOf(version: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'vw-fixture-'));
  dirs.push(dir);
  const file = join(dir, 'vereinswerkstatt.sqlite');
  copyFileSync(fixtureFile(version), file);
  return file;
}

describe('frozen fixture databases', () => {
  it('exist for every released schema version', () => {
    const missing = VERSIONS.filter((v) => !existsSync(fixtureFile(v)));
    const advice = missing.map((v) => `schema version ${v} has no fixture: run "npx tsx tests/fixtures/make-fixture.ts ${v}" and commit tests/fixtures/schema-v${v}.sqlite`);
    expect(advice).toEqual([]);
  });

  it('have a spot check for every released schema version', () => {
    expect(VERSIONS.filter((v) => !SPOT_CHECKS[v])).toEqual([]);
  });
});

describe.each(VERSIONS.filter((v) => existsSync(fixtureFile(v))))('the fixture of schema version %i', (version) => {
  it('is what it says: that version, with rows in every table', () => {
    const db = new Database(fixtureFile(version), { readonly: true });
    expect(schemaVersionOf(db)).toBe(version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    const empty = [...snapshot(db)].filter(([, t]) => t.rows.size === 0).map(([name]) => name);
    db.close();
    // A table without rows would let its migration lose data unnoticed.
    expect(empty, 'tables the generator must fill').toEqual([]);
  });

  it('keeps every row and every value when migrated to the latest version', () => {
    const frozen = readFileSync(fixtureFile(version));
    const file = copyOf(version);
    const raw = new Database(file, { readonly: true });
    const before = snapshot(raw);
    raw.close();

    const db = openDatabase(file);
    try {
      expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(compare(db, before, snapshot(db))).toEqual([]);
      for (const v of VERSIONS.filter((v) => v <= version)) SPOT_CHECKS[v]!(db);
    } finally {
      db.close();
    }
    expect(readFileSync(fixtureFile(version)).equals(frozen), 'the frozen file was changed').toBe(true);
  });

  it('is read by the app after migration', async () => {
    const file = copyOf(version);
    const raw = new Database(file, { readonly: true });
    const { id } = raw.prepare("SELECT id FROM workshops WHERE status = 'done'").get() as { id: string };
    raw.close();
    const app = createTestWorkspace({ dir: dirname(file) });
    try {
      const workshop = await app.call<WorkshopDetail>('workshops.get', { id });
      expect(workshop.phases.map((p) => p.key)).toEqual(['ankommen', 'verein-heute', 'werte', 'thema-waehlen', 'beteiligte', 'prozess-heute', 'prozess-soll', 'massnahmen', 'abschluss']);
      expect(workshop.phases[0]!.notes).toContain('Zettelwirtschaft');
      if (version >= 2) expect((await app.call<StakeholderMap>('stakeholders.map', { workshopId: id })).stakeholders).toHaveLength(12);
      if (version >= 3) expect((await app.call<ProcessDiagram>('process.get', { workshopId: id, variant: 'soll' })).steps).toHaveLength(10);
      if (version >= 4) {
        const plan = await app.call<ActionPlan>('measures.list', { workshopId: id });
        expect(plan.measures.find((m) => m.title === 'Kosten klären')?.origin).toMatchObject({ kind: 'stakeholder', label: 'Kassenwart:in', exists: true });
      }
    } finally {
      app.cleanup();
    }
  });
});

describe('the value-by-value comparison', () => {
  it('names a lost row, changed values and types, and a new column without its default', () => {
    const db = new Database(copyOf(1));
    const before = snapshot(db);
    db.exec(`
      DELETE FROM workshop_phases WHERE key = 'werte' AND notes <> '';
      UPDATE organisations SET members = 420.5 WHERE members = 420;
      UPDATE organisations SET notes = notes || '!' WHERE staff IS NULL;
      ALTER TABLE workshops ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
      UPDATE workshops SET archived = 1 WHERE status = 'done';
    `);
    const problems = compare(db, before, snapshot(db));
    db.close();
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^organisations .*\.members: was 420 \(integer\), now 420.5 \(real\)$/);
    expect(problems[1]).toMatch(/^organisations .*\.notes: was "" \(text\), now "!" \(text\)$/);
    expect(problems[2]).toMatch(/^workshop_phases .*: row is gone$/);
    expect(problems[3]).toMatch(/^workshops .*\.archived \(new\): 1 \(integer\), not its default 0 \(integer\)$/);
  });
});

describe('a textbook table rebuild in a later migration', () => {
  it('keeps every child row of the rebuilt table, value by value', () => {
    const latest = VERSIONS.filter((v) => existsSync(fixtureFile(v))).at(-1)!;
    const file = copyOf(latest);
    openDatabase(file).close();
    const db = new Database(file);
    const before = snapshot(db);
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'workshops'").get() as { sql: string }).sql;
    const widened = sql.replace('CREATE TABLE workshops', 'CREATE TABLE workshops_new').replace("'running', 'done')", "'running', 'done', 'cancelled')");
    expect(widened).toContain("'cancelled'");
    // Widening a CHECK list: create the new table, copy, drop the old one, rename (sqlite.org/lang_altertable.html).
    const rebuild = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'test: workshops may be cancelled',
      up(d: Database.Database) {
        d.exec(`${widened};
          INSERT INTO workshops_new SELECT * FROM workshops;
          DROP TABLE workshops;
          ALTER TABLE workshops_new RENAME TO workshops;
          CREATE INDEX workshops_by_organisation ON workshops (organisation_id);`);
      },
    };
    db.pragma('foreign_keys = ON');
    migrate(db, [...MIGRATIONS, rebuild]);
    expect(compare(db, before, snapshot(db))).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.prepare("UPDATE workshops SET status = 'cancelled' WHERE status = 'planned'").run();
    db.close();
  });
});
