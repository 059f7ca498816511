import { randomUUID } from 'node:crypto';
import { Workspace, createApi } from '../src-main/core';
import { type BenchResult, median, nowMs, withTempDir } from './lib';

const WORKSHOPS = 1000;
const GOAL_MS = 5;

/** Listing 1,000 workshops through the API (validation, query, mapping). */
export function workshopsList(): Promise<BenchResult> {
  return withTempDir(async (dir) => {
    const workspace = new Workspace({ dataDir: dir, appVersion: 'bench' });
    workspace.open();
    const db = workspace.connection!;
    // Setup straight into SQLite: only the listing is measured.
    db.transaction(() => {
      const orgs = Array.from({ length: 40 }, (_v, i) => {
        const id = randomUUID();
        db.prepare(
          "INSERT INTO organisations (id, name, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')",
        ).run(id, `Verein ${i}`);
        return id;
      });
      const insert = db.prepare(
        `INSERT INTO workshops (id, organisation_id, title, date, place, coach, status, participant_count,
          template_id, template_name, template_version, created_at, updated_at)
         VALUES (?, ?, ?, '2026-03-14', 'Vereinsheim', 'M. Berger', 'planned', 11, 't', 'Vorlage', 1, ?, ?)`,
      );
      for (let i = 0; i < WORKSHOPS; i++) {
        const stamp = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
        insert.run(randomUUID(), orgs[i % orgs.length], `Workshop ${i}`, stamp, stamp);
      }
    })();
    const api = createApi(workspace);
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const start = nowMs();
      const result = await api.invoke('workshops.list', {});
      times.push(nowMs() - start);
      if (!result.ok || (result.value as unknown[]).length !== WORKSHOPS) throw new Error('list failed');
    }
    workspace.close();
    const value = median(times.slice(10));
    return { name: 'workshops-list', value, unit: 'ms', ratio: value / GOAL_MS, note: `goal ≤ ${GOAL_MS} ms median` };
  });
}
