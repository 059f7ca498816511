import { expect, expectAccessible, test } from './fixtures';
import { printPath } from '../../src-main/contract';
import { callApi, createClub, createWorkshop } from './helpers';

// Built-in templates in both languages: a new workshop speaks the UI's
// language (or the one the coach picks), and keeps it when the UI changes.

test('with the app in English, a new workshop from the day template is in English', async ({ page, host }) => {
  await page.goto(host.url);
  await callApi(page, 'settings.update', { language: 'en' });
  await page.reload();
  await page.getByRole('button', { name: 'Add club' }).first().click();
  await page.getByRole('dialog', { name: 'Add club' }).getByLabel('Name').fill('Riverside Rowing Club');
  await page.getByRole('dialog', { name: 'Add club' }).getByRole('button', { name: 'Add club' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Riverside Rowing Club' })).toBeVisible();

  await page.getByRole('button', { name: 'Add workshop' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add workshop' });
  await expect(dialog.getByLabel('Template')).toContainText('Taking on change together');
  await expect(dialog.getByLabel('Workshop language')).toHaveValue('en');
  await expect(dialog.getByLabel('Title')).toHaveValue('Taking on change together');
  await expectAccessible(page, 'the “Add workshop” dialog with its language choice');
  await dialog.getByRole('button', { name: 'Add workshop' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Taking on change together' })).toBeVisible();
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await expect(agenda.getByRole('link', { name: /Coffee break/ })).toBeVisible();
  await agenda.getByRole('link', { name: /Arrival & expectations/ }).click();
  await expect(page.getByRole('heading', { name: 'Arrival & expectations' }).first()).toBeVisible();
  await expect(page.getByText('What do you hope to get out of today?').first()).toBeAttached();
});

test('a German workshop stays German when the app switches to English; its report defaults to German', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'TSV Musterstadt 1908 e.V.');
  await createWorkshop(page);
  await callApi(page, 'settings.update', { language: 'en' });
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Verein(t) Veränderungen angehen' })).toBeVisible();
  const agenda = page.getByRole('navigation', { name: 'Agenda' });
  await expect(agenda.getByRole('link', { name: /Ankommen & Erwartungen/ })).toBeVisible();
  await expect(agenda.getByRole('link', { name: /Mittagspause/ })).toBeVisible();

  await page.getByRole('link', { name: 'About the workshop' }).click();
  await page.getByRole('button', { name: 'Create report' }).click();
  const report = page.getByRole('dialog', { name: 'Create report' });
  await expect(report.getByRole('radio', { name: 'German' })).toBeChecked();
  await expect(report.getByRole('radio', { name: 'English' })).not.toBeChecked();
  await page.keyboard.press('Escape');

  // The printed agenda is German too; only the toolbar around it follows the app.
  const workshopId = /#\/workshops\/([^/]+)/.exec(page.url())![1]!;
  await page.goto(`${new URL(host.url).origin}/${printPath(workshopId, 'agenda')}`);
  await expect(page.locator('html[data-print-ready]')).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: 'Uhrzeit' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the workshop' })).toBeVisible();
});
