import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pngSize } from '../helpers/png';
import { expect, expectAccessible, test, useSharedSample } from './fixtures';
import { callApi, chooseWithKeyboard, createClub, createWorkshop, shiftTabTo, tabTo } from './helpers';

const steps = (page: Page) => page.locator('.react-flow__node');
const step = (page: Page, label: string) => steps(page).filter({ hasText: label });

async function openPhase(page: Page, title: RegExp): Promise<void> {
  await tabTo(page, title);
  await page.keyboard.press('Enter');
}

/** Types one step into the quick form (focus is in "Was passiert?"), choosing lane and kind first. */
async function addStep(page: Page, text: string, lane: string, kind: string): Promise<void> {
  await tabTo(page, /^Bahn \(wer\?\)/);
  await chooseWithKeyboard(page, lane);
  await tabTo(page, /^Art$/);
  await chooseWithKeyboard(page, kind);
  await shiftTabTo(page, /^Was passiert\?/);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(step(page, text)).toBeVisible();
}

/** Selects a step on the canvas by keyboard and moves into its details. */
async function openStep(page: Page, label: RegExp): Promise<void> {
  await page.locator('.process-canvas').focus();
  await tabTo(page, label);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

async function addPain(page: Page, severity: string, text: string): Promise<void> {
  await tabTo(page, /^Art der Markierung/);
  await chooseWithKeyboard(page, 'Schmerzpunkt');
  await tabTo(page, /^Schwere/);
  await chooseWithKeyboard(page, severity);
  await tabTo(page, /^Beschreibung/);
  await page.keyboard.type(text);
  await tabTo(page, 'Markierung setzen');
  await page.keyboard.press('Enter');
  await expect(page.locator('.marker-overview')).toContainText(text);
}

// Typing by keyboard is slow on a busy machine: three steps show lanes, kinds and the "Ja" after a decision.
test('an Ist process is typed by keyboard: steps in two lanes, each following the one before', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'Kleingartenverein Sonnenhang e.V.');
  await createWorkshop(page);
  await openPhase(page, /Wie läuft es heute\?/);
  await tabTo(page, 'Ablauf anlegen');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Schritt hinzufügen');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Was passiert?')).toBeFocused();
  await addStep(page, 'Antrag kommt an', 'Geschäftsstelle', 'Start');
  await addStep(page, 'Unterlagen vollständig?', 'Vorstand', 'Entscheidung');
  await addStep(page, 'Aufnahme bestätigen', 'Vorstand', 'Schritt');
  await expect(steps(page)).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge-text').filter({ hasText: 'Ja' })).toHaveCount(1);
  await page.reload();
  await expect(steps(page)).toHaveCount(3);
  await expect(step(page, 'Aufnahme bestätigen')).toHaveAttribute('aria-label', /Bahn Vorstand\./);
});

test('by keyboard, the decision leads back with "Nein", and two pain points are set; the worse comes first', async ({ page, host }) => {
  await seedIst(page, host.url, { extras: false });
  await openPhase(page, /Wie läuft es heute\?/);
  await expect(steps(page)).toHaveCount(6);
  await openStep(page, /^3\. Entscheidung: Unterlagen vollständig\?/);
  await tabTo(page, /^Weiter zu/);
  await chooseWithKeyboard(page, '2. Antrag prüfen');
  await tabTo(page, /^Beschriftung/);
  await expect(page.getByRole('textbox', { name: /^Beschriftung, zum Beispiel/ }).last()).toHaveValue('Nein');
  await tabTo(page, 'Verbinden');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(6);
  await openStep(page, /^2\. Schritt: Antrag prüfen/);
  await addPain(page, '2 – spürbar', 'Papierformular wird abgetippt');
  await openStep(page, /^5\. Schritt: Beitrag einziehen/);
  await addPain(page, '3 – gravierend', 'Lastschrift von Hand');
  await expect(step(page, 'Beitrag einziehen')).toContainText('Schmerzpunkt');
  await page.reload();
  await expect(page.locator('.marker-overview li')).toHaveCount(2);
  await expect(page.locator('.marker-overview li').first()).toContainText('Lastschrift von Hand');
});

