import type { Page } from '@playwright/test';
import { newDataDir, removeDataDir, startHost } from '../tests/e2e/host';
import { benchBrowser } from './browser';
import { type BenchResult, benchWorkspace, median, percentile, seedDayWorkshop, whenShownScript } from './lib';

const CARDS = 40;
const ADDS = 12;
const WARMUP = 2;
const GOAL_MS = 500;

/** A running workshop whose first card phase holds 40 cards, shown on the projector. */
async function seed(dataDir: string): Promise<{ workshopId: string; phaseId: string }> {
  const { workspace, call } = benchWorkspace(dataDir);
  const { workshopId, phaseId } = await seedDayWorkshop(call, 'cards');
  for (let i = 0; i < CARDS; i++) await call('cards.add', { phaseId, text: `Karte ${i + 1}: ein Gedanke aus dem Raum, gut lesbar` });
  await call('workshops.update', { id: workshopId, status: 'running' });
  await call('live.show', { workshopId, phaseId });
  workspace.close();
  return { workshopId, phaseId };
}

/** True once the projector's page line counts this many cards and nothing scrolls: the new card is laid out and paged. */
const FITTED = `(total) => {
  const range = document.querySelector('.present-range');
  return !!range && range.textContent.endsWith(' ' + total) && document.scrollingElement.scrollHeight <= innerHeight;
}`;

async function addOne(moderation: Page, projector: Page, total: number): Promise<number> {
  const seen = projector.evaluate<number>(whenShownScript(FITTED, total, `not fitted: ${total}`));
  const t0 = Date.now();
  await moderation.getByLabel('Neue Karte').fill(`Neue Karte ${total}`);
  await moderation.getByLabel('Neue Karte').press('Enter');
  return (await seen) - t0;
}

/**
 * The projector follows the coach: from a card added on the coach's screen
 * until the projector shows it laid out in its pages ("Karten … von 41"),
 * 40 cards, at 1366 × 768. Median, ratio to 500 ms.
 */
export async function projectorFit(): Promise<BenchResult> {
  const dataDir = newDataDir();
  const { workshopId, phaseId } = await seed(dataDir);
  const host = await startHost(dataDir);
  const { browser, close } = await benchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const moderation = await context.newPage();
    const projector = await context.newPage();
    await moderation.goto(`${host.url}#/workshops/${workshopId}/phases/${phaseId}`);
    await moderation.getByRole('heading', { name: `Karten (${CARDS})` }).waitFor();
    await projector.goto(`${host.url}#/present/${workshopId}`);
    await projector.locator('.present-range').waitFor();
    const times: number[] = [];
    for (let i = 0; i < ADDS; i++) {
      const ms = await addOne(moderation, projector, CARDS + i + 1);
      if (i >= WARMUP) times.push(ms);
    }
    const value = median(times);
    return {
      name: 'projector-fit',
      value,
      unit: 'ms',
      ratio: value / GOAL_MS,
      note: `goal ≤ ${GOAL_MS} ms median with ${CARDS} cards; p95 ${percentile(times, 95).toFixed(0)} ms`,
    };
  } finally {
    await close();
    await host.stop();
    removeDataDir(dataDir);
  }
}
