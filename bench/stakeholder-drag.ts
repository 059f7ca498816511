import type { Page } from '@playwright/test';
import { DRAG_SCRIPT, READY_SCRIPT, benchBrowser } from './browser';
import { type BenchResult, median, percentile } from './lib';

const NODES = 300;
const EDGES = 500;
const FRAMES = 120;
const ROUNDS = 3;

async function openCanvas(page: Page, url: string, mode: 'bare' | 'stakeholders'): Promise<number> {
  await page.goto(`${url}canvas.html?mode=${mode}&n=${NODES}&e=${EDGES}`);
  return page.evaluate(`(${READY_SCRIPT})({ count: ${NODES} })`);
}

async function dragFrames(page: Page): Promise<number[]> {
  // A node near the middle, as in a real session; the same one in both canvases.
  return page.evaluate(`(${DRAG_SCRIPT})({ selector: '.react-flow__node[data-id="s17"]', frames: ${FRAMES} })`);
}

/**
 * Dragging a stakeholder on a map of 300 stakeholders and 500 relations,
 * against a bare React Flow canvas with as many default nodes and edges, in
 * the same run and browser: p95 frame time and the ratio of the two.
 */
export async function stakeholderDrag(): Promise<BenchResult> {
  const { url, browser, close } = await benchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const frames = { bare: [] as number[], stakeholders: [] as number[] };
    const initial = { bare: [] as number[], stakeholders: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of ['bare', 'stakeholders'] as const) {
        initial[mode].push(await openCanvas(page, url, mode));
        frames[mode].push(...(await dragFrames(page)).slice(5));
      }
    }
    const p95 = { bare: percentile(frames.bare, 95), stakeholders: percentile(frames.stakeholders, 95) };
    const init = { bare: median(initial.bare), stakeholders: median(initial.stakeholders) };
    return {
      name: 'stakeholder-drag',
      value: p95.stakeholders,
      unit: 'ms',
      ratio: p95.stakeholders / p95.bare,
      note: `bare canvas p95 ${p95.bare.toFixed(1)} ms (goal: ≤ 16.7 ms and ratio ≤ 1.3); initial render ${init.stakeholders.toFixed(0)} ms vs bare ${init.bare.toFixed(0)} ms (ratio ${(init.stakeholders / init.bare).toFixed(2)}, goal ≤ 1.5)`,
    };
  } finally {
    await close();
  }
}
