import Database from 'better-sqlite3';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createClub } from './helpers';
import { newDataDir, removeDataDir, startHost } from './host';

test('a backup made by hand brings the earlier state back, and the state before is kept', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'Vorher e.V.');

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sicherungen' })).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt sichern' }).click();
  await expect(page.getByText('Die Sicherung ist angelegt.')).toBeVisible();
  const manual = page.getByRole('row').filter({ hasText: 'Von Hand' });
  await expect(manual).toHaveCount(1);
  await expect(manual.getByRole('cell').nth(3)).toHaveText('1');

  await page.getByRole('link', { name: 'Übersicht' }).click();
  await createClub(page, 'Nachher e.V.');

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await manual.getByRole('button', { name: /wiederherstellen/ }).click();
  const dialog = page.getByRole('alertdialog');
  // The current state is set aside before the coach decides.
  await expect(dialog).toContainText('Ihr jetziger Stand ist als eigene Sicherung abgelegt');
  const kept = page.getByRole('row').filter({ hasText: 'Vor dem Wiederherstellen' });
  await expect(kept.getByRole('cell').nth(3)).toHaveText('2');
  await dialog.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/ist wiederhergestellt/)).toBeVisible();
  await expect(kept).toHaveCount(1);
  await expect(kept.getByRole('cell').nth(3)).toHaveText('2');

  await page.getByRole('link', { name: 'Übersicht' }).click();
  await expect(page.getByRole('link', { name: 'Vorher e.V.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nachher e.V.' })).toHaveCount(0);
});

test('the storage error screen for a damaged file brings back the newest backup', async ({ page }) => {
  const dataDir = newDataDir();
  const dbFile = join(dataDir, 'vereinswerkstatt.sqlite');
  let host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await createClub(page, 'Gerettet e.V.');
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Jetzt sichern' }).click();
    await expect(page.getByText('Die Sicherung ist angelegt.')).toBeVisible();
    // Leave the page before the host stops, so its event stream is not cut off.
    await page.goto('about:blank');
    await host.stop();

    writeFileSync(dbFile, 'Das ist keine Datenbank. '.repeat(100));
    rmSync(`${dbFile}-wal`, { force: true });
    host = await startHost(dataDir);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Die Daten konnten nicht geöffnet werden' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Eine Sicherung zurückholen' })).toBeVisible();
    await expect(page.getByText(/1 Verein, 0 Workshops/)).toBeVisible();
    await page.getByRole('button', { name: /^Sicherung vom .* wiederherstellen$/ }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('beschädigte Datei beiseite');
    await dialog.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
    await expect(page.getByRole('link', { name: 'Gerettet e.V.' })).toBeVisible();
  } finally {
    await page.close();
    await host.stop();
    removeDataDir(dataDir);
  }
});

/** Damages one index entry of a backup: it still opens and counts, but fails the full check. */
function damageIndex(file: string, text: string): void {
  const db = new Database(file);
  db.exec('CREATE INDEX damaged_by_name ON organisations (name)');
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'damaged_by_name'").get() as { rootpage: number };
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  const bytes = readFileSync(file);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  page[page.indexOf(Buffer.from(text)) + text.indexOf(' ')] = '/'.charCodeAt(0);
  writeFileSync(file, bytes);
}

test('a backup that proves damaged on restore is passed over for the next older one', async ({ page }) => {
  const dataDir = newDataDir();
  const dbFile = join(dataDir, 'vereinswerkstatt.sqlite');
  let host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await createClub(page, 'Gerettet e.V.');
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Jetzt sichern' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'Von Hand' })).toHaveCount(1);
    await page.getByRole('link', { name: 'Übersicht' }).click();
    await createClub(page, 'Neuer e.V.');
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Jetzt sichern' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'Von Hand' })).toHaveCount(2);
    await page.goto('about:blank');
    await host.stop();

    const backupsDir = join(dataDir, 'backups');
    const newest = readdirSync(backupsDir).find((name) => {
      const db = new Database(join(backupsDir, name), { readonly: true });
      const { n } = db.prepare('SELECT COUNT(*) AS n FROM organisations').get() as { n: number };
      db.close();
      return n === 2;
    });
    damageIndex(join(backupsDir, newest!), 'Neuer e.V.');
    writeFileSync(dbFile, 'Das ist keine Datenbank. '.repeat(100));
    rmSync(`${dbFile}-wal`, { force: true });

    host = await startHost(dataDir);
    await page.goto(host.url);
    await expect(page.getByText(/2 Vereine, 0 Workshops/)).toBeVisible();
    await page.getByRole('button', { name: /^Sicherung vom .* wiederherstellen$/ }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Ja, wiederherstellen' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Diese Sicherung ist beschädigt');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByText(/1 Verein, 0 Workshops/)).toBeVisible();
    await page.getByRole('button', { name: /^Sicherung vom .* wiederherstellen$/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, wiederherstellen' }).click();
    await expect(page.getByRole('link', { name: 'Gerettet e.V.' })).toBeVisible();
  } finally {
    await page.close();
    await host.stop();
    removeDataDir(dataDir);
  }
});
