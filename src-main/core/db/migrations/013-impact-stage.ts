import type { Migration } from '../migrations';

/**
 * The PHINEO impact stage ("Wirkungstreppe") a measure aims at (issue 16):
 * output (what the club does or offers), outcome (what changes for the people
 * it reaches), impact (what changes beyond them). Optional: measures made
 * before, and those the coach has not tagged, have none.
 */
export const migration013: Migration = {
  version: 13,
  name: 'measures: impact stage (Wirkungstreppe)',
  up(db) {
    db.exec(`ALTER TABLE measures ADD COLUMN impact_stage TEXT CHECK (impact_stage IS NULL OR impact_stage IN ('output', 'outcome', 'impact'));`);
  },
};
