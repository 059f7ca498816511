import type { Page } from '@playwright/test';
import { type HostProcess, newDataDir, removeDataDir, startHost } from '../tests/e2e/host';
import { benchBrowser } from './browser';
import { type BenchResult, benchWorkspace, median, percentile, seedDayWorkshop, whenShownScript } from './lib';

const CARDS = 200;
const ADDS = 30;
const WARMUP = 5;
const GOAL_MS = 100;
const FOLLOW_GOAL_MS = 500;

/** A workshop whose phase 4 already holds 200 cards in 5 groups, shown on the projector. */
async function seed(dataDir: string): Promise<{ workshopId: string; phaseId: string }> {
  const { workspace, call } = benchWorkspace(dataDir);
  const { workshopId, phaseId } = await seedDayWorkshop(call, 'voting');
  const clusters: string[] = [];
  for (let c = 0; c < 5; c++) clusters.push((await call<{ id: string }>('clusters.add', { phaseId, name: `Gruppe ${c + 1}` })).id);
  for (let i = 0; i < CARDS; i++) {
    await call('cards.add', { phaseId, text: `Karte ${i + 1}: ein Gedanke aus dem Raum`, clusterId: i % 4 === 0 ? null : clusters[i % 5] });
  }
  await call('workshops.update', { id: workshopId, status: 'running' });
  await call('live.show', { workshopId, phaseId });
  workspace.close();
  return { workshopId, phaseId };
}

/** True once a card with this text is in the page. */
const SEEN = `({ selector, text }) => [...document.querySelectorAll(selector)].some((e) => e.firstChild && e.firstChild.textContent === text)`;

/** Types the card's text and presses Enter, as the coach does; returns the moment of the Enter. */
const ADD_SCRIPT = `(text) => {
  const input = [...document.querySelectorAll('input')].find((i) => i.labels[0] && i.labels[0].textContent === 'Neue Karte');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const t0 = Date.now();
  input.form.requestSubmit();
  return t0;
}`;

async function addOne(moderation: Page, projector: Page, text: string): Promise<{ both: number; projector: number }> {
  const seenHere = moderation.evaluate<number>(whenShownScript(SEEN, { selector: '.idea-card-text', text }, `card not shown: ${text}`));
  const seenThere = projector.evaluate<number>(whenShownScript(SEEN, { selector: '.present-card', text }, `card not shown: ${text}`));
  const t0 = await moderation.evaluate<number>(`(${ADD_SCRIPT})(${JSON.stringify(text)})`);
  const [here, there] = await Promise.all([seenHere, seenThere]);
  return { both: Math.max(here, there) - t0, projector: there - t0 };
}

/**
 * Load that runs beside the coach's typing, e.g. phones adding cards (issue 15:
 * `cards-add-during-burst` is this measure with the participants' burst as its
 * background). Started once both pages show the board, stopped after the last card.
 */
export interface Background {
  /** Arguments for the host, e.g. the address the participants' listener binds to. */
  hostArgs?: readonly string[];
  /** `moderation` is the coach's page, e.g. for starting the phones through the coach's API. */
  start(running: { host: HostProcess; workshopId: string; phaseId: string; moderation: Page }): Promise<{ stop(): Promise<string> }>;
}

/**
 * 200 cards in a phase: adding one by keyboard on the coach's screen until
 * it is painted there and on the projector page (real host, real SQLite,
 * two pages in headless Chromium). Median, ratio to 100 ms.
 */
export const cardsAdd = (): Promise<BenchResult> => measureCardsAdd('cards-add');

/** The measure, alone or with a background load; `name` is the bench line's name. */
export async function measureCardsAdd(name: string, background?: Background): Promise<BenchResult> {
  const dataDir = newDataDir();
  const { workshopId, phaseId } = await seed(dataDir);
  const host = await startHost(dataDir, background?.hostArgs ?? []);
  const { browser, close } = await benchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const moderation = await context.newPage();
    const projector = await context.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await moderation.goto(`${host.url}#/workshops/${workshopId}/phases/${phaseId}`);
    await moderation.getByRole('heading', { name: `Karten (${CARDS})` }).waitFor();
    await projector.goto(`${host.url}#/present/${workshopId}`);
    await projector.locator('.present-card').nth(CARDS - 1).waitFor();
    const load = await background?.start({ host, workshopId, phaseId, moderation });
    const both: number[] = [];
    const follow: number[] = [];
    let loadNote = '';
    try {
      for (let i = 0; i < ADDS; i++) {
        const r = await addOne(moderation, projector, `Neue Karte ${i + 1}`);
        if (i < WARMUP) continue;
        both.push(r.both);
        follow.push(r.projector);
      }
    } finally {
      if (load) loadNote = `; ${await load.stop()}`;
    }
    const value = median(both);
    return {
      name,
      value,
      unit: 'ms',
      ratio: value / GOAL_MS,
      note: `goal ≤ ${GOAL_MS} ms median with ${CARDS} cards; p95 ${percentile(both, 95).toFixed(0)} ms; projector follows in ${median(follow).toFixed(0)} ms median, slowest ${Math.max(...follow).toFixed(0)} ms (goal ≤ ${FOLLOW_GOAL_MS} ms)${loadNote}`,
    };
  } finally {
    await close();
    await host.stop();
    removeDataDir(dataDir);
  }
}
