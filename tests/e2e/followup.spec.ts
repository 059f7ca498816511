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

interface Detail {
  id: string;
  phases: { id: string; key: string }[];
}

test('the chosen topic stands above the later phases; the action plan offers pain points and ideas without a measure', async ({ page, host }) => {
  const clubId = await seedDay(page, host.url);
  const [day] = (await callApi<{ id: string }[]>(page, 'workshops.list', { organisationId: clubId })).map((w) => w.id);
  const detail = await callApi<Detail>(page, 'workshops.get', { id: day });
  const phaseId = (key: string) => detail.phases.find((p) => p.key === key)!.id;
  const group = await callApi<{ id: string }>(page, 'clusters.add', { phaseId: phaseId('thema-waehlen'), name: 'Wissen dokumentieren' });
  await callApi(page, 'votes.start', { phaseId: phaseId('thema-waehlen'), target: 'clusters', dotsPerPerson: 3, participants: 8 });
  await callApi(page, 'votes.choose', { phaseId: phaseId('thema-waehlen'), targetId: group.id });
  const ist = await callApi<{ id: string; lanes: { id: string }[] }>(page, 'process.create', { workshopId: day, variant: 'ist', laneNames: ['Vorstand'] });
  const { step } = await callApi<{ step: { id: string } }>(page, 'process.steps.add', { diagramId: ist.id, laneId: ist.lanes[0]!.id, label: 'Kasse übergeben' });
  await callApi(page, 'process.markers.add', { stepId: step.id, kind: 'pain', text: 'Übergabe nur mündlich', severity: 3 });
  await callApi(page, 'process.markers.add', { stepId: step.id, kind: 'idea', text: 'Übergabemappe anlegen', severity: null });

  await page.goto(`${host.url}#/workshops/${day}/phases/${phaseId('thema-waehlen')}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Veränderungsthema wählen' })).toBeVisible();
  await expect(page.getByText('Unser Thema: Wissen dokumentieren')).toHaveCount(0);
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await expect(page.getByText('Unser Thema: Wissen dokumentieren')).toBeVisible();

  const unplanned = page.getByRole('region', { name: 'Noch ohne Maßnahme' });
  await expect(unplanned.getByRole('listitem')).toHaveCount(2);
  await expect(unplanned.getByRole('listitem').first()).toContainText('Übergabe nur mündlich');
  await unplanned.getByRole('button', { name: 'Maßnahme daraus machen: Übergabe nur mündlich' }).click();
  const dialog = page.getByRole('dialog', { name: 'Maßnahme daraus machen' });
  await expect(dialog.getByLabel('Titel')).toHaveValue('Übergabe nur mündlich');
  await dialog.getByLabel('Titel').fill('Übergabe schriftlich festhalten');
  await dialog.getByRole('button', { name: 'Maßnahme anlegen' }).click();
  await expect(unplanned.getByRole('listitem')).toHaveCount(1);
  await expect(unplanned).not.toContainText('Übergabe nur mündlich');
  await expectAccessible(page, 'the action plan with the unplanned list');

  const next = await callApi<{ id: string }>(page, 'workshops.createFollowUp', { organisationId: clubId, followsWorkshopId: day, title: 'Folgetermin' });
  await page.goto(`${host.url}#/workshops/${next.id}`);
  await agenda(page).getByRole('link', { name: /Rückblick/ }).click();
  await expect(page.getByText('Unser Thema: Wissen dokumentieren')).toBeVisible();
  await expect(page.getByText('gewählt in „Verein(t) Veränderungen angehen“')).toBeVisible();
});

test('the projector shows the carried-over measures in the follow-up’s action plan, marked by their source', async ({ page, host }) => {
  const clubId = await seedDay(page, host.url);
  const next = await callApi<Detail>(page, 'workshops.createFollowUp', { organisationId: clubId, title: 'Folgetermin' });
  await callApi(page, 'measures.create', { workshopId: next.id, title: 'Sprechstunde für Ehrenamtliche', owner: 'Vorstand' });
  await callApi(page, 'live.show', { workshopId: next.id, phaseId: next.phases.find((p) => p.key === 'massnahmen')!.id });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}#/present/${next.id}`);
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('columnheader', { name: 'Aus dem Termin' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Neue Helfer:innen einarbeiten/ })).toContainText('Verein(t) Veränderungen angehen');
  await expect(table.getByRole('row', { name: /Sprechstunde für Ehrenamtliche/ })).toContainText('dieser Termin');
});
