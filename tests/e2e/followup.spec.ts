import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { callApi } from './helpers';

// Coaching over months: a day workshop with three measures, then
// "Folgetermin anlegen" on the club page; in the Rückblick one measure is
// done and one dropped with a reason; the new action plan carries the open one.
test.use({ hostArgs: ['--now', '2026-06-14T10:00'] });

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Ablauf' });

async function seedDay(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Tafel Musterstadt e.V.' });
  const day = await callApi<{ id: string }>(page, 'workshops.create', {
    organisationId: club.id,
    templateId: 'builtin-vereint-veraenderungen-angehen',
    title: 'Verein(t) Veränderungen angehen',
    date: '2026-03-14',
  });
  await callApi(page, 'workshops.update', { id: day.id, followUpDate: '2026-06-14' });
  for (const [title, owner, dueDate] of [
    ['Fahrplan für die Abholung teilen', 'Fahrdienst', '2026-04-30'],
    ['Spendenquittungen digital ausstellen', 'Kassenwart:in', '2026-05-31'],
    ['Neue Helfer:innen einarbeiten', 'Vorstand', '2026-07-31'],
  ]) {
    await callApi(page, 'measures.create', { workshopId: day.id, title, owner, dueDate });
  }
  return club.id;
}

test('Folgetermin: Rückblick with one done and one dropped, the action plan carries the open one', async ({ page, host }) => {
  const clubId = await seedDay(page, host.url);
  await page.goto(`${host.url}#/clubs/${clubId}`);
  await page.getByRole('button', { name: 'Folgetermin anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Folgetermin' })).toBeVisible();

  await agenda(page).getByRole('link', { name: /Rückblick/ }).click();
  const review = page.getByRole('region', { name: 'Offene Maßnahmen aus früheren Terminen' });
  await expect(review.getByRole('listitem')).toHaveCount(3);

  const done = review.getByRole('form', { name: 'Stand eintragen: Fahrplan für die Abholung teilen' });
  await done.getByLabel('Status').selectOption({ label: 'Erledigt' });
  await done.getByLabel(/Was hat sich getan/).fill('Der Fahrplan hängt im Lager.');
  await done.getByRole('button', { name: 'Eintragen' }).click();
  await expect(review).toContainText('Heute eingetragen: Der Fahrplan hängt im Lager.');

  const dropped = review.getByRole('form', { name: 'Stand eintragen: Spendenquittungen digital ausstellen' });
  await dropped.getByLabel('Status').selectOption({ label: 'Verworfen' });
  await dropped.getByLabel(/Warum verworfen/).fill('Der Dachverband stellt sie jetzt aus.');
  await dropped.getByRole('button', { name: 'Eintragen' }).click();
  await expect(review).toContainText('Verworfen, weil: Der Dachverband stellt sie jetzt aus.');
  await expectAccessible(page, 'the Rückblick');

  await agenda(page).getByRole('link', { name: /Neue Maßnahmen/ }).click();
  const carried = page.getByRole('region', { name: 'Aus früheren Terminen übernommen' });
  await expect(carried.getByRole('listitem')).toHaveCount(1);
  await expect(carried).toContainText('Neue Helfer:innen einarbeiten');
  await expect(carried).toContainText('Aus „Verein(t) Veränderungen angehen“ (14.03.2026)');
});
