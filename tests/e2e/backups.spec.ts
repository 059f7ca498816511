import { expect, test } from './fixtures';
import { createClub } from './helpers';

test('a backup made by hand brings the earlier state back, and the state before is kept', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'Vorher e.V.');

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sicherungen' })).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt sichern' }).click();
  await expect(page.getByText('Die Sicherung ist angelegt.')).toBeVisible();
  const manual = page.getByRole('row').filter({ hasText: 'Von Hand' });
  await expect(manual).toHaveCount(1);
  await expect(manual.getByRole('cell').nth(3)).toHaveText('1');

  await page.getByRole('link', { name: 'Übersicht' }).click();
  await createClub(page, 'Nachher e.V.');

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await manual.getByRole('button', { name: /wiederherstellen/ }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('als eigene Sicherung abgelegt');
  await dialog.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/ist wiederhergestellt/)).toBeVisible();
  const kept = page.getByRole('row').filter({ hasText: 'Vor dem Wiederherstellen' });
  await expect(kept.getByRole('cell').nth(3)).toHaveText('2');

  await page.getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.getByRole('link', { name: 'Vorher e.V.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nachher e.V.' })).toHaveCount(0);
});
