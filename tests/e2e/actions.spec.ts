import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parseCsv } from '../helpers/csv';
import { expect, expectAccessible, test } from './fixtures';
import { createClub, createWorkshop, tabTo } from './helpers';

// The workshop day is Saturday 14.03.2026; the follow-up session a month later.
test.use({ hostArgs: ['--now', '2026-03-14T10:00'] });

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Ablauf' });
const rows = (page: Page) => page.locator('.measure-table tbody tr');

/** "Neue Maßnahme" by keyboard: the dialog starts in the title; Tab on to owner and due date, Enter saves. */
async function addMeasure(page: Page, title: string, owner: string, due: string): Promise<void> {
  await tabTo(page, 'Neue Maßnahme');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Neue Maßnahme' });
  await expect(dialog.getByLabel(/^Titel/)).toBeFocused();
  await page.keyboard.type(title);
  await tabTo(page, /^Verantwortlich/);
  await page.keyboard.type(owner);
  await tabTo(page, /^Fällig bis/);
  await page.keyboard.type(due);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.measure-table')).toContainText(title);
}

async function download(page: Page, item: string): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await page.getByText('Speichern als …').click();
  await page.getByRole('button', { name: item }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('five measures, one from a pain point: filtered, moved on the board by keyboard, followed up a month later, exported', async ({ page, host, restartHost }) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await createClub(page, 'Tafel Musterstadt e.V.');
  await createWorkshop(page, { date: '14.03.2026' });

  // A one-step Ist process with a pain point, and a measure made from it.
  await agenda(page).getByRole('link', { name: /Wie läuft es heute\?/ }).click();
  await page.getByRole('button', { name: 'Ablauf anlegen' }).click();
  await page.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  await page.getByLabel('Was passiert?').fill('Lebensmittel beim Markt abholen');
  await page.keyboard.press('Enter');
  await page.locator('.react-flow__node').filter({ hasText: 'Lebensmittel beim Markt abholen' }).click();
  await page.getByLabel('Beschreibung').fill('Niemand weiß, wer heute fährt');
  await page.getByRole('button', { name: 'Markierung setzen' }).click();
  await page.getByRole('button', { name: 'Maßnahme daraus machen: Niemand weiß, wer heute fährt' }).first().click();
  const make = page.getByRole('dialog', { name: 'Maßnahme daraus machen' });
  await expect(make).toContainText('Aus Schmerzpunkt: „Niemand weiß, wer heute fährt“');
  await make.getByLabel(/^Titel/).fill('Fahrplan für die Abholung teilen');
  await make.getByLabel(/^Verantwortlich/).fill('Fahrdienst');
  await make.getByLabel(/^Fällig bis/).fill('30.04.2026');
  await make.getByLabel(/^Erster Schritt/).fill('Liste der Fahrer:innen sammeln');
  await make.getByRole('button', { name: 'Maßnahme anlegen' }).click();
  await expect(page.locator('.process-panel').getByRole('link', { name: 'Fahrplan für die Abholung teilen' }).first()).toBeVisible();

  // Four more in the action plan, by keyboard; one is already late on the day.
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await addMeasure(page, 'Spendenquittungen digital ausstellen', 'Kassenwart:in', '31.05.2026');
  await addMeasure(page, 'Schichtplan online stellen', 'Vorstand', '10.03.2026');
  await addMeasure(page, 'Datenschutz-Info für Gäste', 'Vorstand', '30.06.2026');
  await addMeasure(page, 'Kühlschrank-Liste anlegen', 'Lagerteam', '15.04.2026');
  await expect(rows(page)).toHaveCount(5);
  await expect(page.locator('.plan-summary')).toHaveText('5 Maßnahmen · 1 überfällig');
  await expect(rows(page).filter({ hasText: 'Schichtplan online stellen' })).toContainText('überfällig');
  await expect(rows(page).filter({ hasText: 'Fahrplan für die Abholung teilen' })).toContainText('Niemand weiß, wer heute fährt');

  // A due date before the start is refused where it was typed, and nothing changes.
  await page.getByRole('button', { name: 'Kühlschrank-Liste anlegen', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await edit.getByLabel(/^Beginn/).fill('20.04.2026');
  await expect(edit.getByText('Das Fälligkeitsdatum liegt vor dem Beginn.', { exact: false })).toBeVisible();
  await edit.getByRole('button', { name: 'Fertig' }).click();

  // Filter by owner.
  await page.getByRole('combobox', { name: 'Verantwortlich', exact: true }).selectOption('Vorstand');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator('.plan-summary')).toHaveText('2 von 5 Maßnahmen · 1 überfällig');
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(rows(page)).toHaveCount(5);

  // The board: Alt + → moves a measure to "In Arbeit", and the keyboard stays on it.
  await page.getByText('Board', { exact: true }).click();
  const card = page.locator('.board-card').filter({ hasText: 'Spendenquittungen digital ausstellen' });
  await card.getByRole('button', { name: 'Spendenquittungen digital ausstellen', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator('[data-status="in_progress"]')).toContainText('Spendenquittungen digital ausstellen');
  await expect(card.getByRole('button', { name: 'Spendenquittungen digital ausstellen', exact: true })).toBeFocused();
  await expect(page.getByText('„Spendenquittungen digital ausstellen“ ist jetzt „In Arbeit“.')).toBeVisible();

  // A month later: the app is started again on 16.04.2026.
  const next = await page.evaluate(() => location.hash);
  const later = await restartHost(['--now', '2026-04-16T18:00']);
  await page.goto(`${later.url}${next}`);
  await expect(page.locator('.plan-summary')).toHaveText('5 Maßnahmen · 2 überfällig');
  await page.getByText('Tabelle', { exact: true }).click();
  await page.getByRole('button', { name: 'Spendenquittungen digital ausstellen', exact: true }).click();
  await expect(edit.getByLabel(/^Status/)).toHaveValue('in_progress');
  await edit.getByRole('button', { name: 'Fortschritt eintragen' }).click();
  const follow = page.getByRole('dialog', { name: 'Fortschritt eintragen' });
  await expect(follow.getByLabel(/^Datum/)).toHaveValue('16.04.2026');
  await follow.getByLabel('Status ab jetzt').selectOption('done');
  await follow.getByLabel(/^Was hat sich getan\?/).fill('Vorlage steht, erste 40 Quittungen verschickt');
  await follow.getByRole('button', { name: 'Fortschritt speichern' }).click();
  await expect(follow).toBeHidden();
  await expect(edit.locator('.measure-history')).toContainText('16.04.2026');
  await expect(edit.locator('.measure-history')).toContainText('In Arbeit → Erledigt');
  await expect(edit.locator('.measure-history')).toContainText('Vorlage steht, erste 40 Quittungen verschickt');
  await expect(edit.locator('.measure-history')).toContainText('Offen → In Arbeit');
  await edit.getByRole('button', { name: 'Fertig' }).click();

  // Exports, read back: CSV for German Excel, and a calendar that ical.js reads.
  const csv = await download(page, 'Tabelle für Excel (CSV)');
  expect(csv.name).toBe('Maßnahmenplan – Tafel Musterstadt e.V. – 2026-03-14.csv');
  const table = parseCsv(csv.text.replace(/^\uFEFF/, ''), ';');
  const header = table[0]!;
  const byTitle = new Map(table.slice(1).map((r) => [r[0], r]));
  expect(byTitle.size).toBe(5);
  expect(byTitle.get('Fahrplan für die Abholung teilen')![header.indexOf('Herkunft')]).toBe('Schmerzpunkt: Niemand weiß, wer heute fährt (Lebensmittel beim Markt abholen)');
  expect(byTitle.get('Fahrplan für die Abholung teilen')![header.indexOf('Fällig')]).toBe('30.04.2026');
  expect(byTitle.get('Schichtplan online stellen')![header.indexOf('Überfällig')]).toBe('ja');
  expect(byTitle.get('Spendenquittungen digital ausstellen')![header.indexOf('Status')]).toBe('erledigt');
  const ics = await download(page, 'Termine für den Kalender (.ics)');
  const events = new ICAL.Component(ICAL.parse(ics.text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.startDate.toString()).sort()).toEqual(['2026-03-10', '2026-04-15', '2026-04-30', '2026-05-31', '2026-06-30']);
  const fahrplan = events.find((e) => e.summary === 'Fällig: Fahrplan für die Abholung teilen')!;
  expect(fahrplan.description).toContain('Verantwortlich: Fahrdienst');
  expect(fahrplan.description).toContain('Erster Schritt: Liste der Fahrer:innen sammeln');

  // The club overview: the four open measures, late ones first.
  await page.getByRole('link', { name: 'Tafel Musterstadt e.V.' }).click();
  const open = page.getByRole('list', { name: /Offene Maßnahmen/ }).getByRole('listitem');
  await expect(open).toHaveCount(4);
  await expect(open.nth(0)).toContainText('Schichtplan online stellen');
  await expect(open.nth(1)).toContainText('Kühlschrank-Liste anlegen');
  await expect(open.nth(0)).toContainText('überfällig');
  await expect(page.getByText('4 offene Maßnahmen')).toBeVisible();
});

test('the action plan views are accessible; a delete is undone and a deleted origin is named', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await expect(rows(page)).toHaveCount(8);
  await expectAccessible(page, 'action plan table');
  await page.getByText('Board', { exact: true }).click();
  await expectAccessible(page, 'action plan board');

  // Drag and drop between columns changes the status, and it is saved.
  await page.locator('.board-card').filter({ hasText: 'Folgetermin Coaching' }).dragTo(page.locator('[data-status="in_progress"]'));
  await expect(page.locator('[data-status="in_progress"]')).toContainText('Folgetermin Coaching');
  await page.reload();
  await page.getByText('Board', { exact: true }).click();
  await expect(page.locator('[data-status="in_progress"]')).toContainText('Folgetermin Coaching');

  await page.getByRole('button', { name: 'Schlüsselliste anlegen', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await expect(edit.getByRole('link', { name: /Keine Liste, wer welchen Schlüssel hat/ })).toBeVisible();
  await expectAccessible(page, 'measure dialog');
  await edit.getByRole('button', { name: 'Maßnahme löschen' }).click();
  await expect(page.locator('.board-card')).toHaveCount(7);
  await page.getByRole('button', { name: /^Rückgängig/ }).click();
  await expect(page.locator('.board-card')).toHaveCount(8);

  // Jump to the origin, delete the pain point there: the measure stays and says so.
  await page.getByRole('button', { name: 'Schlüsselliste anlegen', exact: true }).click();
  await edit.getByRole('link', { name: /Keine Liste, wer welchen Schlüssel hat/ }).click();
  const panel = page.locator('.process-panel');
  await expect(panel.getByLabel(/^Was passiert\?/)).toHaveValue('Schlüssel übergeben');
  await expect(panel.getByRole('link', { name: 'Schlüsselliste anlegen' }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Markierung „Keine Liste, wer welchen Schlüssel hat“ entfernen' }).click();
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await expect(rows(page).filter({ hasText: 'Schlüsselliste anlegen' })).toContainText('(gelöscht)');

  await page.getByRole('link', { name: 'TSV Musterstadt 1908 e.V.' }).click();
  await expect(page.getByRole('heading', { name: 'Was ist offen?' })).toBeVisible();
  await expectAccessible(page, 'club overview');
});
