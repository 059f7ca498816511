import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parseCsv } from '../helpers/csv';
import { expect, expectAccessible, test, useSharedSample } from './fixtures';
import { callApi, createClub, createWorkshop, tabTo } from './helpers';

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

interface Seeded {
  workshopId: string;
  planUrl: string;
  ids: Record<string, string>;
}

/** The five measures of the Tafel's day, one from a pain point of the Ist process, set up through the API. */
async function seedPlan(page: Page, url: string): Promise<Seeded> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Tafel Musterstadt e.V.' });
  const workshop = await callApi<{ id: string; phases: { id: string; kind: string }[] }>(page, 'workshops.create', {
    organisationId: club.id,
    templateId: 'builtin-vereint-veraenderungen-angehen',
    title: 'Verein(t) Veränderungen angehen',
    date: '2026-03-14',
  });
  const diagram = await callApi<{ id: string; lanes: { id: string }[] }>(page, 'process.create', { workshopId: workshop.id, variant: 'ist', laneNames: ['Fahrdienst'] });
  const { step } = await callApi<{ step: { id: string } }>(page, 'process.steps.add', { diagramId: diagram.id, laneId: diagram.lanes[0]!.id, label: 'Lebensmittel beim Markt abholen' });
  const pain = await callApi<{ id: string }>(page, 'process.markers.add', { stepId: step.id, kind: 'pain', text: 'Niemand weiß, wer heute fährt' });
  const measures = [
    { title: 'Fahrplan für die Abholung teilen', owner: 'Fahrdienst', dueDate: '2026-04-30', firstStep: 'Liste der Fahrer:innen sammeln', origin: { kind: 'marker', id: pain.id } },
    { title: 'Spendenquittungen digital ausstellen', owner: 'Kassenwart:in', dueDate: '2026-05-31' },
    { title: 'Schichtplan online stellen', owner: 'Vorstand', dueDate: '2026-03-10' },
    { title: 'Datenschutz-Info für Gäste', owner: 'Vorstand', dueDate: '2026-06-30' },
    { title: 'Kühlschrank-Liste anlegen', owner: 'Lagerteam', dueDate: '2026-04-15' },
  ];
  const ids: Record<string, string> = {};
  for (const m of measures) ids[m.title] = (await callApi<{ id: string }>(page, 'measures.create', { workshopId: workshop.id, ...m })).id;
  const plan = workshop.phases.find((p) => p.kind === 'actions')!;
  const planUrl = `${url}#/workshops/${workshop.id}/phases/${plan.id}`;
  await page.goto(planUrl);
  await expect(rows(page)).toHaveCount(5);
  return { workshopId: workshop.id, planUrl, ids };
}

// The Tafel's day, one behaviour per test; the state each needs is set up through the API.
test('a measure is made from a pain point of the process, and the plan names where it came from', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'Tafel Musterstadt e.V.');
  await createWorkshop(page, { date: '14.03.2026' });
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
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).filter({ hasText: 'Fahrplan für die Abholung teilen' })).toContainText('Niemand weiß, wer heute fährt');
});

test('measures are added by keyboard, and one already late on the day is marked', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'Tafel Musterstadt e.V.');
  await createWorkshop(page, { date: '14.03.2026' });
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await addMeasure(page, 'Spendenquittungen digital ausstellen', 'Kassenwart:in', '31.05.2026');
  await addMeasure(page, 'Schichtplan online stellen', 'Vorstand', '10.03.2026');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator('.plan-summary')).toHaveText('2 Maßnahmen · 1 überfällig');
  await expect(rows(page).filter({ hasText: 'Schichtplan online stellen' })).toContainText('überfällig');
});