/** The Kleingartenverein's Ist process (six steps; with extras a "Nein" back and two pain points), set up through the API. */
async function seedIst(page: Page, url: string, { extras = true } = {}): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Kleingartenverein Sonnenhang e.V.' });
  const workshop = await callApi<{ id: string }>(page, 'workshops.create', { organisationId: club.id, templateId: 'builtin-vereint-veraenderungen-angehen', title: 'Verein(t) Veränderungen angehen' });
  const diagram = await callApi<{ id: string; lanes: { id: string }[] }>(page, 'process.create', { workshopId: workshop.id, variant: 'ist', laneNames: ['Geschäftsstelle', 'Vorstand'] });
  const [office, board] = diagram.lanes.map((l) => l.id);
  const plan: [string, string, string][] = [
    ['Antrag kommt an', office!, 'start'],
    ['Antrag prüfen', office!, 'step'],
    ['Unterlagen vollständig?', board!, 'decision'],
    ['Aufnahme bestätigen', board!, 'step'],
    ['Beitrag einziehen', office!, 'step'],
    ['Mitglied ist aufgenommen', office!, 'end'],
  ];
  const ids: string[] = [];
  for (const [label, laneId, kind] of plan) {
    const added = await callApi<{ step: { id: string } }>(page, 'process.steps.add', { diagramId: diagram.id, laneId, kind, label, ...(ids.length ? { after: ids.at(-1) } : {}) });
    ids.push(added.step.id);
  }
  if (extras) {
    await callApi(page, 'process.edges.add', { sourceId: ids[2], targetId: ids[1], label: 'Nein' });
    await callApi(page, 'process.markers.add', { stepId: ids[1], kind: 'pain', text: 'Papierformular wird abgetippt', severity: 2 });
    await callApi(page, 'process.markers.add', { stepId: ids[4], kind: 'pain', text: 'Lastschrift von Hand', severity: 3 });
  }
  await page.goto(`${url}#/workshops/${workshop.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
}

test('the Soll starts as a copy of the Ist; a changed and an added step show in the comparison and are kept', async ({ page, host }) => {
  await seedIst(page, host.url);
  await openPhase(page, /Wie soll es laufen\?/);
  await tabTo(page, 'Ist übernehmen');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Übernehmen');
  await page.keyboard.press('Enter');
  await expect(steps(page)).toHaveCount(6);
  await openStep(page, /^2\. Schritt: Antrag prüfen/);
  await expect(page.getByLabel(/^Was passiert\?/)).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Antrag online prüfen');
  await page.keyboard.press('Tab');
  await expect(step(page, 'Antrag online prüfen')).toBeVisible();
  await page.locator('.process-canvas').focus();
  await tabTo(page, /^4\. Schritt: Aufnahme bestätigen/);
  await page.keyboard.press('n');
  await expect(page.getByLabel('Was passiert?')).toBeFocused();
  await page.keyboard.type('Willkommensmail senden');
  await page.keyboard.press('Enter');
  await expect(steps(page)).toHaveCount(7);

  await page.getByText('Vergleich mit heute').click();
  const compare = page.locator('.compare-view');
  await expect(compare).toContainText('1 neu, 0 weggefallen, 1 geändert, 5 gleich geblieben');
  await expect(compare.locator('.compare-added')).toContainText('Willkommensmail senden');
  await expect(compare.locator('.compare-changed')).toContainText('Antrag online prüfen');

  await page.reload();
  await page.getByText('Diagramm', { exact: true }).click();
  await expect(steps(page)).toHaveCount(7);
  await openPhase(page, /Wie läuft es heute\?/);
  await expect(steps(page)).toHaveCount(6);
});

test('automatic layout keeps every step in its lane; the diagram is exported as PNG and SVG', async ({ page, host }) => {
  await seedIst(page, host.url);
  await openPhase(page, /Wie läuft es heute\?/);
  await expect(steps(page)).toHaveCount(6);
  const lanesBefore = await steps(page).evaluateAll((nodes) => nodes.map((n) => /Bahn ([^.]+)\./.exec(n.getAttribute('aria-label') ?? '')?.[1]).sort());
  await page.getByRole('button', { name: 'Automatisch anordnen' }).click();
  await expect(page.getByText('Der Ablauf ist neu angeordnet.', { exact: false })).toBeVisible();
  const lanesAfter = await steps(page).evaluateAll((nodes) => nodes.map((n) => /Bahn ([^.]+)\./.exec(n.getAttribute('aria-label') ?? '')?.[1]).sort());
  expect(lanesAfter).toEqual(lanesBefore);

  const png = page.waitForEvent('download');
  await page.getByText('Speichern als …').click();
  await page.getByRole('button', { name: 'Diagramm als Bild (PNG)' }).click();
  const size = pngSize(readFileSync(await (await png).path()));
  expect(size.width).toBeGreaterThan(1000);
  const svg = page.waitForEvent('download');
  await page.getByText('Speichern als …').click();
  await page.getByRole('button', { name: 'Diagramm als Vektorgrafik (SVG)' }).click();
  const svgText = readFileSync(await (await svg).path(), 'utf8');
  expect(svgText).toContain('Unterlagen');
  expect(svgText).toContain('<svg');
});

async function openSampleProcess(page: Page, url: string, phase: RegExp = /Wie läuft es heute\?/): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: phase }).click();
  await expect(steps(page).first()).toBeVisible();
}

/** The step lies beyond the first view on a laptop screen: show the whole process, then click it. */
async function selectKeyStep(page: Page): Promise<void> {
  await expect(steps(page)).toHaveCount(9);
  await page.getByRole('button', { name: 'Ganzen Ablauf zeigen' }).click();
  await step(page, 'Schlüssel übergeben').click();
  await expect(page.getByRole('heading', { name: /^Schritt \d+$/ })).toBeVisible();
}

test('undo brings back a deleted step with its marker', async ({ page, host }) => {
  await openSampleProcess(page, host.url);
  await selectKeyStep(page);
  await page.keyboard.press('Delete');
  await expect(steps(page)).toHaveCount(8);
  await page.keyboard.press('Control+z');
  await expect(steps(page)).toHaveCount(9);
  await expect(page.locator('.marker-overview')).toContainText('Keine Liste, wer welchen Schlüssel hat');
  await expect(page.locator('.react-flow__edge')).toHaveCount(9);
});

/** The steps' numbers as the canvas announces them: "3. Entscheidung: Unterlagen vollständig?. Bahn …" → label by number. */
async function numbered(page: Page): Promise<string[]> {
  const labels = await steps(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  return labels
    .map((l) => /^(\d+)\. [^:]+: (.+?)\. Bahn /.exec(l)!)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => m[2]!);
}

test('deleting a middle step reconnects the chain; undo takes the new arrow away again', async ({ page, host }) => {
  await seedIst(page, host.url, { extras: false });
  await openPhase(page, /Wie läuft es heute\?/);
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  await step(page, 'Aufnahme bestätigen').click();
  await page.keyboard.press('Delete');
  await expect(steps(page)).toHaveCount(5);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(page.getByText('Der Schritt davor führt jetzt direkt zum Schritt danach.', { exact: false }).first()).toBeAttached();
  await expect(step(page, 'Beitrag einziehen')).toHaveAttribute('aria-label', /^4\. /);
  await page.keyboard.press('Control+z');
  await expect(steps(page)).toHaveCount(6);
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  await page.reload();
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
});

test('after automatic layout the steps are numbered along the arrows, from start to end', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'Reitverein' });
  const workshop = await callApi<{ id: string }>(page, 'workshops.create', { organisationId: club.id, templateId: 'builtin-vereint-veraenderungen-angehen', title: 'Einarbeitung' });
  const diagram = await callApi<{ id: string; lanes: { id: string }[] }>(page, 'process.create', { workshopId: workshop.id, variant: 'ist', laneNames: ['Vorstand', 'Pat:in', 'Neue'] });
  // Placed against the flow on purpose: the start far right, the end far left.
  const plan: [string, number, string, number][] = [['START', 2, 'start', 1500], ['Pat:in stellt vor', 1, 'step', 300], ['Training', 2, 'step', 900], ['Ende', 0, 'end', 100]];
  const ids: string[] = [];
  for (const [label, lane, kind, x] of plan) ids.push((await callApi<{ step: { id: string } }>(page, 'process.steps.add', { diagramId: diagram.id, laneId: diagram.lanes[lane]!.id, kind, label, x })).step.id);
  for (let i = 1; i < ids.length; i++) await callApi(page, 'process.edges.add', { sourceId: ids[i - 1], targetId: ids[i] });
  await page.goto(`${host.url}#/workshops/${workshop.id}`);
  await openPhase(page, /Wie läuft es heute\?/);
  await expect(steps(page)).toHaveCount(4);
  expect(await numbered(page)).toEqual(['START', 'Pat:in stellt vor', 'Training', 'Ende']);
  await page.getByRole('button', { name: 'Automatisch anordnen' }).click();
  await expect(page.getByText('Der Ablauf ist neu angeordnet.', { exact: false })).toBeVisible();
  expect(await numbered(page)).toEqual(['START', 'Pat:in stellt vor', 'Training', 'Ende']);
  await page.getByText('Als Text').click();
  await expect(page.locator('.process-text')).toContainText('1. Start: START');
  await expect(page.locator('.process-text')).toContainText('4. Ende: Ende');
});

