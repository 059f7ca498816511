import { expect, test } from './fixtures';
import { createClub, createWorkshop, expectSaved } from './helpers';

const CLUB = 'Förderverein der Grundschule „Am Bächle“ e.V.';

test('a new coach creates a club and a workshop, writes a note, and finds everything again after a reload and a restart', async ({
  page,
  host,
  restartHost,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(page.getByText('Noch keine Vereine')).toBeVisible();

  await createClub(page, CLUB);
  await expect(page.getByText('Noch keine Workshops')).toBeVisible();
  await createWorkshop(page, { date: '14.03.2026', place: 'Aula' });

  const agenda = page.getByRole('navigation', { name: 'Ablauf' });
  await expect(agenda.getByRole('listitem')).toHaveCount(11);
  await expect(agenda).toContainText('Zusammen: 7 Std.');
  await agenda.getByRole('link', { name: /Wer ist beteiligt\?/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Wer ist beteiligt?' })).toBeVisible();
  await expect(page.getByText('Phase 6 von 11')).toBeVisible();
  // Goal, prompts and hints wait folded above the tool until the coach opens them.
  await page.getByRole('button', { name: 'Ziel, Fragen und Hinweise' }).click();
  await expect(page.getByRole('heading', { name: 'Hinweise für die Moderation' })).toBeVisible();

  const note = 'Eltern früh einbinden – „Übungsleiter:innen“ fragen & Datenschutz klären 👍';
  await page.getByLabel('Notizen zu dieser Phase').fill(note);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByLabel('Notizen zu dieser Phase')).toHaveValue(note);

  const restarted = await restartHost();
  await page.goto(restarted.url);
  await page.getByRole('link', { name: 'Verein(t) Veränderungen angehen' }).click();
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: /Wer ist beteiligt\?/ }).click();
  await expect(page.getByLabel('Notizen zu dieser Phase')).toHaveValue(note);
  await expect(page.getByText('14.03.2026')).toBeVisible();
  await page.getByRole('link', { name: CLUB }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLUB })).toBeVisible();
});

test('the sample club can be loaded and looked around in', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verein(t) Veränderungen angehen' })).toBeVisible();
  await expect(page.getByLabel('Notizen zu dieser Phase')).toHaveValue(/Zettelwirtschaft/);
  await page.getByRole('link', { name: 'Nächste Phase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Unser Verein heute' })).toBeVisible();
  await page.getByRole('link', { name: 'TSV Musterstadt 1908 e.V.' }).click();
  // Wait for the club's page: the self-check just left also names "Mitglieder".
  await expect(page.getByRole('heading', { level: 1, name: 'TSV Musterstadt 1908 e.V.' })).toBeVisible();
  await expect(page.getByLabel('Mitglieder', { exact: true })).toHaveValue('420');
});

test('club details are saved as the coach types', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'Tafel Musterstadt');
  await page.getByLabel('Ehrenamtliche').fill('64');
  await page.getByLabel('Kontakt').fill('Frau Özdemir, 0123 456789');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Ehrenamtliche')).toHaveValue('64');
  await expect(page.getByLabel('Kontakt')).toHaveValue('Frau Özdemir, 0123 456789');
});
