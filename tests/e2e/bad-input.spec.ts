import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { newDataDir, removeDataDir, startHost } from './host';

test('missing and unreadable entries get a clear message and nothing is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Verein anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verein anlegen' });
  await dialog.getByLabel('Mitglieder').fill('zwölf');
  await expect(dialog.getByText('Bitte geben Sie eine ganze Zahl ein, zum Beispiel 12.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Verein anlegen' }).click();
  await expect(dialog.getByLabel('Mitglieder')).toBeFocused();
  await dialog.getByLabel('Mitglieder').fill('12');
  await dialog.getByRole('button', { name: 'Verein anlegen' }).click();
  await expect(dialog.getByText('Der Name fehlt. Bitte geben Sie einen Namen ein.')).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByText('Noch keine Vereine')).toBeVisible();

  await page.getByRole('button', { name: 'Verein anlegen' }).click();
  await dialog.getByLabel('Name').fill('Kulturverein');
  await dialog.getByRole('button', { name: 'Verein anlegen' }).click();
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  const workshopDialog = page.getByRole('dialog', { name: 'Workshop anlegen' });
  await workshopDialog.getByLabel('Datum').fill('31.02.2026');
  await expect(workshopDialog.getByText('Bitte geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 14.03.2026.')).toBeVisible();
  await workshopDialog.getByLabel('Titel').fill('');
  await workshopDialog.getByLabel('Datum').fill('');
  await workshopDialog.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(workshopDialog.getByText('Der Titel fehlt. Bitte geben Sie einen Titel ein.')).toBeVisible();

  // Clearing a saved club's name is refused; the old name stays.
  await page.keyboard.press('Escape');
  await page.getByLabel('Name').fill('');
  await expect(page.getByText('Der Name fehlt. Bitte geben Sie einen Namen ein.', { exact: true })).toBeVisible();
  await expect(page.getByText(/Nicht gespeichert/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kulturverein' })).toBeVisible();

  // A negative count says what is allowed and keeps what was typed; a long paste is kept whole and says how much to cut.
  await page.getByLabel('Mitglieder').fill('-5');
  await expect(page.getByText('Die Zahl muss 0 oder größer sein.')).toBeVisible();
  await expect(page.getByLabel('Mitglieder')).toHaveValue('-5');
  const contact = page.getByLabel('Kontakt');
  await contact.fill('x'.repeat(5000));
  await expect(page.getByText(/^Zu lang: höchstens \d+ Zeichen\. Bitte kürzen Sie um \d+ Zeichen\.$/)).toBeVisible();
  await expect(contact).toHaveValue('x'.repeat(5000));
  await contact.fill('Frau Meier');
  await expect(page.getByText(/^Zu lang/)).toHaveCount(0);
});

test.describe('calls that bypass the UI', () => {
  // These requests are refused before they reach the API; the browser logs each refusal.
  test.use({ expectedConsoleErrors: /status of 4(03|13)/ });

  test('the API refuses a 10 MB string and calls without the token, writing nothing', async ({ page, host }) => {
  await page.goto(host.url);
  const results = await page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="vw-token"]')!.content;
    const post = (body: string, headers: Record<string, string>) =>
      fetch('/api/organisations.create', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as unknown }),
      );
    return {
      huge: await post(JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) }), { 'x-vw-token': token }),
      wrongType: await post(JSON.stringify({ name: ['Liste'] }), { 'x-vw-token': token }),
      noToken: await post(JSON.stringify({ name: 'Ohne Schlüssel' }), {}),
    };
  });
  expect(results.huge).toMatchObject({ status: 413, body: { ok: false, error: { messageKey: 'errors.request.tooLarge' } } });
  expect(results.wrongType).toMatchObject({ status: 200, body: { ok: false, error: { kind: 'validation' } } });
  expect(results.noToken).toMatchObject({ status: 403 });
  await page.reload();
  await expect(page.getByText('Noch keine Vereine')).toBeVisible();
  });
});

test('a corrupt database file leads to a screen that names it and offers a fresh start', async ({ page }) => {
  const dataDir = newDataDir();
  writeFileSync(join(dataDir, 'vereinswerkstatt.sqlite'), 'Das ist keine Datenbank. '.repeat(100));
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Die Daten konnten nicht geöffnet werden' })).toBeVisible();
    await expect(page.getByText(join(dataDir, 'vereinswerkstatt.sqlite'))).toBeVisible();
    await page.getByRole('button', { name: 'Datei beiseitelegen und neu beginnen' }).click();
    await expect(page.getByText(/Die alte Datei liegt jetzt hier: .*vereinswerkstatt\.beschaedigt-/)).toBeVisible();
    await page.getByRole('button', { name: 'Weiter zur Übersicht' }).click();
    await expect(page.getByText('Noch keine Vereine')).toBeVisible();
  } finally {
    await page.close();
    await host.stop();
    removeDataDir(dataDir);
  }
});
