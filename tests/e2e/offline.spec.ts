import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApi } from './helpers';

// "Nothing leaves the laptop", checked in the browser host: every request of
// every page in the context (the coach's page, the projector, their workers,
// web sockets) is recorded during a whole day with the sample workshop, from
// the first screen through every phase of the agenda to the Word report. Only the
// host's own origin may be asked; data: and blob: addresses stay in memory.

/** Records every address the pages of a context ask for, from the first request on. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  const watch = (page: Page): void => {
    page.on('websocket', (socket) => urls.push(socket.url()));
    page.on('worker', (worker) => urls.push(worker.url()));
  };
  context.on('request', (request) => urls.push(request.url()));
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return urls;
}

function foreign(urls: readonly string[], ownOrigin: string): string[] {
  return urls.filter((url) => {
    const { protocol, origin } = new URL(url);
    return origin !== ownOrigin && protocol !== 'data:' && protocol !== 'blob:';
  });
}

/** The sample club, loaded from the first screen: its workshop's id, with the recorder already on. */
async function loadSample(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await expect(page.getByRole('navigation', { name: 'Ablauf' })).toBeVisible();
  return /#\/workshops\/([^/]+)/.exec(page.url())![1]!;
}

/** The recorder saw the app at work (scripts, styles, API calls), and nothing went elsewhere. */
function expectOnlyOwnOrigin(urls: readonly string[], ownOrigin: string): void {
  expect(urls.filter((url) => url.startsWith(`${ownOrigin}/api/`)).length).toBeGreaterThan(3);
  expect(foreign(urls, ownOrigin)).toEqual([]);
}

// Two tests, one day: walking every phase with the projector, then the report.
test('the sample day, every phase on the coach\'s screen and the projector, asks nothing but the app itself', async ({ page, host }) => {
  const urls = recordRequests(page.context());
  const workshopId = await loadSample(page, host.url);
  // The agenda as the sample has it (breaks included), in the order "Nächste Phase" walks it.
  const { phases } = await callApi<{ phases: { title: string }[] }>(page, 'workshops.get', { id: workshopId });
  await expect(page.getByRole('heading', { level: 2, name: phases[0]!.title })).toBeVisible();
  await page.getByRole('button', { name: 'Workshop wieder öffnen' }).click();
  await expect(page.getByText('Der Projektor zeigt diese Phase.')).toBeVisible();
  const [projector] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Projektor öffnen' }).click()]);
  await expect(projector.getByRole('heading', { level: 1, name: phases[0]!.title })).toBeVisible();

  for (const { title } of phases.slice(1)) {
    await page.getByRole('link', { name: 'Nächste Phase' }).click();
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
    await expect(projector.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Nächste Phase' })).toHaveCount(0);
  expectOnlyOwnOrigin(urls, new URL(host.url).origin);
});

test('making the sample day\'s Word report asks nothing but the app itself', async ({ page, host }) => {
  const urls = recordRequests(page.context());
  await loadSample(page, host.url);
  await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();
  await page.getByRole('button', { name: 'Bericht erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bericht erstellen' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Bericht speichern' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(dialog).toHaveCount(0);
  expectOnlyOwnOrigin(urls, new URL(host.url).origin);
});
