import type { Migration } from '../migrations';

export const migration002: Migration = {
  version: 2,
  name: 'stakeholder map: stakeholders and their relations per workshop',
  up(db) {
    db.exec(`
      CREATE TABLE stakeholders (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        influence REAL NOT NULL CHECK (influence BETWEEN 1 AND 5),
        interest REAL NOT NULL CHECK (interest BETWEEN 1 AND 5),
        attitude TEXT NOT NULL CHECK (attitude IN ('supportive', 'neutral', 'critical')),
        target_attitude TEXT NOT NULL CHECK (target_attitude IN ('supportive', 'neutral', 'critical')),
        closeness TEXT NOT NULL CHECK (closeness IN ('core', 'direct', 'indirect', 'environment')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stakeholders_by_workshop ON stakeholders (workshop_id);

      CREATE TABLE stakeholder_relations (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
        type TEXT NOT NULL CHECK (type IN ('collaborates', 'influences', 'conflict')),
        label TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (source_id <> target_id)
      );
      CREATE INDEX relations_by_workshop ON stakeholder_relations (workshop_id);
      CREATE INDEX relations_by_source ON stakeholder_relations (source_id);
      CREATE INDEX relations_by_target ON stakeholder_relations (target_id);
    `);
  },
};
