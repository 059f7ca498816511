import type { Migration } from '../migrations';

/**
 * A stakeholder may be "not yet placed": influence and interest stay empty
 * (NULL) until the room gives them, so that no one is drawn at a position
 * that is not in the data. SQLite cannot drop NOT NULL from a column, so the
 * table is rebuilt (create, copy, drop, rename; foreign keys are off during
 * migrations and the runner checks every link before the commit). Dropping
 * the table drops its index and the trigger that keeps a measure's origin
 * label in step with the name; both are made again exactly as before.
 * Existing stakeholders keep their values, so they stay placed.
 */
export const migration009: Migration = {
  version: 9,
  name: 'stakeholders: influence and interest may be empty (not yet placed)',
  up(db) {
    db.exec(`
      CREATE TABLE stakeholders_new (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        influence REAL CHECK (influence IS NULL OR influence BETWEEN 1 AND 5),
        interest REAL CHECK (interest IS NULL OR interest BETWEEN 1 AND 5),
        attitude TEXT NOT NULL CHECK (attitude IN ('supportive', 'neutral', 'critical')),
        target_attitude TEXT NOT NULL CHECK (target_attitude IN ('supportive', 'neutral', 'critical')),
        closeness TEXT NOT NULL CHECK (closeness IN ('core', 'direct', 'indirect', 'environment')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      INSERT INTO stakeholders_new (id, workshop_id, name, category, influence, interest, attitude, target_attitude, closeness, notes, created_at, updated_at)
        SELECT id, workshop_id, name, category, influence, interest, attitude, target_attitude, closeness, notes, created_at, updated_at
        FROM stakeholders ORDER BY rowid;
      DROP TABLE stakeholders;
      ALTER TABLE stakeholders_new RENAME TO stakeholders;
      CREATE INDEX stakeholders_by_workshop ON stakeholders (workshop_id);
      CREATE TRIGGER measures_follow_stakeholder AFTER UPDATE OF name ON stakeholders BEGIN
        UPDATE measures SET origin_label = substr(NEW.name, 1, 500) WHERE origin_id = NEW.id AND origin_kind = 'stakeholder';
      END;
    `);
  },
};
