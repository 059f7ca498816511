import { expect, expectAccessible, test } from './fixtures';
import { callApi } from './helpers';

// The coach's overview on the start screen and the club's timeline (issue 16),
// with a fixed clock: a day workshop in March, a follow-up planned in 10 days.
test.use({ hostArgs: ['--now', '2026-06-14T10:00'] });

test('the overview shows the next follow-up and links to the club, whose timeline shows its sessions', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Tafel Musterstadt e.V.' });
  const day = await callApi<{ id: string }>(page, 'workshops.create', {
    organisationId: club.id, templateId: 'builtin-vereint-veraenderungen-angehen', title: 'Verein(t) Veränderungen angehen', date: '2026-03-14',
  });
  await callApi(page, 'workshops.update', { id: day.id, followUpDate: '2026-06-24' });
  await callApi(page, 'measures.create', { workshopId: day.id, title: 'Fahrplan teilen', owner: 'Fahrdienst', dueDate: '2026-04-30' });
  await callApi(page, 'workshops.createFollowUp', { organisationId: club.id, followsWorkshopId: day.id, title: 'Folgetermin Juni' });

  await page.reload();
  const overview = page.getByRole('region', { name: 'Ihr Überblick' });
  const upcoming = overview.getByRole('group', { name: 'Folgetermine in den nächsten 4 Wochen' });
  await expect(upcoming).toContainText('24.06.2026');
  await expect(upcoming).toContainText('Folgetermin Juni');
  await expect(overview.getByRole('group', { name: 'Überfällige Maßnahmen' })).toContainText('Fahrplan teilen – fällig seit 30.04.2026');
  await expect(overview.getByRole('group', { name: 'Vereine ohne Folgetermin' })).toContainText('Jeder Verein mit offenen Maßnahmen hat einen nächsten Termin.');
  await expectAccessible(page, 'the start screen with the overview');

  await upcoming.getByRole('link', { name: 'Tafel Musterstadt e.V.' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tafel Musterstadt e.V.' })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Termine des Vereins, der älteste zuerst' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText('14.03.2026');
  await expect(timeline.getByRole('listitem').first()).toContainText('Workshop');
  await expect(timeline.getByRole('listitem').last()).toContainText('Folgetermin Juni');
  await expect(timeline.getByRole('listitem').last()).toContainText('steht noch bevor');
  await expectAccessible(page, 'the club page with its timeline');
});
