import type { Db } from '../../src-main/core';

/** Every row of every table, to prove that a refused call wrote nothing. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const result: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    result[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
  }
  return result;
}
