import type { Migration } from '../migrations';

/**
 * Coaching over months (issue 16):
 * - a measure can be "verworfen" (dropped) with a reason: a closed status
 *   like "erledigt". SQLite cannot change a CHECK, so `measures` and
 *   `measure_history` are rebuilt (create, copy, drop, rename; foreign keys
 *   are off during migrations and the runner checks every link before the
 *   commit). The triggers that keep a measure's origin label in step live on
 *   other tables but name `measures`; they are dropped first and made again
 *   exactly as before;
 * - a progress entry remembers the session (workshop) it was recorded in;
 *   entries from before stay without one (NULL): nobody knows it any more;
 * - a follow-up session links to the earlier workshop it follows. Deleting
 *   the earlier workshop keeps the follow-up and cuts the link.
 */
export const migration011: Migration = {
  version: 11,
  name: 'follow-ups: dropped measures with a reason, progress tied to its session, follow-up sessions',
  up(db) {
    db.exec(`
      DROP TRIGGER measures_follow_marker;
      DROP TRIGGER measures_follow_step;
      DROP TRIGGER measures_follow_stakeholder;

      CREATE TABLE measures_new (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        helpers TEXT NOT NULL DEFAULT '',
        first_step TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        due_date TEXT,
        priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
        effort TEXT CHECK (effort IS NULL OR effort IN ('small', 'medium', 'large')),
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'blocked', 'dropped')),
        blocked_reason TEXT NOT NULL DEFAULT '',
        origin_kind TEXT CHECK (origin_kind IS NULL OR origin_kind IN ('marker', 'step', 'stakeholder', 'note', 'card')),
        origin_id TEXT,
        origin_label TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        dropped_reason TEXT NOT NULL DEFAULT '',
        CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date),
        CHECK ((origin_kind IS NULL) = (origin_id IS NULL))
      );
      INSERT INTO measures_new (id, workshop_id, title, description, goal, owner, helpers, first_step, start_date, due_date,
          priority, effort, status, blocked_reason, origin_kind, origin_id, origin_label, created_at, updated_at)
        SELECT id, workshop_id, title, description, goal, owner, helpers, first_step, start_date, due_date,
          priority, effort, status, blocked_reason, origin_kind, origin_id, origin_label, created_at, updated_at
        FROM measures ORDER BY rowid;

      CREATE TABLE measure_history_new (
        id TEXT PRIMARY KEY,
        measure_id TEXT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'blocked', 'dropped')),
        previous_status TEXT CHECK (previous_status IS NULL OR previous_status IN ('open', 'in_progress', 'done', 'blocked', 'dropped')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL
      );
      INSERT INTO measure_history_new (id, measure_id, date, status, previous_status, note, created_at)
        SELECT id, measure_id, date, status, previous_status, note, created_at FROM measure_history ORDER BY rowid;

      DROP TABLE measure_history;
      DROP TABLE measures;
      ALTER TABLE measures_new RENAME TO measures;
      ALTER TABLE measure_history_new RENAME TO measure_history;
      CREATE INDEX measures_by_workshop ON measures (workshop_id);
      CREATE INDEX measures_by_origin ON measures (origin_id);
      CREATE INDEX measure_history_by_measure ON measure_history (measure_id, date);
      CREATE INDEX measure_history_by_session ON measure_history (workshop_id);

      CREATE TRIGGER measures_follow_marker AFTER UPDATE OF text ON process_markers BEGIN
        UPDATE measures SET origin_label = substr(NEW.text, 1, 500) WHERE origin_id = NEW.id AND origin_kind = 'marker';
      END;
      CREATE TRIGGER measures_follow_step AFTER UPDATE OF label ON process_steps BEGIN
        UPDATE measures SET origin_label = substr(NEW.label, 1, 500) WHERE origin_id = NEW.id AND origin_kind = 'step';
      END;
      CREATE TRIGGER measures_follow_stakeholder AFTER UPDATE OF name ON stakeholders BEGIN
        UPDATE measures SET origin_label = substr(NEW.name, 1, 500) WHERE origin_id = NEW.id AND origin_kind = 'stakeholder';
      END;

      ALTER TABLE workshops ADD COLUMN follows_workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL;
      CREATE INDEX workshops_by_follows ON workshops (follows_workshop_id);
    `);
  },
};
