import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { newDataDir, removeDataDir, startHost } from './host';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

// One test per screen and size, each with one axe scan: a slow machine makes a
// test slower, never makes it run out of time because other screens came first.
// Each step waits for its own state before the next one.

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
}

async function openSampleClub(page: Page): Promise<void> {
  await loadSample(page);
  await page.getByRole('link', { name: 'TSV Musterstadt 1908 e.V.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TSV Musterstadt 1908 e.V.' })).toBeVisible();
}

async function openWorkshopDetails(page: Page): Promise<void> {
  await loadSample(page);
  await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Angaben zum Workshop' })).toBeVisible();
}

/** How to reach each screen from the start page of a fresh data folder. */
const SCREENS: Record<string, (page: Page) => Promise<void>> = {
  'start-empty': async (page) => {
    await expect(page.getByText('Noch keine Vereine')).toBeVisible();
  },
  'club-create-dialog': async (page) => {
    await page.getByRole('button', { name: 'Verein anlegen' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Verein anlegen' }).click();
    await expect(page.getByText('Der Name fehlt. Bitte geben Sie einen Namen ein.')).toBeVisible();
  },
  'workshop-phase': loadSample,
  'workshop-phase-6': async (page) => {
    await loadSample(page);
    await page.getByRole('link', { name: /Wie läuft es heute\?/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Wie läuft es heute?' })).toBeVisible();
  },
  'workshop-details': openWorkshopDetails,
  'workshop-delete-confirm': async (page) => {
    await openWorkshopDetails(page);
    await page.getByRole('button', { name: 'Workshop löschen' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
  },
  club: openSampleClub,
  'workshop-create-dialog': async (page) => {
    await openSampleClub(page);
    await page.getByRole('button', { name: 'Workshop anlegen' }).click();
    await expect(page.getByRole('dialog').getByLabel('Titel')).toBeFocused();
  },
  start: async (page) => {
    await loadSample(page);
    await page.getByRole('link', { name: 'Übersicht' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Vereine' })).toBeVisible();
  },
  settings: async (page) => {
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  },
  'club-en': async (page) => {
    await loadSample(page);
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('link', { name: 'TSV Musterstadt 1908 e.V.' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Workshops' })).toBeVisible();
  },
};

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}, no serious or critical accessibility violation on`, () => {
    test.use({ viewport: size });
    for (const [name, open] of Object.entries(SCREENS)) {
      test(name, async ({ page, host }) => {
        await page.goto(host.url);
        await open(page);
        await expectAccessible(page, name);
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