test('a due date before the start is refused where it was typed', async ({ page, host }) => {
  await seedPlan(page, host.url);
  await expect(page.locator('.plan-summary')).toHaveText('5 Maßnahmen · 1 überfällig');
  await page.getByRole('button', { name: 'Kühlschrank-Liste anlegen', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await edit.getByLabel(/^Beginn/).fill('20.04.2026');
  await expect(edit.getByText('Das Fälligkeitsdatum liegt vor dem Beginn.', { exact: false })).toBeVisible();
  await edit.getByRole('button', { name: 'Fertig' }).click();
  await expect(edit).toBeHidden();
});

test('the plan is filtered by owner, and the filter is reset', async ({ page, host }) => {
  await seedPlan(page, host.url);
  await page.getByRole('combobox', { name: 'Verantwortlich', exact: true }).selectOption('Vorstand');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.locator('.plan-summary')).toHaveText('2 von 5 Maßnahmen · 1 überfällig');
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(rows(page)).toHaveCount(5);
});

test('a long plan shows 50 measures first, and the rest on request', async ({ page, host }) => {
  const { workshopId, planUrl } = await seedPlan(page, host.url);
  for (let i = 1; i <= 48; i++) await callApi(page, 'measures.create', { workshopId, title: `Maßnahme ${i}`, dueDate: '2026-12-31' });
  await page.goto(planUrl);
  await expect(rows(page)).toHaveCount(50);
  await expect(page.locator('.show-more')).toContainText('50 von 53 Maßnahmen werden gezeigt.');
  await page.getByRole('button', { name: '3 weitere zeigen' }).click();
  await expect(rows(page)).toHaveCount(53);
  await expect(page.locator('.show-more')).toHaveCount(0);
});

test('on the board, Alt + → moves a measure to "In Arbeit", and the keyboard stays on it', async ({ page, host }) => {
  await seedPlan(page, host.url);
  await page.getByText('Board', { exact: true }).click();
  const card = page.locator('.board-card').filter({ hasText: 'Spendenquittungen digital ausstellen' });
  await card.getByRole('button', { name: 'Spendenquittungen digital ausstellen', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator('[data-status="in_progress"]')).toContainText('Spendenquittungen digital ausstellen');
  await expect(card.getByRole('button', { name: 'Spendenquittungen digital ausstellen', exact: true })).toBeFocused();
  await expect(page.getByText('„Spendenquittungen digital ausstellen“ ist jetzt „In Arbeit“.')).toBeVisible();
});

test('a month later, the follow-up is written into the measure’s history', async ({ page, host, restartHost }) => {
  const { planUrl, ids } = await seedPlan(page, host.url);
  await callApi(page, 'measures.update', { id: ids['Spendenquittungen digital ausstellen'], status: 'in_progress' });
  // The app is started again on 16.04.2026.
  const later = await restartHost(['--now', '2026-04-16T18:00']);
  await page.goto(planUrl.replace(host.url, later.url));
  await expect(page.locator('.plan-summary')).toHaveText('5 Maßnahmen · 2 überfällig');
  await page.getByRole('button', { name: 'Spendenquittungen digital ausstellen', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await expect(edit.getByLabel(/^Status/)).toHaveValue('in_progress');
  await edit.getByRole('button', { name: 'Fortschritt eintragen' }).click();
  const follow = page.getByRole('dialog', { name: 'Fortschritt eintragen' });
  await expect(follow.getByLabel(/^Datum/)).toHaveValue('16.04.2026');
  await follow.getByLabel('Status ab jetzt').selectOption('done');
  await follow.getByLabel(/^Was hat sich getan\?/).fill('Vorlage steht, erste 40 Quittungen verschickt');
  await follow.getByRole('button', { name: 'Fortschritt speichern' }).click();
  await expect(follow).toBeHidden();
  const history = edit.locator('.measure-history');
  await expect(history).toContainText('16.04.2026');
  await expect(history).toContainText('In Arbeit → Erledigt');
  await expect(history).toContainText('Vorlage steht, erste 40 Quittungen verschickt');
  await expect(history).toContainText('Offen → In Arbeit');
});

test('the plan is exported as CSV for German Excel and as a calendar that ical.js reads', async ({ page, host }) => {
  const { ids } = await seedPlan(page, host.url);
  await callApi(page, 'measures.update', { id: ids['Spendenquittungen digital ausstellen'], status: 'done' });
  await page.reload();
  await expect(rows(page)).toHaveCount(5);
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
});

test('the club overview lists the open measures, late ones first', async ({ page, host }) => {
  const { ids } = await seedPlan(page, host.url);
  await callApi(page, 'measures.update', { id: ids['Spendenquittungen digital ausstellen'], status: 'done' });
  await page.getByRole('link', { name: 'Tafel Musterstadt e.V.' }).click();
  const open = page.getByRole('list', { name: /Offene Maßnahmen/ }).getByRole('listitem');
  await expect(open).toHaveCount(4);
  await expect(open.nth(0)).toContainText('Schichtplan online stellen');
  await expect(open.nth(1)).toContainText('Kühlschrank-Liste anlegen');
  await expect(open.nth(0)).toContainText('überfällig');
  await expect(page.getByText('4 offene Maßnahmen')).toBeVisible();
});

async function openSamplePlan(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await expect(rows(page)).toHaveCount(8);
}

async function showBoard(page: Page): Promise<void> {
  await page.getByText('Board', { exact: true }).click();
  await expect(page.locator('.board-card')).toHaveCount(8);
}

/** The edit dialog of the sample's measure made from a pain point. */
async function openKeyListMeasure(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Schlüsselliste anlegen', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Maßnahme bearbeiten' });
  await expect(edit.getByRole('link', { name: /Keine Liste, wer welchen Schlüssel hat/ })).toBeVisible();
  return edit;
}

// One axe scan per view, each its own short test, on one host with the sample loaded once.
test.describe('the action plan views are accessible:', () => {
  const { openPhase } = useSharedSample({ hostArgs: ['--now', '2026-03-14T10:00'] });
  async function openShared(): Promise<Page> {
    const page = await openPhase(/Maßnahmenplan/);
    await expect(rows(page)).toHaveCount(8);
    return page;
  }

  test('table', async () => {
    const page = await openShared();
    await expectAccessible(page, 'action plan table');
  });

  test('board', async () => {
    const page = await openShared();
    await showBoard(page);
    await expectAccessible(page, 'action plan board');
  });

  test('measure dialog', async () => {
    const page = await openShared();
    await openKeyListMeasure(page);
    await expectAccessible(page, 'measure dialog');
  });

  test('club overview', async () => {
    const page = await openShared();
    await page.getByRole('link', { name: 'TSV Musterstadt 1908 e.V.' }).click();
    await expect(page.getByRole('heading', { name: 'Was ist offen?' })).toBeVisible();
    await expectAccessible(page, 'club overview');
  });
});

test('drag and drop between board columns changes the status, and it is saved', async ({ page, host }) => {
  await openSamplePlan(page, host.url);
  await showBoard(page);
  await page.locator('.board-card').filter({ hasText: 'Folgetermin Coaching' }).dragTo(page.locator('[data-status="in_progress"]'));
  await expect(page.locator('[data-status="in_progress"]')).toContainText('Folgetermin Coaching');
  await page.reload();
  await showBoard(page);
  await expect(page.locator('[data-status="in_progress"]')).toContainText('Folgetermin Coaching');
});

test('a deleted measure comes back with undo', async ({ page, host }) => {
  await openSamplePlan(page, host.url);
  await showBoard(page);
  const edit = await openKeyListMeasure(page);
  await edit.getByRole('button', { name: 'Maßnahme löschen' }).click();
  await expect(page.locator('.board-card')).toHaveCount(7);
  await page.getByRole('button', { name: /^Rückgängig/ }).click();
  await expect(page.locator('.board-card')).toHaveCount(8);
});

test('a measure whose origin is deleted stays and says so', async ({ page, host }) => {
  await openSamplePlan(page, host.url);
  const edit = await openKeyListMeasure(page);
  await edit.getByRole('link', { name: /Keine Liste, wer welchen Schlüssel hat/ }).click();
  const panel = page.locator('.process-panel');
  await expect(panel.getByLabel(/^Was passiert\?/)).toHaveValue('Schlüssel übergeben');
  await expect(panel.getByRole('link', { name: 'Schlüsselliste anlegen' }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Markierung „Keine Liste, wer welchen Schlüssel hat“ entfernen' }).click();
  await agenda(page).getByRole('link', { name: /Maßnahmenplan/ }).click();
  await expect(rows(page).filter({ hasText: 'Schlüsselliste anlegen' })).toContainText('(gelöscht)');
});

test('closing a measure’s dialog puts the focus back on that measure, wherever its row has moved', async ({ page, host }) => {
  const { ids } = await seedPlan(page, host.url);
  await expect(rows(page).first()).toContainText('Schichtplan online stellen');
  await rows(page).first().getByRole('button', { name: 'Schichtplan online stellen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Another window moves it to the end of the plan while the dialog is open.
  await callApi(page, 'measures.update', { id: ids['Schichtplan online stellen'], dueDate: '2026-12-31' });
  await expect(rows(page).last()).toContainText('Schichtplan online stellen');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(rows(page).last().getByRole('button', { name: 'Schichtplan online stellen' })).toBeFocused();
});
