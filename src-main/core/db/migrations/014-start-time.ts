import type { Migration } from '../migrations';

/**
 * The time a workshop starts ("HH:MM"), so the printed agenda can give clock
 * times for every phase (issue 17). Optional: workshops made before have none
 * and their agenda shows minutes only.
 */
export const migration014: Migration = {
  version: 14,
  name: 'workshops: start time',
  up(db) {
    db.exec(`ALTER TABLE workshops ADD COLUMN start_time TEXT CHECK (start_time IS NULL OR (length(start_time) = 5 AND start_time GLOB '[0-2][0-9]:[0-5][0-9]'));`);
  },
};
