import type { Migration } from '../migrations';

/**
 * The language a workshop was made in (issue 17): its agenda's texts come
 * from the template in that language, and its report follows it by default.
 * Every workshop before this was made from a German built-in template or from
 * an own template, whose language the library already stores.
 */
export const migration015: Migration = {
  version: 15,
  name: 'workshops: language',
  up(db) {
    db.exec(`
      ALTER TABLE workshops ADD COLUMN language TEXT NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en'));
      UPDATE workshops SET language = (SELECT t.language FROM templates t WHERE t.id = workshops.template_id)
        WHERE template_id IN (SELECT id FROM templates);
    `);
  },
};
