import type { Migration } from '../migrations';

export const migration004: Migration = {
  version: 4,
  name: 'action plan: measures with their origin and a dated history',
  up(db) {
    db.exec(`
      -- The origin is a loose link (kind + id) on purpose: deleting a pain
      -- point or a stakeholder keeps the measure, which then says its origin
      -- is gone, showing the label it had.
      CREATE TABLE measures (
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
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'blocked')),
        blocked_reason TEXT NOT NULL DEFAULT '',
        origin_kind TEXT CHECK (origin_kind IS NULL OR origin_kind IN ('marker', 'step', 'stakeholder', 'note', 'card')),
        origin_id TEXT,
        origin_label TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date),
        CHECK ((origin_kind IS NULL) = (origin_id IS NULL))
      );
      CREATE INDEX measures_by_workshop ON measures (workshop_id);
      CREATE INDEX measures_by_origin ON measures (origin_id);

      CREATE TABLE measure_history (
        id TEXT PRIMARY KEY,
        measure_id TEXT NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'blocked')),
        previous_status TEXT CHECK (previous_status IS NULL OR previous_status IN ('open', 'in_progress', 'done', 'blocked')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX measure_history_by_measure ON measure_history (measure_id, date);

      -- A measure keeps its origin's current name, so that it can still say
      -- what it came from after the origin is deleted.
      CREATE TRIGGER measures_follow_marker AFTER UPDATE OF text ON process_markers BEGIN
        UPDATE measures SET origin_label = substr(NEW.text, 1, 500) WHERE origin_id = NEW.id AND origin_kind = 'marker';
      END;
      CREATE TRIGGER measures_follow_step AFTER UPDATE OF label ON process_steps BEGIN
        UPDATE measures SET origin_label = substr(NEW.label, 1, 500) WHERE origin_id = NEW.id AND origin_kind = 'step';
      END;
      CREATE TRIGGER measures_follow_stakeholder AFTER UPDATE OF name ON stakeholders BEGIN
        UPDATE measures SET origin_label = substr(NEW.name, 1, 500) WHERE origin_id = NEW.id AND origin_kind = 'stakeholder';
      END;
    `);
  },
};
