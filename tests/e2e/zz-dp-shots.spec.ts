import { expect, test } from './fixtures';
import { callApi } from './helpers';

interface Detail { id: string; phases: { id: string; key: string }[] }

test('screenshots (temporary)', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Förderverein Grünau e.V.' });
  const w = await callApi<Detail>(page, 'workshops.create', { organisationId: club.id, templateId: 'builtin-datenschutz-sprechstunde', title: 'Datenschutz-Sprechstunde', date: '2026-05-04' });
  const pid = (k: string) => w.phases.find((p) => p.key === k)!.id;
  const cl = pid('datenschutz-check');
  await callApi(page, 'checklist.set', { phaseId: cl, itemKey: 'verzeichnis', state: 'partial', note: 'Nur für Mitglieder, nicht für Spender:innen' });
  await callApi(page, 'checklist.set', { phaseId: cl, itemKey: 'informationspflicht', state: 'done' });
  await callApi(page, 'checklist.set', { phaseId: cl, itemKey: 'einwilligungen', state: 'open' });
  await callApi(page, 'checklist.set', { phaseId: cl, itemKey: 'datenschutzbeauftragte', state: 'not_applicable', note: 'Nur 4 Personen arbeiten mit den Daten' });
  await callApi(page, 'dataprotection.makeMeasure', { from: { kind: 'checklist', phaseId: cl, itemKey: 'einwilligungen' }, measure: { title: 'Foto-Einwilligungen einholen', owner: 'Jugendwart' } });
  const dm = pid('datenlandkarte');
  for (const r of [
    { dataKind: 'Mitgliederdaten (Name, Anschrift, Bankverbindung)', storage: 'Excel-Liste auf dem Laptop der Kasse', access: 'Vorstand, Kasse', legalBasis: 'Mitgliedschaft oder Vertrag', consent: 'no', deletion: '10 Jahre nach Austritt (Steuer)' },
    { dataKind: 'Fotos von Festen', storage: 'Cloud, private Handys', access: 'Alle in der WhatsApp-Gruppe', legalBasis: 'Einwilligung', consent: 'yes', deletion: '1 Jahr nach dem Fest' },
    { dataKind: 'Notfallkontakte der Kinder', storage: 'Ordner im Vereinsheim', access: 'Übungsleitungen', legalBasis: 'Noch unklar', consent: 'unclear', deletion: '' },
  ]) await callApi(page, 'dataMap.add', { phaseId: dm, ...r });
  for (const [vw, vh] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width: vw, height: vh });
    for (const k of ['datenschutz-check', 'datenlandkarte']) {
      await page.goto(`${host.url}#/workshops/${w.id}/phases/${pid(k)}`);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      const section = page.locator('.dp-section');
      await section.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/dp-${k}-${vw}.png` });
      await section.screenshot({ path: `/tmp/dp-${k}-${vw}-section.png` });
    }
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const k of ['datenschutz-check', 'datenlandkarte']) {
    await callApi(page, 'live.show', { workshopId: w.id, phaseId: pid(k) });
    await page.goto(`${host.url}#/present/${w.id}`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/dp-present-${k}.png` });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${host.url}#/workshops/${w.id}/phases/${pid('datenlandkarte')}`);
  await page.getByRole('button', { name: 'Zeile hinzufügen' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/dp-dialog.png' });
});
