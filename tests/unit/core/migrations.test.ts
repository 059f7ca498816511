import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, Workspace, migrate, openDatabase, schemaVersionOf } from '../../../src-main/core';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vw-mig-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tablesOf = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('migrations', () => {
  it('are numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('bring a new file to the latest version and record every step', () => {
    const file = join(tempDir(), 'a.sqlite');
    const db = openDatabase(file);
    expect(schemaVersionOf(db)).toBe(LATEST_SCHEMA_VERSION);
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
      version: number;
      name: string;
    }[];
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('run each migration exactly once, also when reopened', () => {
    const file = join(tempDir(), 'a.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    const count = db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number };
    expect(count.n).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('migration 1 creates the tables for clubs, workshops, phases and settings', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(tablesOf(db)).toEqual(
      expect.arrayContaining(['organisations', 'schema_migrations', 'settings', 'workshop_phases', 'workshops']),
    );
    const columns = (db.prepare('PRAGMA table_info(workshop_phases)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['notes', 'notes_updated_at', 'instructions', 'prompts']));
    db.close();
  });

  it('refuse a database written by a newer app and leave it untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'vereinswerkstatt.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(file);

    const workspace = new Workspace({ dataDir: dir, appVersion: 'test' });
    const status = workspace.open();
    expect(status).toMatchObject({ state: 'too_new', fileVersion: LATEST_SCHEMA_VERSION + 5 });
    expect(readFileSync(file).equals(before)).toBe(true);
    workspace.close();
  });

  it('refuse a migration list with a gap', () => {
    const db = new Database(':memory:');
    const broken = [{ ...MIGRATIONS[0]!, version: 2 }];
    expect(() => migrate(db, broken)).toThrow(/expected 1/);
    db.close();
  });

  it('migrations 2 and 3 add the stakeholder map and the process diagrams, one after the other', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersionOf(db)).toBe(2);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['stakeholders', 'stakeholder_relations']));
    expect(tablesOf(db)).not.toContain('process_steps');
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['process_diagrams', 'process_lanes', 'process_steps', 'process_edges', 'process_markers']));
    db.close();
  });

  it('migration 4 adds the action plan to a file of version 3 and keeps what was there', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o', 'TSV', 'x', 'x')").run();
    db.prepare(
      "INSERT INTO workshops (id, organisation_id, title, status, template_id, template_name, template_version, created_at, updated_at) VALUES ('w', 'o', 'Tag', 'done', 't', 'T', 1, 'x', 'x')",
    ).run();
    db.prepare("INSERT INTO stakeholders (id, workshop_id, name, category, influence, interest, attitude, target_attitude, closeness, notes, created_at, updated_at) VALUES ('s', 'w', 'Kassenwart:in', 'board', 3, 2, 'critical', 'neutral', 'core', '', 'x', 'x')").run();
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(schemaVersionOf(db)).toBe(4);
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['measures', 'measure_history']));
    const insert = db.prepare(
      "INSERT INTO measures (id, workshop_id, title, priority, status, start_date, due_date, origin_kind, origin_id, origin_label, created_at, updated_at) VALUES (?, 'w', 'Kosten klären', 'high', 'open', ?, ?, ?, ?, 'Kassenwart:in', 'x', 'x')",
    );
    insert.run('m', '2026-03-01', '2026-04-30', 'stakeholder', 's');
    // The schema itself refuses what the API refuses: a due date before the start, a half origin.
    expect(() => insert.run('m2', '2026-05-01', '2026-04-30', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('m3', null, null, 'stakeholder', null)).toThrow(/CHECK/);
    db.prepare("UPDATE stakeholders SET name = 'Kassenwart' WHERE id = 's'").run();
    expect(db.prepare("SELECT origin_label FROM measures WHERE id = 'm'").get()).toEqual({ origin_label: 'Kassenwart' });
    db.prepare("DELETE FROM workshops WHERE id = 'w'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM measures').get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 5 adds the template library, and the facilitator’s templates live in it', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(tablesOf(db)).not.toContain('templates');
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersionOf(db)).toBe(5);
    const insert = db.prepare(
      "INSERT INTO templates (id, version, name, language, phases, phase_count, total_minutes, created_at, updated_at) VALUES (?, 1, 'Abend', ?, '[]', ?, 0, 'x', 'x')",
    );
    insert.run('t-1', 'de', 1);
    // A template without phases or in an unknown language cannot even be stored.
    expect(() => insert.run('t-2', 'de', 0)).toThrow(/CHECK/);
    expect(() => insert.run('t-3', 'fr', 1)).toThrow(/CHECK/);
    db.close();
  });

  it('migration 6 adds the live tools to a file of version 5, and workshops learn which phase the room sees', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 5));
    db.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o', 'TSV', 'x', 'x')").run();
    db.prepare("INSERT INTO workshops (id, organisation_id, title, status, template_id, template_name, template_version, created_at, updated_at) VALUES ('w', 'o', 'Tag', 'done', 't', 'T', 1, 'x', 'x')").run();
    db.prepare("INSERT INTO workshop_phases (id, workshop_id, position, key, title, kind, purpose, minutes, instructions, prompts, materials) VALUES ('p', 'w', 0, 'k', 'Werte', 'cards', '', 30, '', '[]', '[]')").run();
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(schemaVersionOf(db)).toBe(6);
    expect(db.prepare("SELECT live_phase_id FROM workshops WHERE id = 'w'").get()).toEqual({ live_phase_id: null });
    expect(tablesOf(db)).toEqual(expect.arrayContaining(['phase_timers', 'cards', 'card_clusters', 'vote_sessions', 'selfcheck_entries']));
    // A running timer always knows when it started; an empty card or a rating of 6 cannot be stored.
    expect(() => db.prepare("INSERT INTO phase_timers (phase_id, workshop_id, state, updated_at) VALUES ('p', 'w', 'running', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO cards (id, workshop_id, phase_id, text, color, position, created_at, updated_at) VALUES ('c', 'w', 'p', '  ', 'yellow', 1, 'x', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO selfcheck_entries (workshop_id, dimension, agreed, updated_at) VALUES ('w', 'tools', 6, 'x')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO cards (id, workshop_id, phase_id, text, color, position, created_at, updated_at) VALUES ('c', 'w', 'p', 'Teilhabe', 'yellow', 1, 'x', 'x')").run();
    db.prepare("DELETE FROM workshop_phases WHERE id = 'p'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM cards').get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 7 adds the follow-up date, participant names and their consent, keeping every workshop', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 6));
    db.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o', 'TSV', 'x', 'x')").run();
    db.prepare("INSERT INTO workshops (id, organisation_id, title, status, template_id, template_name, template_version, created_at, updated_at) VALUES ('w', 'o', 'Tag', 'done', 't', 'T', 1, 'x', 'x')").run();
    migrate(db, MIGRATIONS.slice(0, 7));
    expect(schemaVersionOf(db)).toBe(7);
    expect(db.prepare("SELECT title, follow_up_date, participant_names, participants_consent FROM workshops WHERE id = 'w'").get()).toEqual({
      title: 'Tag',
      follow_up_date: null,
      participant_names: '',
      participants_consent: 0,
    });
    expect(() => db.prepare("UPDATE workshops SET participants_consent = 2 WHERE id = 'w'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('migration 8 adds a place for the results of removed phases, forgotten with their workshop', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 7));
    db.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o', 'TSV', 'x', 'x')").run();
    db.prepare("INSERT INTO workshops (id, organisation_id, title, status, template_id, template_name, template_version, created_at, updated_at) VALUES ('w', 'o', 'Tag', 'done', 't', 'T', 1, 'x', 'x')").run();
    migrate(db, MIGRATIONS.slice(0, 8));
    expect(schemaVersionOf(db)).toBe(8);
    expect(db.prepare("SELECT title FROM workshops WHERE id = 'w'").get()).toEqual({ title: 'Tag' });
    db.prepare("INSERT INTO removed_phase_results (phase_id, workshop_id, results, removed_at) VALUES ('p', 'w', '{}', 'x')").run();
    expect(() => db.prepare("INSERT INTO removed_phase_results (phase_id, workshop_id, results, removed_at) VALUES ('q', 'nope', '{}', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM workshops WHERE id = 'w'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM removed_phase_results').get()).toEqual({ n: 0 });
    db.close();
  });

  it('migration 9 lets influence and interest be empty, keeping placed stakeholders, their relations and measures', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 8));
    db.exec(`
      INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o', 'TSV', 'x', 'x');
      INSERT INTO workshops (id, organisation_id, title, status, template_id, template_name, template_version, created_at, updated_at) VALUES ('w', 'o', 'Tag', 'done', 't', 'T', 1, 'x', 'x');
      INSERT INTO stakeholders (id, workshop_id, name, category, influence, interest, attitude, target_attitude, closeness, created_at, updated_at)
        VALUES ('a', 'w', 'Vorstand', 'board', 4.8, 4.2, 'supportive', 'supportive', 'core', 'x', 'x'), ('b', 'w', 'Eltern', 'members', 2.2, 3, 'neutral', 'neutral', 'indirect', 'x', 'x');
      INSERT INTO stakeholder_relations (id, workshop_id, source_id, target_id, type, created_at) VALUES ('r', 'w', 'a', 'b', 'influences', 'x');
      INSERT INTO measures (id, workshop_id, title, priority, status, origin_kind, origin_id, origin_label, created_at, updated_at) VALUES ('m', 'w', 'Elternbrief', 'medium', 'open', 'stakeholder', 'b', 'Eltern', 'x', 'x');
    `);
    migrate(db);
    expect(db.prepare('SELECT id, influence, interest FROM stakeholders ORDER BY id').all()).toEqual([
      { id: 'a', influence: 4.8, interest: 4.2 },
      { id: 'b', influence: 2.2, interest: 3 },
    ]);
    db.prepare("INSERT INTO stakeholders (id, workshop_id, name, category, influence, interest, attitude, target_attitude, closeness, created_at, updated_at) VALUES ('c', 'w', 'Presse', 'public', NULL, NULL, 'neutral', 'neutral', 'environment', 'x', 'x')").run();
    expect(() => db.prepare("UPDATE stakeholders SET influence = 5.5 WHERE id = 'c'").run()).toThrow(/CHECK/);
    // The trigger is back: a renamed stakeholder renames its measure's origin.
    db.prepare("UPDATE stakeholders SET name = 'Elternbeirat' WHERE id = 'b'").run();
    expect(db.prepare("SELECT origin_label FROM measures WHERE id = 'm'").get()).toEqual({ origin_label: 'Elternbeirat' });
    db.prepare("DELETE FROM stakeholders WHERE id = 'a'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM stakeholder_relations').get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM workshops WHERE id = 'w'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM stakeholders').get()).toEqual({ n: 0 });
    db.close();
  });
});
