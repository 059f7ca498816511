import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the coach passes a workshop on as a file and imports it on the start screen as a new club', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
  await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Datei weitergeben' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^TSV Musterstadt.*\.vwerkstatt$/);
  const bytes = readFileSync(await download.path());

  await page.getByRole('link', { name: 'Übersicht' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();

  await page.getByTestId('archive-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bytes });
  const report = page.getByRole('dialog', { name: 'Import abgeschlossen' });
  await expect(report.getByText('Der Verein „TSV Musterstadt 1908 e.V.“ ist als neuer Verein angelegt.')).toBeVisible();
  await expect(report.getByText('Karten: 20')).toBeVisible();
  await expect(report.getByText('Alles wurde übernommen.')).toBeVisible();
  await report.getByRole('button', { name: 'Verein öffnen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'TSV Musterstadt 1908 e.V.' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Verein\(t\) Veränderungen angehen/ }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Übersicht' }).first().click();
  // The sample and the imported copy, side by side in the list of clubs.
  await expect(page.getByRole('region', { name: 'Vereine', exact: true }).getByRole('link', { name: /TSV Musterstadt 1908 e\.V\./ })).toHaveCount(2);
});

test.describe('a file that is not a workshop file', () => {
  // A refused file answers 400 (validation), which the browser logs.
  test.use({ expectedConsoleErrors: /status of 400/ });

  test('is refused on the start screen with a clear message, and nothing is written', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 2, name: 'Vereine' })).toBeVisible();
    await page.getByTestId('archive-file').setInputFiles({ name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('keine Werkstatt-Datei') });
    const refused = page.getByRole('alertdialog', { name: 'Die Datei wurde nicht importiert' });
    await expect(refused.getByText('Diese Datei ist keine Vereinswerkstatt-Datei (.vwerkstatt) oder sie ist beschädigt.')).toBeVisible();
    await expect(refused.getByText('Es wurde nichts gespeichert.', { exact: false })).toBeVisible();
    await refused.getByRole('button', { name: 'Schließen' }).click();
    await expect(page.getByText('Noch keine Vereine')).toBeVisible();
  });
});
