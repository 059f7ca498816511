import { Packer } from 'docx';
import { exportFile } from '../src-main/core';
import { buildWorkshopReport } from '../src-main/core/report/workshop-report';
import { createTestWorkspace } from '../tests/helpers/workspace';
import { buildLargeWorkshop } from '../tests/unit/report/large-workshop';
import { type BenchResult, median, nowMs } from './lib';

const ROUNDS = 21;
const GOAL_MS = 3000;

/**
 * The full Word report of a large workshop (9 phases, 200 cards, Ist and
 * Soll with 100 steps each, 60 measures), end to end from the stored data to
 * the finished bytes; ratio to docx's own packing of the same finished
 * document (Packer.toBuffer on a prebuilt Document), same run.
 */
export async function reportFull(): Promise<BenchResult> {
  // Pictures drawn in the worker thread, as in the app; the first round (which starts it) is not counted.
  const tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00'), pictureWorker: true });
  try {
    const workshopId = await buildLargeWorkshop(tw);
    const input = { workshopId, sections: ['agenda', 'phases', 'nextSteps', 'participants'] as const, language: 'de' as const, anonymise: false, logo: null };
    const endToEnd: number[] = [];
    const packing: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = nowMs();
      const result = await exportFile(tw.workspace, 'report.docx', input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      endToEnd.push(nowMs() - start);
      const { document } = await buildWorkshopReport(tw.workspace.context, { ...input, sections: [...input.sections] });
      const packStart = nowMs();
      await Packer.toBuffer(document);
      packing.push(nowMs() - packStart);
    }
    const value = median(endToEnd.slice(1));
    const baseline = median(packing.slice(1));
    return {
      name: 'report-full',
      value,
      unit: 'ms',
      ratio: value / baseline,
      note: `goal ≤ ${GOAL_MS} ms end to end and ≤ 1.5× docx's own packing; packing alone ${baseline.toFixed(0)} ms`,
    };
  } finally {
    tw.cleanup();
  }
}
