import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { newDataDir, removeDataDir, startHost } from './host';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** axe on the screen, plus a screenshot to look at (test-results/screens). */
async function check(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  const size = page.viewportSize()!;
  await page.screenshot({ path: join('test-results', 'screens', `${name}-${size.width}.png`), fullPage: true });
}

for (const size of SIZES) {
  test.describe(`every screen at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('has no serious or critical accessibility violation', async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByText('Noch keine Vereine')).toBeVisible();
      await check(page, 'start-empty');

      await page.getByRole('button', { name: 'Verein anlegen' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Verein anlegen' }).click();
      await expect(page.getByText('Der Name fehlt. Bitte geben Sie einen Namen ein.')).toBeVisible();
      await check(page, 'club-create-dialog');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Beispiel laden' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
      await check(page, 'workshop-phase');

      await page.getByRole('link', { name: /Wie läuft es heute\?/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Wie läuft es heute?' })).toBeVisible();
      await check(page, 'workshop-phase-6');

      await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Angaben zum Workshop' })).toBeVisible();
      await check(page, 'workshop-details');

      await page.getByRole('button', { name: 'Workshop löschen' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await check(page, 'workshop-delete-confirm');
      await page.keyboard.press('Escape');

      await page.getByRole('link', { name: 'TSV Musterstadt 1908 e.V.' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'TSV Musterstadt 1908 e.V.' })).toBeVisible();
      await check(page, 'club');

      await page.getByRole('button', { name: 'Workshop anlegen' }).click();
      await expect(page.getByRole('dialog').getByLabel('Titel')).toBeFocused();
      await check(page, 'workshop-create-dialog');
      await page.keyboard.press('Escape');

      await page.getByRole('link', { name: 'Übersicht' }).first().click();
      await expect(page.getByRole('heading', { level: 2, name: 'Vereine' })).toBeVisible();
      await check(page, 'start');

      await page.getByRole('link', { name: 'Einstellungen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
      await check(page, 'settings');

      await page.getByRole('radio', { name: 'English' }).check();
      await page.getByRole('link', { name: 'Overview' }).click();
      await page.getByRole('link', { name: 'TSV Musterstadt 1908 e.V.' }).first().click();
      await expect(page.getByRole('heading', { level: 2, name: 'Workshops' })).toBeVisible();
      await check(page, 'club-en');
    });
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
  await check(page, 'long-name');
});

test('the storage error screen is accessible', async ({ page }) => {
  const dataDir = newDataDir();
  writeFileSync(join(dataDir, 'vereinswerkstatt.sqlite'), 'kaputt'.repeat(500));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Die Daten konnten nicht geöffnet werden' })).toBeVisible();
    await check(page, 'storage-error');
  } finally {
    await page.close();
    await host.stop();
    removeDataDir(dataDir);
  }
});