test('"Ist übernehmen" copies the steps only by default; with markers on request, which can then go several at once', async ({ page, host }) => {
  await seedIst(page, host.url);
  await openPhase(page, /Wie soll es laufen\?/);
  await page.getByRole('button', { name: 'Ist übernehmen' }).click();
  await expect(page.getByRole('radio', { name: 'Nur die Schritte und Pfeile' })).toBeChecked();
  await expectAccessible(page, 'copy Ist dialog');
  await page.getByRole('button', { name: 'Übernehmen', exact: true }).click();
  await expect(steps(page)).toHaveCount(6);
  await expect(page.locator('.marker-overview li')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ist übernehmen' }).click();
  await page.getByRole('radio', { name: /^Schritte mit allen Markierungen/ }).check();
  await page.getByRole('button', { name: 'Ersetzen' }).click();
  await expect(page.locator('.marker-overview li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Alle Schmerzpunkte auswählen' }).click();
  await expectAccessible(page, 'marker list with a selection');
  await page.getByRole('button', { name: '2 ausgewählte Markierungen entfernen' }).click();
  await expect(page.locator('.marker-overview li')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.marker-overview li')).toHaveCount(2);
});

// One axe scan per view, each its own short test, on one host with the sample loaded once.
test.describe('the process views are accessible:', () => {
  const { openPhase } = useSharedSample();
  async function openShared(phase: RegExp = /Wie läuft es heute\?/): Promise<Page> {
    const page = await openPhase(phase);
    await expect(steps(page).first()).toBeVisible();
    return page;
  }

  test('diagram', async () => {
    const page = await openShared();
    await expect(steps(page)).toHaveCount(9);
    await expectAccessible(page, 'process diagram');
  });

  test('step panel', async () => {
    const page = await openShared();
    await selectKeyStep(page);
    await expectAccessible(page, 'process step panel');
  });

  test('text', async () => {
    const page = await openShared();
    await page.getByText('Als Text').click();
    await expect(page.getByRole('heading', { name: 'Der Ablauf als Text' })).toBeVisible();
    await expectAccessible(page, 'process text');
  });

  test('compare', async () => {
    const page = await openShared(/Wie soll es laufen\?/);
    await page.getByText('Vergleich mit heute').click();
    await expect(page.locator('.compare-view')).toContainText('1 neu');
    await expectAccessible(page, 'process compare');
  });
});
