import type { Migration } from '../migrations';

/**
 * The data-protection consultation as a tool (issue 16):
 * - a phase carries its checklist items (key, title, explanation) as JSON,
 *   copied from the template like its prompts; other kinds keep '[]'; and a
 *   notice for the club shown with its results (e.g. "keine Rechtsberatung");
 * - "Checkliste": one answer per item of a phase (state, note, and the measure
 *   made from it). An item nobody has talked about yet has no row. The answer
 *   is keyed by the item's key, so renaming an item keeps its answer;
 * - "Datenlandkarte": the club's data, one row per kind of data.
 * Both point at their phase (and go with it) and at the measure made from
 * them; deleting that measure cuts the link and keeps the row.
 */
export const migration012: Migration = {
  version: 12,
  name: 'data protection: checklist items and answers, data map rows',
  up(db) {
    db.exec(`
      ALTER TABLE workshop_phases ADD COLUMN items TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE workshop_phases ADD COLUMN notice TEXT NOT NULL DEFAULT '';

      CREATE TABLE checklist_answers (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES workshop_phases(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        state TEXT CHECK (state IS NULL OR state IN ('done', 'partial', 'open', 'not_applicable')),
        note TEXT NOT NULL DEFAULT '',
        measure_id TEXT REFERENCES measures(id) ON DELETE SET NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (phase_id, item_key)
      );
      CREATE INDEX checklist_answers_by_workshop ON checklist_answers (workshop_id);
      CREATE INDEX checklist_answers_by_measure ON checklist_answers (measure_id);

      CREATE TABLE data_map_rows (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        phase_id TEXT NOT NULL REFERENCES workshop_phases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data_kind TEXT NOT NULL,
        storage TEXT NOT NULL DEFAULT '',
        access TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT '',
        consent TEXT NOT NULL DEFAULT 'unclear' CHECK (consent IN ('yes', 'no', 'unclear')),
        deletion TEXT NOT NULL DEFAULT '',
        measure_id TEXT REFERENCES measures(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX data_map_rows_by_phase ON data_map_rows (phase_id, position);
      CREATE INDEX data_map_rows_by_workshop ON data_map_rows (workshop_id);
      CREATE INDEX data_map_rows_by_measure ON data_map_rows (measure_id);
    `);
  },
};
