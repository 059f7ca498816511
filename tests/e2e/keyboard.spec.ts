import { expect, test } from './fixtures';
import { tabTo } from './helpers';

test('a club and a workshop are created and deleted with the keyboard only', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeFocused();

  // Create a club: the dialog puts focus into the name field.
  await tabTo(page, 'Verein anlegen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Verein anlegen' })).toBeVisible();
  await page.keyboard.type('Nachbarschaftshilfe Süd e.V.');
  await tabTo(page, /^Mitglieder/);
  await page.keyboard.type('45');
  await tabTo(page, 'Verein anlegen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nachbarschaftshilfe Süd e.V.' })).toBeFocused();

  // Escape closes a dialog without creating anything.
  await tabTo(page, 'Workshop anlegen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Workshop anlegen' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Noch keine Workshops')).toBeVisible();

  // Create a workshop from the template.
  await tabTo(page, 'Workshop anlegen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Workshop anlegen' }).getByLabel('Titel')).toBeFocused();
  await tabTo(page, /^Datum/);
  await page.keyboard.type('21.11.2026');
  await tabTo(page, 'Workshop anlegen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Verein(t) Veränderungen angehen' })).toBeFocused();

  // Walk to a phase and write a note.
  await tabTo(page, /Unsere Werte/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Unsere Werte' })).toBeVisible();
  await tabTo(page, 'Notizen zu dieser Phase');
  await page.keyboard.type('Teilhabe, Verlässlichkeit');
  await expect(page.getByText(/Gespeichert um/)).toBeVisible();

  // Delete the workshop, then the club; each asks first, with focus on "Abbrechen".
  await tabTo(page, 'Angaben zum Workshop');
  await page.keyboard.press('Enter');
  // Past the details and the agenda editor.
  await tabTo(page, 'Workshop löschen', 150);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Das lässt sich nicht rückgängig machen.');
  await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nachbarschaftshilfe Süd e.V.' })).toBeFocused();
  await expect(page.getByText('Noch keine Workshops')).toBeVisible();

  await tabTo(page, 'Verein löschen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog', { name: /Nachbarschaftshilfe Süd e\.V\./ })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeFocused();
  await expect(page.getByText('Noch keine Vereine')).toBeVisible();
});
