import type { Page } from '@playwright/test';
import { DRAG_SCRIPT, READY_SCRIPT, benchBrowser } from './browser';
import { type BenchResult, median, percentile } from './lib';

const STEPS = 150;
const EDGES = 200;
const LANES = 6;
const FRAMES = 120;
const ROUNDS = 3;

async function open(page: Page, url: string, mode: 'process-bare' | 'process'): Promise<number> {
  await page.goto(`${url}canvas.html?mode=${mode}&n=${STEPS}&e=${EDGES}&lanes=${LANES}`);
  return page.evaluate(`(${READY_SCRIPT})({ count: ${STEPS} })`);
}

/**
 * Dragging a step in a process of 150 steps, 200 arrows and 6 lanes, against
 * a bare React Flow canvas with as many default nodes and edges at the same
 * places and zoom, same run and browser: p95 frame time and the ratio.
 */
export async function processDrag(): Promise<BenchResult> {
  const { url, browser, close } = await benchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const frames = { 'process-bare': [] as number[], process: [] as number[] };
    const initial = { 'process-bare': [] as number[], process: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of ['process-bare', 'process'] as const) {
        initial[mode].push(await open(page, url, mode));
        const deltas: number[] = await page.evaluate(`(${DRAG_SCRIPT})({ selector: '.react-flow__node[data-id="p2"]', frames: ${FRAMES} })`);
        frames[mode].push(...deltas.slice(5));
      }
    }
    const bare = percentile(frames['process-bare'], 95);
    const ours = percentile(frames.process, 95);
    return {
      name: 'process-drag',
      value: ours,
      unit: 'ms',
      ratio: ours / bare,
      note: `bare canvas p95 ${bare.toFixed(1)} ms (goal: ≤ 16.7 ms and ratio ≤ 1.3); initial render ${median(initial.process).toFixed(0)} ms vs bare ${median(initial['process-bare']).toFixed(0)} ms`,
    };
  } finally {
    await close();
  }
}
