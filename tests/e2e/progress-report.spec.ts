import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { headings, openDocx, paragraphs, tables } from '../helpers/docx';
import { expect, expectAccessible, test } from './fixtures';
import { callApi } from './helpers';

// The "Fortschrittsbericht" from the club page: a day workshop with four
// measures, three months later a follow-up in which two are done, one is
// blocked and one dropped, and the self-check is repeated; one measure gets
// its stage of the Wirkungstreppe in the action plan. (The Rückblick's own
// screens are walked through in followup.spec.ts.)
test.use({ hostArgs: ['--now', '2026-06-14T10:00'] });

async function seedClub(page: Page, url: string): Promise<{ clubId: string; dayId: string }> {
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
  await callApi(page, 'selfcheck.set', { workshopId: day.id, dimension: 'communication', agreed: 2 });
  const ids: string[] = [];
  for (const title of ['Fahrplan teilen', 'Spendenquittungen digital', 'Lagerliste führen', 'Helfer:innen einarbeiten']) {
    ids.push((await callApi<{ id: string }>(page, 'measures.create', { workshopId: day.id, title })).id);
  }
  const session = await callApi<{ id: string }>(page, 'workshops.createFollowUp', { organisationId: club.id, title: 'Folgetermin' });
  const at = { date: '2026-06-14', sessionId: session.id };
  await callApi(page, 'measures.followUp', { id: ids[0], ...at, status: 'done', note: 'Der Fahrplan hängt im Lager.' });
  await callApi(page, 'measures.followUp', { id: ids[1], ...at, status: 'dropped', droppedReason: 'Der Dachverband stellt sie aus.' });
  await callApi(page, 'measures.followUp', { id: ids[2], ...at, status: 'done', note: 'Liste läuft.' });
  await callApi(page, 'measures.followUp', { id: ids[3], ...at, status: 'blocked', blockedReason: 'Keine Zeit vor dem Sommer.' });
  await callApi(page, 'selfcheck.set', { workshopId: session.id, dimension: 'communication', agreed: 4 });
  return { clubId: club.id, dayId: day.id };
}

test('Fortschrittsbericht: exported from the club page, with statuses, history, reasons and before/now', async ({ page, host }) => {
  const { clubId, dayId } = await seedClub(page, host.url);
  // The stage of the Wirkungstreppe, chosen in the action plan.
  const day = await callApi<{ phases: { id: string; kind: string }[] }>(page, 'workshops.get', { id: dayId });
  await page.goto(`${host.url}#/workshops/${dayId}/phases/${day.phases.find((p) => p.kind === 'actions')!.id}`);
  await page.getByRole('button', { name: 'Fahrplan teilen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await dialog.getByLabel('Wirkungsstufe').selectOption({ label: 'Output: was der Verein tut und anbietet' });
  await expect.poll(async () => (await callApi<{ measures: { impactStage: string | null }[] }>(page, 'measures.list', { workshopId: dayId })).measures[0]!.impactStage).toBe('output');

  await page.goto(`${host.url}#/clubs/${clubId}`);
  const section = page.getByRole('region', { name: 'Fortschrittsbericht' });
  await expect(section.getByRole('button', { name: 'Fortschrittsbericht erstellen (Word)' })).toBeVisible();

  // A period that ends before it begins: said next to the field, nothing saved.
  await section.getByLabel('Von').fill('01.06.2026');
  await section.getByLabel('Bis').fill('01.05.2026');
  await section.getByRole('button', { name: 'Fortschrittsbericht erstellen (Word)' }).click();
  await expect(section.getByText('Der Zeitraum endet vor seinem Beginn.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'the club page with the progress report');

  await section.getByLabel('Von').fill('');
  await section.getByLabel('Bis').fill('');
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Fortschrittsbericht erstellen (Word)' }).click()]);
  expect(download.suggestedFilename()).toBe('Fortschrittsbericht – Tafel Musterstadt e.V. – 2026-06-14.docx');
  const xml = openDocx(new Uint8Array(readFileSync(await download.path()))).document;
  const texts = paragraphs(xml).map((p) => p.text);
  expect(headings(xml, 'Heading2')).toEqual(expect.arrayContaining(['Erledigt (2)', 'Blockiert (1)', 'Verworfen (1)']));
  expect(texts).toContain('14.06.2026: Erledigt – Der Fahrplan hängt im Lager. (Termin „Folgetermin“)');
  expect(texts).toContain('Grund (Verworfen): Der Dachverband stellt sie aus.');
  expect(texts).toContain('Grund (Blockiert): Keine Zeit vor dem Sommer.');
  const check = tables(xml).find((rows) => rows[0]?.[0] === 'Feld')!;
  expect(check.find((r) => r[0] === 'Kommunikation')).toEqual(['Kommunikation', '2', '4', '+2']);
  expect(headings(xml, 'Heading2')).toEqual(expect.arrayContaining(['Output: was der Verein tut und anbietet (1)', 'Ohne Angabe (3)']));
});
