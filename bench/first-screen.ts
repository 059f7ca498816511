import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { newDataDir, removeDataDir, startHost } from '../tests/e2e/host';
import { type BenchResult, median } from './lib';

/** The start screen within a second; `cold-start` uses the same goal. */
export const FIRST_SCREEN_GOAL_MS = 1000;
const RUNS = 7;

/** DOMContentLoaded of the browser host's first screen in headless Chromium, fresh page each run. */
export async function firstScreen(): Promise<BenchResult> {
  const dataDir = newDataDir();
  const host = await startHost(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(host.url, { waitUntil: 'domcontentloaded' });
      const dcl = await page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return nav ? nav.domContentLoadedEventEnd - nav.startTime : Number.NaN;
      });
      times.push(dcl);
      await context.close();
    }
    const value = median(times.slice(1));
    return { name: 'first-screen', value, unit: 'ms', ratio: value / FIRST_SCREEN_GOAL_MS, note: `goal ≤ ${FIRST_SCREEN_GOAL_MS} ms` };
  } finally {
    await browser.close();
    await host.stop();
    removeDataDir(dataDir);
  }
}
