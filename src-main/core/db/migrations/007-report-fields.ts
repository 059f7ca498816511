import type { Migration } from '../migrations';

/** What the report needs beyond the day's results: who took part (with their consent) and when the club looks again. */
export const migration007: Migration = {
  version: 7,
  name: 'report: follow-up date, participant names, consent to name them',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN follow_up_date TEXT;
      ALTER TABLE workshops ADD COLUMN participant_names TEXT NOT NULL DEFAULT '';
      ALTER TABLE workshops ADD COLUMN participants_consent INTEGER NOT NULL DEFAULT 0 CHECK (participants_consent IN (0, 1));
    `);
  },
};
