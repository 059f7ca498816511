import { exportFile } from '../src-main/core';
import { openArchive, restoreArchive } from '../src-main/core/archive';
import { createTestWorkspace } from '../tests/helpers/workspace';
import { buildLargeWorkshop } from '../tests/unit/report/large-workshop';
import { type BenchResult, median, nowMs } from './lib';

const ROUNDS = 11;
const GOAL_MS = 500;

/**
 * The workshop file of the large workshop (200 cards, Ist and Soll with 100
 * steps each, 60 measures): export to bytes, then import them as a new club,
 * end to end; ratio to the goal of 500 ms.
 */
export async function archiveRoundtrip(): Promise<BenchResult> {
  const tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00') });
  try {
    const workshopId = await buildLargeWorkshop(tw);
    const times: number[] = [];
    let size = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = nowMs();
      const file = await exportFile(tw.workspace, 'workshop.vwerkstatt', { workshopId });
      if (!file.ok) throw new Error(JSON.stringify(file.error));
      const report = restoreArchive(tw.workspace.context, openArchive(file.value.bytes));
      times.push(nowMs() - start);
      size = file.value.bytes.length;
      if (report.droppedCount > 0) throw new Error(`the import left out ${report.droppedCount} records`);
    }
    const value = median(times.slice(1));
    return { name: 'archive-roundtrip', value, unit: 'ms', ratio: value / GOAL_MS, note: `goal ≤ ${GOAL_MS} ms; file ${(size / 1024).toFixed(0)} KB` };
  } finally {
    tw.cleanup();
  }
}
