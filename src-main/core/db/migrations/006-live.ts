import type { Migration } from '../migrations';

export const migration006: Migration = {
  version: 6,
  name: 'running the day: projector phase, timers, cards, clusters, dot voting, self-check',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN live_phase_id TEXT;

      CREATE TABLE phase_timers (
        phase_id TEXT PRIMARY KEY REFERENCES workshop_phases(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('idle', 'running', 'paused')),
        elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
        started_at TEXT,
        extra_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0),
        updated_at TEXT NOT NULL,
        CHECK ((state = 'running') = (started_at IS NOT NULL))
      );
      CREATE INDEX phase_timers_by_workshop ON phase_timers (workshop_id);

      CREATE TABLE card_clusters (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES workshop_phases(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        position REAL NOT NULL,
        votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        created_at TEXT NOT NULL
      );
      CREATE INDEX card_clusters_by_phase ON card_clusters (phase_id);

      CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES workshop_phases(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        color TEXT NOT NULL CHECK (color IN ('yellow', 'blue', 'green', 'pink', 'orange', 'white')),
        author TEXT NOT NULL DEFAULT '',
        cluster_id TEXT REFERENCES card_clusters(id) ON DELETE SET NULL,
        position REAL NOT NULL,
        votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX cards_by_phase ON cards (phase_id);

      CREATE TABLE vote_sessions (
        phase_id TEXT PRIMARY KEY REFERENCES workshop_phases(id) ON DELETE CASCADE,
        target TEXT NOT NULL CHECK (target IN ('cards', 'clusters')),
        dots_per_person INTEGER NOT NULL CHECK (dots_per_person BETWEEN 1 AND 20),
        participants INTEGER NOT NULL CHECK (participants BETWEEN 1 AND 500),
        ballots INTEGER NOT NULL DEFAULT 0 CHECK (ballots >= 0 AND ballots <= participants),
        chosen_id TEXT,
        created_at TEXT NOT NULL
      );

      CREATE TABLE selfcheck_entries (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        dimension TEXT NOT NULL,
        agreed INTEGER CHECK (agreed IS NULL OR agreed BETWEEN 1 AND 5),
        note TEXT NOT NULL DEFAULT '',
        ratings TEXT NOT NULL DEFAULT '[]',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, dimension)
      );
    `);
  },
};
