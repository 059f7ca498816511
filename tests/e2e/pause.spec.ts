import { expect, expectAccessible, test } from './fixtures';
import { callApi } from './helpers';

// A break in the day: no tool, a timer, and a calm projector screen that says when the group meets again.

test('a coffee break: one calm line for the coach, and on the projector the time the group carries on', async ({ page, host }) => {
  await page.goto(host.url);
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'TSV Musterstadt' });
  const workshop = await callApi<{ id: string; phases: { id: string; key: string; kind: string }[] }>(page, 'workshops.create', {
    organisationId: club.id,
    templateId: 'builtin-vereint-veraenderungen-angehen',
    title: 'Tag',
  });
  expect(workshop.phases.filter((p) => p.kind === 'pause').map((p) => p.key)).toEqual(['kaffeepause', 'mittagspause']);
  const pause = workshop.phases.find((p) => p.key === 'kaffeepause')!;
  await callApi(page, 'live.show', { workshopId: workshop.id, phaseId: pause.id });
  await page.goto(`${host.url}#/workshops/${workshop.id}/phases/${pause.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Kaffeepause' })).toBeVisible();
  await expect(page.getByText(/^Pause\. Sobald die Zeit läuft, zeigt die Leinwand/)).toBeVisible();

  const projector = await page.context().newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${host.url}#/present/${workshop.id}`);
  await expect(projector.getByRole('heading', { level: 1, name: 'Kaffeepause' })).toBeVisible();
  const until = projector.locator('.present-pause-until');
  await expect(until).toHaveText('15 Minuten');
  await callApi(page, 'timer.start', { phaseId: pause.id });
  await expect(until).toHaveText(/^Weiter um \d{2}:\d{2} Uhr$/);
  // Readable from the back row: the line is at least 5 % of the screen's width high.
  const size = await until.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(96);
  await expectAccessible(projector, 'projector during a break');
  await projector.close();

  // In the agenda editor a break is a kind like any other.
  await page.goto(`${host.url}#/workshops/${workshop.id}/details`);
  await page.locator('.phase-row-select').filter({ hasText: 'Kaffeepause' }).click();
  await expect(page.locator('.phase-form').getByLabel(/^Methode/)).toHaveValue('pause');
  await expect(page.locator('.phase-form').getByLabel(/^Methode/).locator('option:checked')).toHaveText('Pause');
});
