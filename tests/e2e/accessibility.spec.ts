import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, type SharedSession, test, useSharedSession } from './fixtures';
import { newDataDir, removeDataDir, startHost } from './host';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

// One test per screen and size, each with one axe scan and its own waits.
// The screens of one size share a host and a page and run in order (the
// sample is loaded once, by the screen that shows it first): a fresh host and
// browser page per screen cost more than the scan itself on a slow machine.

interface Shared extends SharedSession {
  workshopUrl: string;
}

const club = 'TSV Musterstadt 1908 e.V.';

async function openWorkshopDetails({ page, workshopUrl }: Shared): Promise<void> {
  await page.goto(workshopUrl);
  await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Angaben zum Workshop' })).toBeVisible();
}

async function openSampleClub({ page, host }: Shared): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('link', { name: club }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: club })).toBeVisible();
}

/** How to reach each screen, in the order they run: the empty ones first, English last. */
const SCREENS: [string, (shared: Shared) => Promise<void>][] = [
  [
    'start-empty',
    async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByText('Noch keine Vereine')).toBeVisible();
    },
  ],
  [
    'club-create-dialog',
    async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Verein anlegen' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.getByRole('dialog').getByRole('button', { name: 'Verein anlegen' }).click();
      await expect(page.getByText('Der Name fehlt. Bitte geben Sie einen Namen ein.')).toBeVisible();
    },
  ],
  [
    'settings',
    async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('link', { name: 'Einstellungen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    },
  ],
  [
    'workshop-phase',
    async (shared) => {
      await shared.page.goto(shared.host.url);
      await shared.page.getByRole('button', { name: 'Beispiel laden' }).click();
      await expect(shared.page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
      shared.workshopUrl = shared.page.url();
    },
  ],
  [
    'workshop-phase-6',
    async ({ page, workshopUrl }) => {
      await page.goto(workshopUrl);
      await page.getByRole('link', { name: /Wie läuft es heute\?/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Wie läuft es heute?' })).toBeVisible();
    },
  ],
  ['workshop-details', openWorkshopDetails],
  [
    'workshop-delete-confirm',
    async (shared) => {
      await openWorkshopDetails(shared);
      await shared.page.getByRole('button', { name: 'Workshop löschen' }).click();
      await expect(shared.page.getByRole('alertdialog')).toBeVisible();
    },
  ],
  ['club', openSampleClub],
  [
    'workshop-create-dialog',
    async (shared) => {
      await openSampleClub(shared);
      await shared.page.getByRole('button', { name: 'Workshop anlegen' }).click();
      await expect(shared.page.getByRole('dialog').getByLabel('Titel')).toBeFocused();
    },
  ],
  [
    'start',
    async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByRole('heading', { level: 2, name: 'Vereine' })).toBeVisible();
      await expect(page.getByRole('link', { name: club }).first()).toBeVisible();
    },
  ],
  [
    'club-en',
    async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('link', { name: 'Einstellungen' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
      await page.getByRole('link', { name: 'Overview' }).click();
      await page.getByRole('link', { name: club }).first().click();
      await expect(page.getByRole('heading', { level: 2, name: 'Workshops' })).toBeVisible();
    },
  ],
];

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}, no serious or critical accessibility violation on`, () => {
    const shared = useSharedSession({ viewport: size }) as Shared;
    for (const [name, open] of SCREENS) {
      test(name, async () => {
        await open(shared);
        await expectAccessible(shared.page, name);
      });
    }
  });
}

test('a very long club name with umlauts stays readable', async ({ page, host }) => {
  const name = 'Förderverein für Jugend- und Familienarbeit im Stadtteil Süd-Östliche Vorstadt „Grüne Höfe“ e. V. – Bürgerinitiative';
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Verein anlegen' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Verein anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling').toBe(false);
  await expectAccessible(page, 'long-name');
});

test('the storage error screen is accessible', async ({ page }) => {
  const dataDir = newDataDir();
  writeFileSync(join(dataDir, 'vereinswerkstatt.sqlite'), 'kaputt'.repeat(500));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Die Daten konnten nicht geöffnet werden' })).toBeVisible();
    await expectAccessible(page, 'storage-error');
  } finally {
    await page.close();
    await host.stop();
    removeDataDir(dataDir);
  }
});

test('a data folder that cannot be created shows the storage error screen', async ({ page }) => {
  const base = newDataDir();
  writeFileSync(join(base, 'eine-datei'), 'kein Ordner');
  // `--data` under a file: the host starts anyway and names the problem.
  const host = await startHost(join(base, 'eine-datei', 'daten'));
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Die Daten konnten nicht geöffnet werden' })).toBeVisible();
    await expect(page.getByText('Der Datenordner kann nicht angelegt werden: An seiner Stelle liegt eine Datei.')).toBeVisible();
  } finally {
    await page.close();
    await host.stop();
    removeDataDir(base);
  }
});
