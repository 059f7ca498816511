import { Workspace, createApi, type Api } from '../src-main/core';
import { type BenchResult, median, nowMs, percentile, withTempDir } from './lib';
import { SYNTHETIC_WORKSHOPS, buildSyntheticClubs } from './synthetic-clubs';

const GOAL_MS = 1000;
const ROUNDS = 5;

async function withSyntheticWorkspace<T>(fn: (workspace: Workspace, api: Api, phaseId: string) => Promise<T>, pagesPerStep?: number): Promise<T> {
  return withTempDir(async (dir) => {
    const workspace = new Workspace({ dataDir: dir, appVersion: 'bench', ...(pagesPerStep ? { backups: { pagesPerStep } } : {}) });
    workspace.open();
    try {
      const api = createApi(workspace);
      const { phaseId } = await buildSyntheticClubs(workspace, api);
      return await fn(workspace, api, phaseId);
    } finally {
      workspace.close();
    }
  });
}

/** Online backup of 200 workshops end to end: copy in steps, integrity check, rename, thinning out. */
export function backup(): Promise<BenchResult> {
  return withSyntheticWorkspace(async (workspace) => {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS + 1; round++) {
      const start = nowMs();
      await workspace.backupNow('manual');
      times.push(nowMs() - start);
    }
    const value = median(times.slice(1));
    return {
      name: 'backup',
      value,
      unit: 'ms',
      ratio: value / GOAL_MS,
      note: `${SYNTHETIC_WORKSHOPS} workshops; goal ≤ ${GOAL_MS} ms including the integrity check`,
    };
  });
}

/**
 * One note save as the app sees it: the request arrives as a new event-loop
 * task (as an IPC message or HTTP request does) and waits for whatever runs
 * before it, e.g. a backup step; timed from arrival to the saved answer.
 */
function arrivingSave(api: Api, phaseId: string, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const arrived = nowMs();
    setImmediate(() => {
      api.invoke('phases.saveNote', { phaseId, text }).then(
        (result) => (result.ok ? resolve(nowMs() - arrived) : reject(new Error('save failed'))),
        reject,
      );
    });
  });
}

export interface DuringBackupSample {
  normal: number[];
  during: number[];
}

/** Note saves with and without a backup running, rounds interleaved so both see the same machine. */
export async function sampleNoteSaves(workspace: Workspace, api: Api, phaseId: string, rounds = ROUNDS): Promise<DuringBackupSample> {
  const normal: number[] = [];
  const during: number[] = [];
  let n = 0;
  const text = (): string => `Notiz ${n++}: Eltern früh einbinden, Datenschutz klären. `.repeat(8);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 100; i++) normal.push(await arrivingSave(api, phaseId, text()));
    let running = true;
    const backup = workspace.backupNow('manual').finally(() => {
      running = false;
    });
    while (running) during.push(await arrivingSave(api, phaseId, text()));
    await backup;
  }
  return { normal, during };
}

/** Median note save while a backup runs ÷ the median without one, same run (goal ≤ 2). */
export function noteSaveDuringBackup(): Promise<BenchResult> {
  return withSyntheticWorkspace(async (workspace, api, phaseId) => {
    const { normal, during } = await sampleNoteSaves(workspace, api, phaseId);
    const normalMedian = median(normal) * 1000;
    const duringMedian = median(during) * 1000;
    return {
      name: 'note-save-during-backup',
      value: duringMedian,
      unit: 'us',
      ratio: duringMedian / normalMedian,
      note: `normal median ${normalMedian.toFixed(0)} us; during a backup p95 ${(percentile(during, 95) * 1000).toFixed(0)} us over ${during.length} saves (goal: ratio ≤ 2)`,
    };
  });
}
