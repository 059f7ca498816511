import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, useSharedSession } from './fixtures';
import { callApi, tabTo } from './helpers';

// The data-protection consultation as a tool: the "Checkliste" and the
// "Datenlandkarte", by keyboard only, on the projector, and accessible.

interface Detail {
  id: string;
  phases: { id: string; key: string }[];
}

let workshop: Detail;
const phaseId = (key: string): string => workshop.phases.find((p) => p.key === key)!.id;

test.describe('Datenschutz-Sprechstunde', () => {
  const session = useSharedSession({
    prepare: async ({ page, host }) => {
      await page.goto(host.url);
      await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
      const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Förderverein Grünau e.V.' });
      workshop = await callApi<Detail>(page, 'workshops.create', { organisationId: club.id, templateId: 'builtin-datenschutz-sprechstunde', title: 'Datenschutz-Sprechstunde', date: '2026-05-04' });
    },
  });
  const open = async (key: string): Promise<Page> => {
    const { page, host } = session;
    await page.goto('about:blank');
    await page.goto(`${host.url}#/workshops/${workshop.id}/phases/${phaseId(key)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    return page;
  };

  test('Checkliste by keyboard: a state, a note and a measure made from an item', async () => {
    const page = await open('datenschutz-check');
    await expect(page.getByRole('note')).toContainText('keine Rechtsberatung');
    await tabTo(page, /Erledigt$/);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/Erledigt: 0 · teilweise: 1/)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Liste gibt es nur für die Mitglieder');
    await tabTo(page, 'Maßnahme daraus machen: Verzeichnis von Verarbeitungstätigkeiten');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Maßnahme daraus machen' });
    await expect(dialog.getByLabel('Titel')).toHaveValue('Verzeichnis von Verarbeitungstätigkeiten');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Schriftführerin');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const item = page.getByRole('listitem', { name: 'Verzeichnis von Verarbeitungstätigkeiten' });
    await expect(item.getByRole('link', { name: 'Maßnahme: Verzeichnis von Verarbeitungstätigkeiten' })).toBeVisible();
    await expect(item.getByLabel('Notiz')).toHaveValue('Liste gibt es nur für die Mitglieder');
    const plan = await callApi<{ measures: { title: string; owner: string }[] }>(page, 'measures.list', { workshopId: workshop.id });
    expect(plan.measures).toContainEqual(expect.objectContaining({ title: 'Verzeichnis von Verarbeitungstätigkeiten', owner: 'Schriftführerin' }));
    await expectAccessible(page, 'the checklist');
  });

  test('Datenlandkarte by keyboard: add a row, delete it and take it back, make a measure', async () => {
    const page = await open('datenlandkarte');
    await tabTo(page, 'Zeile hinzufügen');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Zeile zur Datenlandkarte hinzufügen' });
    await page.keyboard.type('Mitgliederdaten');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Excel-Liste auf dem Laptop der Kasse');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const row = page.getByRole('rowgroup').filter({ hasText: 'Mitgliederdaten' });
    await expect(row).toContainText('Excel-Liste auf dem Laptop der Kasse');
    await expect(row).toContainText('Noch unklar');
    await tabTo(page, '„Mitgliederdaten“ löschen');
    await page.keyboard.press('Enter');
    await expect(row).toHaveCount(0);
    await tabTo(page, 'Rückgängig', 80);
    await page.keyboard.press('Enter');
    await expect(row).toBeVisible();
    await tabTo(page, 'Maßnahme daraus machen: Mitgliederdaten');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Excel-Liste verschlüsseln');
    await page.keyboard.press('Enter');
    await expect(row.getByRole('link', { name: 'Maßnahme: Excel-Liste verschlüsseln' })).toBeVisible();
    await expectAccessible(page, 'the data map');
  });

  test('the projector shows both, legible, with the notice', async () => {
    const { page, host } = session;
    await callApi(page, 'checklist.set', { phaseId: phaseId('datenschutz-check'), itemKey: 'messenger', state: 'open' });
    await callApi(page, 'live.show', { workshopId: workshop.id, phaseId: phaseId('datenschutz-check') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${host.url}#/present/${workshop.id}`);
    const item = page.locator('.present-checklist li', { hasText: 'Mitgliederlisten in Messenger-Gruppen' });
    await expect(item).toContainText('○ Offen');
    await expect(page.locator('.present-notice')).toContainText('keine Rechtsberatung');
    const size = await item.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await callApi(page, 'live.show', { workshopId: workshop.id, phaseId: phaseId('datenlandkarte') });
    await expect(page.getByRole('row', { name: /Mitgliederdaten/ })).toContainText('Excel-Liste auf dem Laptop der Kasse');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  test('the template editor edits a checklist’s items: "Wenn Ehrenamtliche gehen" gets one more handover item', async () => {
    const { page, host } = session;
    const copy = await callApi<{ id: string }>(page, 'templates.duplicate', { id: 'builtin-wissen-bleibt' });
    await page.goto(`${host.url}#/templates/${copy.id}`);
    await page.locator('.phase-row-select').filter({ hasText: 'Unsere Übergabe-Checkliste' }).click();
    const items = page.getByRole('group', { name: 'Punkte der Checkliste' });
    await expect(items.getByLabel('Punkt 1', { exact: true })).toHaveValue('Aufgaben und Fristen aufgeschrieben');
    await items.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    const added = items.getByLabel('Punkt 12', { exact: true });
    await added.fill('Kassenprüfung vor der Übergabe');
    await items.getByLabel('Erklärung zu Punkt 12').fill('Die Kasse wird geprüft, bevor sie übergeben wird.');
    await expect(page.getByText(/Gespeichert um/)).toBeVisible();
    await expect(async () => {
      const saved = await callApi<{ phases: { key: string; items?: { title: string; explanation: string }[] }[] }>(page, 'templates.get', { id: copy.id });
      expect(saved.phases.find((p) => p.key === 'checkliste')!.items!.at(-1)).toEqual(expect.objectContaining({ title: 'Kassenprüfung vor der Übergabe', explanation: 'Die Kasse wird geprüft, bevor sie übergeben wird.' }));
    }).toPass();
    await expectAccessible(page, 'the template editor with checklist items');
  });
});
