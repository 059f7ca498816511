import type { Page } from '@playwright/test';
import { OPEN_SHOWN } from '../src-renderer/features/actions/measure-filter';
import { benchBrowser } from './browser';
import { type BenchResult, benchWorkspace, median, nowMs, withTempDir } from './lib';
import { HISTORY_ENTRIES, HISTORY_MEASURES, HISTORY_SESSIONS, HISTORY_TODAY, createSyntheticClubHistory } from './synthetic-club-history';

const GOAL_MS = 200;
const API_ROUNDS = 30;
const MOUNTS = 15;
const WARM_UP = 3;

/** What the club page asks for when it opens (ClubPage, OpenMeasures, ClubTimeline). */
const CALLS = (id: string): [string, unknown][] => [
  ['organisations.get', { id }],
  ['workshops.list', { organisationId: id }],
  ['measures.open', { organisationId: id }],
  ['organisations.timeline', { id }],
];

/** Mounts the page and resolves with the time until it is complete (every open measure, the timeline's tables) and painted. */
const MOUNT_SCRIPT = `async ({ id, answers, open }) => {
  const t0 = performance.now();
  window.mountClub(id, answers);
  for (;;) {
    await new Promise((r) => setTimeout(r, 0));
    const done = document.querySelectorAll('.open-list > li').length === Math.min(open, ${OPEN_SHOWN})
      && document.querySelector('.timeline-today') !== null
      && document.querySelectorAll('.sparkline').length === 8
      && document.querySelectorAll('.timeline > li').length === ${HISTORY_SESSIONS};
    if (done) break;
    if (window.benchMissing.length > 0) throw new Error('the page asked for ' + window.benchMissing.join(', '));
    if (performance.now() - t0 > 10000) throw new Error('the club page did not complete');
  }
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  return performance.now() - t0;
}`;

async function renderTimes(page: Page, id: string, answers: Record<string, unknown>, open: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < MOUNTS; i++) times.push(await page.evaluate(`(${MOUNT_SCRIPT})(${JSON.stringify({ id, answers, open })})`));
  return times.slice(WARM_UP);
}

/**
 * The club page of a club coached over a year (12 sessions, 300 measures,
 * 1,500 progress entries): the page's API calls in the core, then the real
 * page in headless Chromium from their answers. Median API time plus median
 * render time, ratio to 200 ms.
 */
export function clubTimeline(): Promise<BenchResult> {
  return withTempDir(async (dir) => {
    const { workspace, call } = benchWorkspace(dir, () => new Date(`${HISTORY_TODAY}T12:00:00`));
    const id = createSyntheticClubHistory(workspace.context);
    const apiTimes: number[] = [];
    const answers: Record<string, unknown> = {};
    for (let round = 0; round < API_ROUNDS; round++) {
      const start = nowMs();
      for (const [name, input] of CALLS(id)) answers[name] = await call(name, input);
      apiTimes.push(nowMs() - start);
    }
    workspace.close();
    const open = (answers['measures.open'] as { measures: unknown[] }).measures.length;
    const { url, browser, close } = await benchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${url}club.html`);
      await page.waitForFunction('typeof window.mountClub === "function"');
      const renders = await renderTimes(page, id, answers, open);
      const api = median(apiTimes.slice(5));
      const ui = median(renders);
      const value = api + ui;
      return {
        name: 'club-timeline',
        value,
        unit: 'ms',
        ratio: value / GOAL_MS,
        note: `API ${api.toFixed(1)} ms + page ${ui.toFixed(1)} ms (medians; slowest mount ${Math.max(...renders).toFixed(0)} ms); ${HISTORY_SESSIONS} sessions, ${HISTORY_MEASURES} measures (${open} open), ${HISTORY_ENTRIES} progress entries; goal ≤ ${GOAL_MS} ms`,
      };
    } finally {
      await close();
    }
  });
}
