import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, useSharedSession } from './fixtures';
import { createClub, tabTo } from './helpers';

const rows = (page: Page) => page.locator('.phase-row');

async function importFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Vorlage importieren' }).click();
  await (await chooser).setFiles(file);
}

test('a facilitator shortens the day workshop by keyboard, passes it on as a file, and a workshop starts from it', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  mkdirSync(testInfo.outputDir, { recursive: true });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Vorlagen' }).click();
  await page.getByRole('button', { name: 'Duplizieren: Verein(t) Veränderungen angehen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verein(t) Veränderungen angehen (Kopie)' })).toBeVisible();
  await expect(rows(page)).toHaveCount(11);

  // Rename it, then keep five phases: choose phase 6 and remove it four times, by keyboard.
  const name = page.getByLabel(/^Name der Vorlage/);
  await name.fill('Abendformat: Veränderung in 3 Stunden');
  await page.locator('.phase-row-select').nth(4).focus();
  await tabTo(page, /Wie läuft es heute\?/);
  await page.keyboard.press('Enter');
  await tabTo(page, 'Phase entfernen');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(7);
  await expect(page.locator('.phase-total')).toHaveText('7 Phasen · zusammen 4 Std. 10 Min.');

  // Move the values phase up by keyboard, and change one instruction.
  await page.locator('.phase-row-select').filter({ hasText: 'Unsere Werte' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.phase-row-select').nth(1)).toContainText('Unsere Werte');
  await expect(page.locator('.phase-row-select').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, /^Hinweise für die Moderation/);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\nAm Abend reichen **drei Werte**.');
  await expect(page.getByText(/Gespeichert um/)).toBeVisible();

  // Export, delete, import the file again.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const file = join(testInfo.outputDir, 'abendformat.json');
  writeFileSync(file, readFileSync(await (await download).path()));
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { name: string; phases: { title: string; instructions: string }[] };
  expect(exported.name).toBe('Abendformat: Veränderung in 3 Stunden');
  expect(exported.phases.map((p) => p.title)).toEqual(['Ankommen & Erwartungen', 'Unsere Werte', 'Unser Verein heute', 'Kaffeepause', 'Veränderungsthema wählen', 'Wer ist beteiligt?', 'Mittagspause']);
  expect(exported.phases[1]!.instructions).toContain('Am Abend reichen **drei Werte**.');

  await page.getByRole('button', { name: 'Vorlage löschen' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Vorlage löschen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vorlagen' })).toBeVisible();
  await expect(page.getByText('Noch keine eigenen Vorlagen')).toBeVisible();
  await importFile(page, file);
  const imported = page.getByRole('dialog', { name: 'Vorlage importiert' });
  await expect(imported).toContainText('Abendformat: Veränderung in 3 Stunden');
  await imported.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.getByRole('link', { name: 'Abendformat: Veränderung in 3 Stunden', exact: true })).toBeVisible();

  // A new workshop starts from it.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Übersicht' }).click();
  await createClub(page, 'Heimatverein Musterdorf e.V.');
  await page.getByRole('button', { name: 'Workshop anlegen' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Workshop anlegen' });
  await dialog.getByLabel('Vorlage').selectOption({ label: 'Abendformat: Veränderung in 3 Stunden' });
  await expect(dialog.getByLabel(/^Titel/)).toHaveValue('Verein(t) Veränderungen angehen');
  await dialog.getByLabel(/^Titel/).fill('Abendtreffen Heimatverein');
  await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
  const agenda = page.getByRole('navigation', { name: 'Ablauf' });
  await expect(agenda.getByRole('listitem')).toHaveCount(7);
  await agenda.getByRole('link', { name: /Unsere Werte/ }).click();
  await expect(page.locator('.phase-instructions')).toContainText('Am Abend reichen drei Werte.');
});

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Ablauf' });

async function openSampleDetails(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();
  await expect(rows(page)).toHaveCount(11);
}

async function addPhase(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Phase hinzufügen' }).click();
  await page.locator('.phase-form').getByLabel(/^Titel/).fill(title);
  await expect(agenda(page).getByRole('listitem')).toHaveCount(12);
}

/** "Als Vorlage speichern" on the workshop details; ends in the new template's editor. */
async function saveAsTemplate(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Als Vorlage speichern' }).click();
  const save = page.getByRole('dialog', { name: 'Ablauf als Vorlage speichern' });
  await save.getByLabel(/^Name der Vorlage/).fill(name);
  await save.getByRole('button', { name: 'Vorlage speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a removed phase of a workshop comes back with undo, with its notes and cards', async ({ page, host }) => {
  await openSampleDetails(page, host.url);
  await addPhase(page, 'Datenschutz kurz');
  await page.locator('.phase-row-select').filter({ hasText: 'Abschluss & Feedback' }).click();
  await page.getByRole('button', { name: 'Phase entfernen' }).click();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(11);
  await page.getByRole('button', { name: /^Rückgängig/ }).click();
  await expect(agenda(page).getByRole('listitem')).toHaveCount(12);
  await agenda(page).getByRole('link', { name: /Abschluss & Feedback/ }).click();
  await expect(page.getByLabel('Notizen zu dieser Phase')).toHaveValue(/Endlich sehen wir, wo es hakt/);
  await expect(page.getByText('Bitte Protokoll schnell schicken', { exact: true })).toBeVisible();
});

test('an adapted agenda is saved as a template, and its phases can be reordered by dragging', async ({ page, host }) => {
  await openSampleDetails(page, host.url);
  await addPhase(page, 'Datenschutz kurz');
  await saveAsTemplate(page, 'TSV-Format mit Datenschutz');
  await expect(rows(page)).toHaveCount(12);
  await expect(page.getByLabel(/^Autor:in/)).toHaveValue('M. Berger');
  await rows(page).filter({ hasText: 'Datenschutz kurz' }).dragTo(rows(page).first());
  await expect(page.locator('.phase-row-select').first()).toContainText('Datenschutz kurz');
});

test('a file that is not a template, and one with a broken phase, get a clear message and nothing is saved', async ({ page, host }, testInfo) => {
  mkdirSync(testInfo.outputDir, { recursive: true });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Vorlagen' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Eigene Vorlagen' })).toBeVisible();
  const notJson = join(testInfo.outputDir, 'notiz.json');
  writeFileSync(notJson, 'Einkaufsliste: Kaffee, Kekse');
  await importFile(page, notJson);
  const failed = page.getByRole('alertdialog', { name: 'Die Vorlage konnte nicht importiert werden' });
  await expect(failed).toContainText('kein lesbares JSON');
  await expect(failed).toContainText('Es wurde nichts gespeichert.');
  await failed.getByRole('button', { name: 'Schließen' }).click();
  const broken = join(testInfo.outputDir, 'kaputt.json');
  const template = JSON.parse(readFileSync('resources/templates/wissen-bleibt.json', 'utf8')) as { phases: Record<string, unknown>[] };
  template.phases[2]!.minutes = 'viele';
  writeFileSync(broken, JSON.stringify(template));
  await importFile(page, broken);
  await expect(failed).toContainText('Phase 3:');
  await expect(failed).toContainText('Minuten');
  await failed.getByRole('button', { name: 'Schließen' }).click();
  await expect(page.locator('section[aria-labelledby="templates-own"] .card-list')).toHaveCount(0);
});

// One axe scan per screen, each its own short test, on one host and page, in order:
// the editor and its preview work on the template the test before saved.
test.describe('the template screens are accessible:', () => {
  const session = useSharedSession({ prepare: ({ page, host }) => openSampleDetails(page, host.url) });

  test('workshop details with agenda editor', async () => {
    await expectAccessible(session.page, 'workshop details with agenda editor');
  });

  test('template editor', async () => {
    const { page } = session;
    await saveAsTemplate(page, 'TSV-Format');
    await expect(rows(page)).toHaveCount(11);
    await expectAccessible(page, 'template editor');
  });

  test('phase preview', async () => {
    const { page } = session;
    await page.getByText('Vorschau').click();
    await expect(page.locator('.phase-preview')).toBeVisible();
    await expectAccessible(page, 'phase preview');
  });

  test('template library', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Vorlagen' }).first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Eigene Vorlagen' })).toBeVisible();
    await expectAccessible(page, 'template library');
  });
});
