import { readFileSync } from 'node:fs';
import { headings, openDocx, paragraphs } from '../helpers/docx';
import { expect, expectAccessible, test } from './fixtures';

test('the coach makes the Word report and the action plan from the workshop page; both download as real .docx files', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
  await page.getByRole('link', { name: 'Angaben zum Workshop' }).click();

  // Who took part, with their consent, and when the club looks again.
  await page.getByLabel('Termin zum Nachschauen').fill('18.06.2026');
  await page.getByLabel('Teilnehmende (ein Name pro Zeile)').fill('Anna Beispiel\nBernd Muster');
  await page.getByLabel('Alle Teilnehmenden sind einverstanden, dass ihre Namen im Bericht stehen.').check();
  await page.getByLabel('Termin zum Nachschauen').focus();
  await expect(page.getByText(/Gespeichert um/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Bericht erstellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bericht erstellen' });
  await expect(dialog.getByLabel('Ergebnisse der Phasen')).toBeChecked();
  await expectAccessible(page, 'report dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Bericht speichern' }).click()]);
  // "<Verein kurz> – <Workshop> – <TT.MM.JJJJ>": the club's name cut between words.
  expect(download.suggestedFilename()).toBe('TSV Musterstadt 1908 e.V. – Verein(t) Veränderungen angehen – 14.03.2026.docx');
  const xml = openDocx(new Uint8Array(readFileSync(await download.path()))).document;
  expect(headings(xml, 'Heading1')).toEqual(['Ablauf des Tages', 'Nächste Schritte', 'Teilnehmende']);
  const text = paragraphs(xml).map((p) => p.text);
  expect(text).toContain('Anna Beispiel');
  expect(text).toContain('Wir schauen wieder darauf am 18.06.2026.');
  await expect(dialog).toHaveCount(0);

  // Anonymised: nobody is named.
  await page.getByRole('button', { name: 'Bericht erstellen' }).click();
  await dialog.getByLabel('Namen ersetzen (z. B. „Person A“)').check();
  const [anonymous] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Bericht speichern' }).click()]);
  const anonymousXml = openDocx(new Uint8Array(readFileSync(await anonymous.path()))).document;
  expect(paragraphs(anonymousXml).map((p) => p.text)).not.toContain('Anna Beispiel');

  const [plan] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Nur den Maßnahmenplan (Word)' }).click()]);
  expect(plan.suggestedFilename()).toBe('TSV Musterstadt 1908 e.V. – Verein(t) Veränderungen angehen – Maßnahmenplan – 14.03.2026.docx');
  expect(headings(openDocx(new Uint8Array(readFileSync(await plan.path()))).document, 'Heading1')).toEqual(['Maßnahmenplan']);
});
