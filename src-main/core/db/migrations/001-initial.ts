import type { Migration } from '../migrations';

export const migration001: Migration = {
  version: 1,
  name: 'initial: settings, organisations, workshops, phases with notes',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE organisations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        legal_form TEXT,
        field TEXT NOT NULL DEFAULT '',
        members INTEGER,
        volunteers INTEGER,
        staff INTEGER,
        contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        date TEXT,
        place TEXT NOT NULL DEFAULT '',
        coach TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'done')),
        participant_count INTEGER,
        template_id TEXT NOT NULL,
        template_name TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX workshops_by_organisation ON workshops (organisation_id);

      -- A workshop keeps its own copy of the template's phases, so editing a
      -- template never changes a workshop that already happened.
      CREATE TABLE workshop_phases (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        purpose TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        instructions TEXT NOT NULL,
        prompts TEXT NOT NULL,
        materials TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        notes_updated_at TEXT,
        UNIQUE (workshop_id, position)
      );
    `);
  },
};
