import { type Page, expect } from '@playwright/test';

/**
 * Presses Tab until the focused element has the given accessible name, as a
 * keyboard user would. Fails if it is not reachable within `max` presses.
 */
export async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await focusedName(page);
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`"${String(name)}" was not reachable with Tab`);
}

/** Waits until the quiet save indicator says the last edit is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByText(/Gespeichert um \d{2}:\d{2} Uhr|Saved at/).first()).toBeVisible();
}

export async function createClub(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Verein anlegen' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Verein anlegen' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Verein anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function createWorkshop(page: Page, fields: { date?: string; place?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Workshop anlegen' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Workshop anlegen' });
  await expect(dialog.getByLabel('Titel')).toHaveValue('Verein(t) Veränderungen angehen');
  if (fields.date) await dialog.getByLabel('Datum').fill(fields.date);
  if (fields.place) await dialog.getByLabel('Ort').fill(fields.place);
  await dialog.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verein(t) Veränderungen angehen' })).toBeVisible();
}

/** Like tabTo, backwards (Shift+Tab). */
export async function shiftTabTo(page: Page, name: string | RegExp, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Shift+Tab');
    const text = await focusedName(page);
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`"${String(name)}" was not reachable with Shift+Tab`);
}

async function focusedName(page: Page): Promise<string> {
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      return el.labels?.[0]?.textContent ?? '';
    }
    return el.textContent ?? '';
  });
  return focused.replace(/\s+/g, ' ').trim();
}

/** Picks an option of the focused native select by its text, with the keyboard only. */
export async function chooseWithKeyboard(page: Page, option: string): Promise<void> {
  const index = await page.evaluate((text) => {
    const select = document.activeElement as HTMLSelectElement;
    return [...select.options].findIndex((o) => o.text === text) - select.selectedIndex;
  }, option);
  for (let i = 0; i < Math.abs(index); i++) await page.keyboard.press(index > 0 ? 'ArrowDown' : 'ArrowUp');
}

/**
 * Calls the host's API as the page does (with its token), to set up a state in
 * one step, so a test spends its time on the behaviour it checks.
 */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown = {}): Promise<T> {
  const envelope = await page.evaluate(
    async ([name, body]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="vw-token"]')?.content ?? '';
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-vw-token': token },
        body: JSON.stringify(body),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [method, input] as const,
  );
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}
