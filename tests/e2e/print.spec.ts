import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type PrintDocument, type WorkshopDetail, printPath } from '../../src-main/contract';
import { agendaTimes } from '../../src-main/shared/agenda-times';
import { expect, expectAccessible, test, useSharedSample } from './fixtures';
import { callApi } from './helpers';

// "Ablauf drucken" and "Maßnahmenplan drucken" in the browser host: the print
// view as Chromium prints it (print media, the view's @page size), checked in
// the PDF itself: how many pages, and what the text says.

let out = '';

/** Prints the view as a PDF and reads it back with poppler: page count, page size and text. */
async function printed(page: Page, document: PrintDocument): Promise<{ pages: number; size: string; text: string }> {
  out ||= mkdtempSync(join(tmpdir(), 'vw-print-'));
  const file = join(out, `${document}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  // PRINT_PDF_PAGES=1: the pages as pictures beside the PDF, to be looked at.
  if (process.env.PRINT_PDF_PAGES) execFileSync('pdftoppm', ['-png', '-r', '60', file, join(out, document)]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}

test.describe('printed agenda and action plan', () => {
  const { session } = useSharedSample();
  let workshop: WorkshopDetail;

  async function openPrint(document: PrintDocument): Promise<Page> {
    const { page, host } = session;
    workshop ??= await callApi<WorkshopDetail>(page, 'workshops.get', { id: /#\/workshops\/([^/]+)/.exec(page.url())![1]! });
    await page.goto(`${new URL(host.url).origin}/${printPath(workshop.id, document)}`);
    await expect(page.locator('html[data-print-ready]')).toHaveCount(1);
    return page;
  }

  test('the sample day’s agenda: clock times from the start, at most two A4 pages', async () => {
    const page = await openPrint('agenda');
    await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();
    await expectAccessible(page, 'the printed agenda');
    const pdf = await printed(page, 'agenda');
    const times = agendaTimes(workshop.startTime, workshop.phases);
    expect(workshop.startTime).toBe('09:30');
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.size).toMatch(/^594\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.text).toContain(workshop.phases[0]!.title);
    expect(pdf.text).toMatch(/09:30\s+Ankommen/);
    expect(pdf.text).toContain(`${times.slots[1]!.start}`);
    expect(pdf.text).toContain(workshop.phases[1]!.title);
    expect(pdf.text).toContain(`${times.end!}`);
  });

  test('the action plan: one landscape page with each measure, who and by when', async () => {
    const page = await openPrint('actions');
    await expectAccessible(page, 'the printed action plan');
    const plan = await callApi<{ measures: { title: string; owner: string }[] }>(page, 'measures.list', { workshopId: workshop.id });
    // Only the sheet goes on paper: a message that happens to be showing stays on the screen.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toast-region').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await page.emulateMedia({ media: null });
    const pdf = await printed(page, 'actions');
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toMatch(/^841\.\d+ x 594\.\d+ pts/);
    expect(pdf.text).toContain(plan.measures[0]!.title);
    expect(pdf.text).toContain('Bis wann?');
  });

  test('the buttons open the print view, which prints itself', async () => {
    const { page } = session;
    await page.context().addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.goto(`${new URL(session.host.url).origin}/#/workshops/${workshop.id}/details`);
    const [view] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Ablauf drucken' }).click()]);
    await expect(view.locator('html[data-printed]')).toHaveCount(1);
    expect(view.url()).toContain(printPath(workshop.id, 'agenda', true));
    await view.close();
  });
});
