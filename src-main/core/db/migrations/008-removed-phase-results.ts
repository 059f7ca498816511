import type { Migration } from '../migrations';

/**
 * What a phase removed from a workshop's agenda held (cards, groups, dots,
 * its timer), kept so that undo in the agenda editor brings it all back.
 */
export const migration008: Migration = {
  version: 8,
  name: 'agenda: keep the results of a removed phase for undo',
  up(db) {
    db.exec(`
      CREATE TABLE removed_phase_results (
        phase_id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        results TEXT NOT NULL,
        removed_at TEXT NOT NULL
      );
      CREATE INDEX removed_phase_results_by_workshop ON removed_phase_results (workshop_id);
    `);
  },
};
