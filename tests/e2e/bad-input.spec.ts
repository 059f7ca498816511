import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectAccessible, test, useSharedSession } from './fixtures';
import { callApi } from './helpers';
import { newDataDir, removeDataDir, startHost } from './host';

test('missing and unreadable entries get a clear message and nothing is saved', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Verein anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verein anlegen' });
  await dialog.getByLabel('Mitglieder').fill('zwölf');
  await expect(dialog.getByText('Bitte geben Sie eine ganze Zahl ein, zum Beispiel 12.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Verein anlegen' }).click();
  // Every problem at once, with the first field of the form in focus.
  await expect(dialog.getByText('Der Name fehlt. Bitte geben Sie einen Namen ein.')).toBeVisible();
  await expect(dialog.getByText('Bitte geben Sie eine ganze Zahl ein, zum Beispiel 12.')).toBeVisible();
  await expect(dialog.getByLabel('Name')).toBeFocused();
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
  await expect(workshopDialog.getByText('Diesen Tag gibt es nicht: der 31.02.2026. Bitte prüfen Sie Tag und Monat.')).toBeVisible();
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

test.describe('forms say everything that is wrong, in the app\'s own words', () => {
  const session = useSharedSession();
  let clubUrl = '';
  let workshop: { id: string; phases: { id: string; kind: string }[] };
  test.beforeAll(async () => {
    const { page, host } = session;
    await page.goto(host.url);
    const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Kulturverein' });
    workshop = await callApi(page, 'workshops.create', { organisationId: club.id, templateId: 'builtin-vereint-veraenderungen-angehen', title: 'Tag' });
    await callApi(page, 'measures.create', { workshopId: workshop.id, title: 'Kassenbuch digital' });
    clubUrl = `${host.url}#/clubs/${club.id}`;
  });
  const phaseUrl = (kind: string) => `${session.host.url}#/workshops/${workshop.id}/phases/${workshop.phases.find((p) => p.kind === kind)!.id}`;

  async function workshopDialog() {
    const { page } = session;
    // A plain goto to the same address would keep the last test's dialog open.
    await page.goto('about:blank');
    await page.goto(clubUrl);
    await page.getByRole('button', { name: 'Workshop anlegen' }).first().click();
    return page.getByRole('dialog', { name: 'Workshop anlegen' });
  }

  test('a day that does not exist is named as such', async () => {
    const dialog = await workshopDialog();
    await dialog.getByLabel('Datum').fill('31.02.2027');
    await expect(dialog.getByText('Diesen Tag gibt es nicht: der 31.02.2027. Bitte prüfen Sie Tag und Monat.')).toBeVisible();
  });

  test('an empty title and an unreadable date are both named at once; focus goes to the first', async () => {
    const dialog = await workshopDialog();
    await dialog.getByLabel('Titel').fill('');
    await dialog.getByLabel('Datum').fill('morgen');
    await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
    await expect(dialog.getByText('Der Titel fehlt. Bitte geben Sie einen Titel ein.')).toBeVisible();
    await expect(dialog.getByText('Bitte geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 14.03.2026.')).toBeVisible();
    await expect(dialog.getByLabel('Titel')).toBeFocused();
  });

  test('a planned workshop on a past day gets a gentle hint and is saved', async () => {
    const dialog = await workshopDialog();
    await dialog.getByLabel('Titel').fill('Nachgetragen');
    await dialog.getByLabel('Datum').fill('01.01.2020');
    await expect(dialog.getByText(/^Dieser Tag liegt in der Vergangenheit\./)).toBeVisible();
    await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
    await expect(session.page.getByRole('heading', { level: 1, name: 'Nachgetragen' })).toBeVisible();
  });

  test('progress dated in the future is refused with a clear message', async () => {
    const { page } = session;
    await page.goto(phaseUrl('actions'));
    await page.getByRole('button', { name: 'Kassenbuch digital', exact: true }).click();
    await page.getByRole('dialog', { name: 'Maßnahme bearbeiten' }).getByRole('button', { name: 'Fortschritt eintragen' }).click();
    const follow = page.getByRole('dialog', { name: 'Fortschritt eintragen' });
    await follow.getByLabel(/^Datum/).fill('01.01.2099');
    await follow.getByLabel(/^Was hat sich getan\?/).fill('Schon erledigt');
    await follow.getByRole('button', { name: 'Fortschritt speichern' }).click();
    await expect(follow.getByText('Ein Fortschritt kann nicht in der Zukunft liegen. Bitte wählen Sie heute oder einen früheren Tag.')).toBeVisible();
    await expect(follow.getByLabel(/^Datum/)).toBeFocused();
  });

  test('after "Ablauf anlegen" the keyboard is in the first step\'s text', async () => {
    const { page } = session;
    await page.goto(phaseUrl('process_current'));
    await page.getByRole('button', { name: 'Ablauf anlegen' }).click();
    await expect(page.getByLabel('Was passiert?')).toBeFocused();
  });

  test('the report\'s logo is chosen with a button in the app\'s words, and the file\'s name is shown', async () => {
    const { page } = session;
    await page.goto(`${session.host.url}#/workshops/${workshop.id}/details`);
    await page.getByRole('button', { name: 'Bericht erstellen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bericht erstellen' });
    await expect(dialog.getByText('Kein Bild gewählt.')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Bild auswählen …' }).click();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    await (await chooser).setFiles({ name: 'vereinslogo.png', mimeType: 'image/png', buffer: png });
    await expect(dialog.getByText('Gewählt: vereinslogo.png')).toBeVisible();
    await expectAccessible(page, 'report dialog with its logo button');
  });
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
