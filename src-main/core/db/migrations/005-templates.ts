import type { Migration } from '../migrations';

export const migration005: Migration = {
  version: 5,
  name: 'template library: the facilitator’s own templates',
  up(db) {
    db.exec(`
      -- A template is edited and passed on as one document, so its phases are
      -- kept as one JSON array (validated by the core on every write); the
      -- count and the total time are kept beside it for a quick library list.
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        licence TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL CHECK (language IN ('de', 'en')),
        phases TEXT NOT NULL,
        phase_count INTEGER NOT NULL CHECK (phase_count >= 1),
        total_minutes INTEGER NOT NULL,
        based_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
