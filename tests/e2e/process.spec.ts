import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pngSize } from '../helpers/png';
import { expect, expectAccessible, test } from './fixtures';
import { chooseWithKeyboard, createClub, createWorkshop, shiftTabTo, tabTo } from './helpers';

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

test('an Ist process is built by keyboard, copied to Soll, changed, compared, laid out and exported', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await createClub(page, 'Kleingartenverein Sonnenhang e.V.');
  await createWorkshop(page);
  await openPhase(page, /Wie läuft es heute\?/);
  await tabTo(page, 'Ablauf anlegen');
  await page.keyboard.press('Enter');

  // Six steps in two lanes, with a decision; each follows the one before.
  await tabTo(page, 'Schritt hinzufügen');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Was passiert?')).toBeFocused();
  await addStep(page, 'Antrag kommt an', 'Geschäftsstelle', 'Start');
  await addStep(page, 'Antrag prüfen', 'Geschäftsstelle', 'Schritt');
  await addStep(page, 'Unterlagen vollständig?', 'Vorstand', 'Entscheidung');
  await addStep(page, 'Aufnahme bestätigen', 'Vorstand', 'Schritt');
  await addStep(page, 'Beitrag einziehen', 'Geschäftsstelle', 'Schritt');
  await addStep(page, 'Mitglied ist aufgenommen', 'Geschäftsstelle', 'Ende');
  await expect(steps(page)).toHaveCount(6);
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
  await expect(page.locator('.react-flow__edge-text').filter({ hasText: 'Ja' })).toHaveCount(1);

  // "Nein" leads back from the decision; two pain points.
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

  // The target process starts as a copy; one step changes, one is added.
  await openPhase(page, /Wie soll es laufen\?/);
  await tabTo(page, 'Ist übernehmen');
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

  // Everything persisted.
  await page.reload();
  await page.getByText('Diagramm', { exact: true }).click();
  await expect(steps(page)).toHaveCount(7);
  const lanesBefore = await steps(page).evaluateAll((nodes) => nodes.map((n) => /Bahn ([^.]+)\./.exec(n.getAttribute('aria-label') ?? '')?.[1]).sort());
  await page.getByRole('button', { name: 'Automatisch anordnen' }).click();
  await expect(page.getByText('Der Ablauf ist neu angeordnet.', { exact: false })).toBeVisible();
  const lanesAfter = await steps(page).evaluateAll((nodes) => nodes.map((n) => /Bahn ([^.]+)\./.exec(n.getAttribute('aria-label') ?? '')?.[1]).sort());
  expect(lanesAfter).toEqual(lanesBefore);

  // Export the diagram as PNG and SVG.
  const png = page.waitForEvent('download');
  await page.getByText('Speichern als …').click();
  await page.getByRole('button', { name: 'Diagramm als Bild (PNG)' }).click();
  const size = pngSize(readFileSync(await (await png).path()));
  expect(size.width).toBeGreaterThan(1000);
  const svg = page.waitForEvent('download');
  await page.getByText('Speichern als …').click();
  await page.getByRole('button', { name: 'Diagramm als Vektorgrafik (SVG)' }).click();
  const svgText = readFileSync(await (await svg).path(), 'utf8');
  expect(svgText).toContain('Willkommensmail');
  expect(svgText).toContain('<svg');

  await openPhase(page, /Wie läuft es heute\?/);
  await expect(steps(page)).toHaveCount(6);
  await expect(page.locator('.marker-overview li')).toHaveCount(2);
  await expect(page.locator('.marker-overview li').first()).toContainText('Lastschrift von Hand');
});

test('the process views are accessible, and undo brings back a deleted step', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: /Wie läuft es heute\?/ }).click();
  await expect(steps(page)).toHaveCount(9);
  await expectAccessible(page, 'process diagram');
  // The step lies beyond the first view on a laptop screen: show the whole process, then click it.
  await page.getByRole('button', { name: 'Ganzen Ablauf zeigen' }).click();
  await step(page, 'Schlüssel übergeben').click();
  await expect(page.getByRole('heading', { name: /^Schritt \d+$/ })).toBeVisible();
  await expectAccessible(page, 'process step panel');
  await page.keyboard.press('Delete');
  await expect(steps(page)).toHaveCount(8);
  await page.keyboard.press('Control+z');
  await expect(steps(page)).toHaveCount(9);
  await expect(page.locator('.marker-overview')).toContainText('Keine Liste, wer welchen Schlüssel hat');
  await page.getByText('Als Text').click();
  await expect(page.getByRole('heading', { name: 'Der Ablauf als Text' })).toBeVisible();
  await expectAccessible(page, 'process text');
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: /Wie soll es laufen\?/ }).click();
  await page.getByText('Vergleich mit heute').click();
  await expect(page.locator('.compare-view')).toContainText('1 neu');
  await expectAccessible(page, 'process compare');
  await page.screenshot({ path: 'test-results/screens/process-compare.png', fullPage: true });
});
