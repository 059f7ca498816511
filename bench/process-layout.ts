import { Workspace, createApi } from '../src-main/core';
import { syntheticProcess } from './pages/synthetic';
import { type BenchResult, median, nowMs, withTempDir } from './lib';

const GOAL_MS = 500;

/** Auto-layout of a 150-step, 200-arrow, 6-lane process through the API (ranking, lanes, one transaction). */
export function processLayout(): Promise<BenchResult> {
  return withTempDir(async (dir) => {
    const workspace = new Workspace({ dataDir: dir, appVersion: 'bench' });
    workspace.open();
    const api = createApi(workspace);
    const db = workspace.connection!;
    const source = syntheticProcess(150, 200, 6);
    db.transaction(() => {
      db.prepare("INSERT INTO organisations (id, name, created_at, updated_at) VALUES ('o', 'Verein', 'x', 'x')").run();
      db.prepare(
        "INSERT INTO workshops (id, organisation_id, title, status, template_id, template_name, template_version, created_at, updated_at) VALUES ('w', 'o', 'W', 'planned', 't', 'T', 1, 'x', 'x')",
      ).run();
      db.prepare("INSERT INTO process_diagrams (id, workshop_id, variant, created_at, updated_at) VALUES ('d', 'w', 'ist', 'x', 'x')").run();
      for (const l of source.lanes) db.prepare('INSERT INTO process_lanes (id, diagram_id, position, name) VALUES (?, ?, ?, ?)').run(l.id, 'd', l.position, l.name);
      for (const s of source.steps) {
        db.prepare("INSERT INTO process_steps (id, diagram_id, lane_id, kind, label, x, created_at, updated_at) VALUES (?, 'd', ?, ?, ?, ?, 'x', 'x')").run(s.id, s.laneId, s.kind, s.label, s.x);
      }
      for (const e of source.edges) db.prepare("INSERT INTO process_edges (id, diagram_id, source_id, target_id, label) VALUES (?, 'd', ?, ?, ?)").run(e.id, e.sourceId, e.targetId, e.label);
    })();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = nowMs();
      const result = await api.invoke('process.layout', { diagramId: 'd' });
      times.push(nowMs() - start);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    }
    workspace.close();
    const value = median(times.slice(1));
    return { name: 'process-layout', value, unit: 'ms', ratio: value / GOAL_MS, note: `goal ≤ ${GOAL_MS} ms` };
  });
}
