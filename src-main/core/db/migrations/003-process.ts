import type { Migration } from '../migrations';

export const migration003: Migration = {
  version: 3,
  name: 'process diagrams: Ist and Soll with lanes, steps, arrows and markers',
  up(db) {
    db.exec(`
      CREATE TABLE process_diagrams (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        variant TEXT NOT NULL CHECK (variant IN ('ist', 'soll')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (workshop_id, variant)
      );

      CREATE TABLE process_lanes (
        id TEXT PRIMARY KEY,
        diagram_id TEXT NOT NULL REFERENCES process_diagrams(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL
      );
      CREATE INDEX process_lanes_by_diagram ON process_lanes (diagram_id);

      CREATE TABLE process_steps (
        id TEXT PRIMARY KEY,
        diagram_id TEXT NOT NULL REFERENCES process_diagrams(id) ON DELETE CASCADE,
        lane_id TEXT NOT NULL REFERENCES process_lanes(id),
        kind TEXT NOT NULL CHECK (kind IN ('start', 'step', 'decision', 'document', 'end')),
        label TEXT NOT NULL,
        x REAL NOT NULL,
        origin_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX process_steps_by_diagram ON process_steps (diagram_id);
      CREATE INDEX process_steps_by_lane ON process_steps (lane_id);

      CREATE TABLE process_edges (
        id TEXT PRIMARY KEY,
        diagram_id TEXT NOT NULL REFERENCES process_diagrams(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES process_steps(id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES process_steps(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        CHECK (source_id <> target_id)
      );
      CREATE INDEX process_edges_by_diagram ON process_edges (diagram_id);
      CREATE INDEX process_edges_by_source ON process_edges (source_id);
      CREATE INDEX process_edges_by_target ON process_edges (target_id);

      CREATE TABLE process_markers (
        id TEXT PRIMARY KEY,
        step_id TEXT NOT NULL REFERENCES process_steps(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('pain', 'idea', 'digital')),
        text TEXT NOT NULL,
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 3),
        created_at TEXT NOT NULL
      );
      CREATE INDEX process_markers_by_step ON process_markers (step_id);
    `);
  },
};
