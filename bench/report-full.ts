import { Packer } from 'docx';
import { exportFile } from '../src-main/core';
import type { CachedDrawer } from '../src-main/core/report/picture-cache';
import { buildWorkshopReport, prepareReportPictures } from '../src-main/core/report/workshop-report';
import { createTestWorkspace } from '../tests/helpers/workspace';
import { buildLargeWorkshop } from '../tests/unit/report/large-workshop';
import { type BenchResult, median, nowMs } from './lib';

const GOAL_MS = 3000;

/**
 * The full Word report of a large workshop (9 phases, 200 cards, Ist and
 * Soll with 100 steps each, 60 measures), end to end from the stored data to
 * the finished bytes; ratio to docx's own packing of the same finished
 * document (Packer.toBuffer on a prebuilt Document), same run.
 * `cold`: every round draws all its pictures (50 legible process pages);
 * otherwise the report dialog has drawn them while the coach chose, as in the app.
 */
async function measure(cold: boolean, rounds: number): Promise<{ value: number; baseline: number }> {
  // Pictures drawn in the worker thread, as in the app; the first round (which starts it) is not counted.
  const tw = createTestWorkspace({ now: () => new Date('2026-04-16T10:00:00'), pictureWorker: true });
  try {
    const workshopId = await buildLargeWorkshop(tw);
    const input = { workshopId, sections: ['agenda', 'phases', 'nextSteps', 'participants'] as const, language: 'de' as const, anonymise: false, logo: null };
    const cache = tw.workspace.context.pictures as CachedDrawer;
    if (!cold) await prepareReportPictures(tw.workspace.context, workshopId, 'de');
    const endToEnd: number[] = [];
    const packing: number[] = [];
    for (let round = 0; round < rounds; round++) {
      if (cold) cache.clear();
      const start = nowMs();
      const result = await exportFile(tw.workspace, 'report.docx', input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      endToEnd.push(nowMs() - start);
      const { document } = await buildWorkshopReport(tw.workspace.context, { ...input, sections: [...input.sections] });
      const packStart = nowMs();
      await Packer.toBuffer(document);
      packing.push(nowMs() - packStart);
    }
    return { value: median(endToEnd.slice(1)), baseline: median(packing.slice(1)) };
  } finally {
    tw.cleanup();
  }
}

export async function reportFull(): Promise<BenchResult> {
  const { value, baseline } = await measure(false, 21);
  return {
    name: 'report-full',
    value,
    unit: 'ms',
    ratio: value / baseline,
    note: `pictures drawn while the dialog was open; goal ≤ ${GOAL_MS} ms end to end and ≤ 1.5× docx's own packing; packing alone ${baseline.toFixed(0)} ms`,
  };
}

export async function reportFullCold(): Promise<BenchResult> {
  const { value, baseline } = await measure(true, 9);
  return {
    name: 'report-full-cold',
    value,
    unit: 'ms',
    ratio: value / baseline,
    note: `every picture drawn during the export (50 landscape process pages); goal ≤ ${GOAL_MS} ms end to end; packing alone ${baseline.toFixed(0)} ms`,
  };
}
