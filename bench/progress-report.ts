import { exportFile } from '../src-main/core';
import { createTestWorkspace } from '../tests/helpers/workspace';
import { type BenchResult, median, nowMs } from './lib';
import { HISTORY_ENTRIES, HISTORY_MEASURES, HISTORY_SESSIONS, HISTORY_TODAY, createSyntheticClubHistory } from './synthetic-club-history';

const GOAL_MS = 3000;
const ROUNDS = 9;

/**
 * The "Fortschrittsbericht" of a club coached over a year (12 sessions,
 * 300 measures, 1,500 progress entries, 11 self-checks), end to end from the
 * stored data to the finished bytes, through the export as the app calls it.
 * Ratio to the goal of 3 s; the first round (cold caches) is not counted.
 */
export async function progressReportBench(): Promise<BenchResult> {
  // Today after the 11th session, the 12th ahead: its date is the report's next date.
  const tw = createTestWorkspace({ now: () => new Date(`${HISTORY_TODAY}T10:00:00`) });
  try {
    const organisationId = createSyntheticClubHistory(tw.workspace.context);
    const times: number[] = [];
    let size = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = nowMs();
      const result = await exportFile(tw.workspace, 'progress.docx', { organisationId, language: 'de' });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      times.push(nowMs() - start);
      size = result.value.bytes.length;
    }
    const value = median(times.slice(1));
    return {
      name: 'progress-report',
      value,
      unit: 'ms',
      ratio: value / GOAL_MS,
      note: `${HISTORY_SESSIONS} sessions, ${HISTORY_MEASURES} measures, ${HISTORY_ENTRIES} progress entries; ${Math.round(size / 1024)} KB; goal ≤ ${GOAL_MS} ms`,
    };
  } finally {
    tw.cleanup();
  }
}
