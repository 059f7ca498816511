import { type ElectronApplication, type Page, _electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DESKTOP_BRIDGE_FUNCTIONS } from '../../src-main/contract';
import { openDocx, paragraphs } from '../helpers/docx';
import { createClub, createWorkshop, expectSaved } from '../e2e/helpers';

// The desktop path end to end: the built app (out/, started as `npm start`
// does) in a real Electron, on a data folder of its own. Run through
// scripts/test-electron.mjs, which hands over the Electron binary's path.

const root = join(import.meta.dirname, '..', '..');
const CLUB = 'Sportfreunde Rheinaue e.V.';
const NOTE = 'Mitgliederliste liegt bei drei Leuten – „eine Quelle“ vereinbaren';
const PHASE = 'Wer ist beteiligt?';

test.describe.configure({ mode: 'serial' });

let dataDir = '';
let electronApp: ElectronApplication | null = null;
let page: Page;

/** Starts the app on our data folder and waits for its main window. */
async function launch(): Promise<void> {
  electronApp = await _electron.launch({
    ...(process.env.VW_ELECTRON_PATH ? { executablePath: process.env.VW_ELECTRON_PATH } : {}),
    // Chromium refuses to start as root with its sandbox (a container); runners and coaches are not root.
    args: [root, `--user-data-dir=${dataDir}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: root,
  });
  // Never the developer's own data: Electron takes --user-data-dir as the app's userData
  // (compared as real paths: macOS's /var is /private/var, Windows may shorten names).
  const userData = await electronApp.evaluate(({ app }) => app.getPath('userData'));
  expect(realpathSync.native(userData)).toBe(realpathSync.native(dataDir));
  page = await electronApp.firstWindow();
}

async function quit(): Promise<void> {
  await electronApp?.close();
  electronApp = null;
}

test.beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'vw-electron-'));
});

test.afterAll(async () => {
  await quit();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the start screen is German, and the page has the preload bridge and no Node', async () => {
  await launch();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expect(page.getByText('Noch keine Vereine')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  const seen = await page.evaluate(() => ({
    bridge: Object.keys(window.vereinswerkstatt ?? {}).sort(),
    node: typeof (window as unknown as { require?: unknown }).require !== 'undefined' || typeof (window as unknown as { process?: unknown }).process !== 'undefined',
  }));
  expect(seen.bridge).toEqual(['api', ...DESKTOP_BRIDGE_FUNCTIONS].sort());
  expect(seen.node).toBe(false);
});

test('a club created through the preload and IPC is still there after a restart', async () => {
  await createClub(page, CLUB);
  await quit();
  expect(existsSync(join(dataDir, 'vereinswerkstatt.sqlite'))).toBe(true);
  await launch();
  await page.getByRole('link', { name: CLUB }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLUB })).toBeVisible();
});

test('a note saves, and the projector window opens on the phase', async () => {
  await createWorkshop(page, { date: '14.03.2026', place: 'Vereinsheim' });
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: /Wer ist beteiligt\?/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: PHASE })).toBeVisible();
  await page.getByLabel('Notizen zu dieser Phase').fill(NOTE);
  await expectSaved(page);

  const [projector] = await Promise.all([electronApp!.waitForEvent('window'), page.getByRole('button', { name: 'Projektor öffnen' }).click()]);
  await expect(projector.getByRole('heading', { level: 1, name: PHASE })).toBeVisible();
  expect(await electronApp!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);

  await page.reload();
  await expect(page.getByLabel('Notizen zu dieser Phase')).toHaveValue(NOTE);
});

test("the report is saved where the main process's save dialog says", async () => {
  const target = join(dataDir, 'Bericht aus dem Test.docx');
  // The real dialog would wait for a person: the stub answers for her and remembers what it was asked.
  await electronApp!.evaluate(({ dialog }, filePath) => {
    const asked: string[] = [];
    (globalThis as { vwSaveDialogAsked?: string[] }).vwSaveDialogAsked = asked;
    dialog.showSaveDialog = (...args: unknown[]) => {
      asked.push(String((args.at(-1) as { defaultPath?: string }).defaultPath));
      return Promise.resolve({ canceled: false, filePath });
    };
  }, target);

  await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();
  await page.getByRole('button', { name: 'Bericht erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bericht erstellen' });
  await dialog.getByRole('button', { name: 'Bericht speichern' }).click();
  await expect.poll(() => existsSync(target)).toBe(true);

  const asked = await electronApp!.evaluate(() => (globalThis as { vwSaveDialogAsked?: string[] }).vwSaveDialogAsked ?? []);
  expect(asked).toHaveLength(1);
  // The dialog was offered the report's own name (the page never names a path).
  expect(basename(asked[0]!)).toBe('Sportfreunde Rheinaue e.V. – Verein(t) Veränderungen angehen – 14.03.2026.docx');
  const text = paragraphs(openDocx(new Uint8Array(readFileSync(target))).document).map((p) => p.text);
  expect(text.join('\n')).toContain(CLUB);
});
