import type { Locator, Page } from '@playwright/test';
import { expect, test, useSharedSession } from './fixtures';
import { callApi } from './helpers';

// The projector on a wall: every screen of the sample day fits the display
// without scrolling, text and diagram labels are large enough to read from
// the back row, and the projector follows the coach's view and controls.

const PHASES = [
  'Ankommen & Erwartungen',
  'Unser Verein heute',
  'Unsere Werte',
  'Veränderungsthema wählen',
  'Wer ist beteiligt?',
  'Wie läuft es heute?',
  'Wie soll es laufen?',
  'Maßnahmenplan',
  'Abschluss & Feedback',
] as const;

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/** With PROJECTOR_SHOTS=<folder>, the screens are saved there to be looked at. */
async function shot(projector: Page, name: string): Promise<void> {
  if (process.env.PROJECTOR_SHOTS) await projector.screenshot({ path: `${process.env.PROJECTOR_SHOTS}/${name}.png` });
}

/** Nothing scrolls and nothing sticks out of the screen. */
async function fits(projector: Page): Promise<{ scroll: number; inner: number; clipped: string[] }> {
  return projector.evaluate(() => {
    const main = document.querySelector<HTMLElement>('.present')!;
    const clipped = [...document.querySelectorAll<HTMLElement>('.present-head, .present-prompts, .present-range, .pp-step, .pm-stack, .pm-onion-node')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > innerHeight + 1 || r.right > innerWidth + 1 || r.top < -1;
      })
      .map((el) => el.textContent ?? '');
    // The legend's markers stay inside the legend: none is cut at its bottom.
    const legend = document.querySelector('.pp-legend')?.getBoundingClientRect();
    for (const el of legend ? document.querySelectorAll('.pp-legend-shown .pp-legend-item') : []) {
      if (el.getBoundingClientRect().bottom > legend!.bottom + 1) clipped.push(el.textContent ?? '');
    }
    // Steps of a process stay inside their diagram.
    const area = document.querySelector('.pp-area')?.getBoundingClientRect();
    if (area) {
      for (const el of document.querySelectorAll('.pp-step')) {
        const r = el.getBoundingClientRect();
        if (r.right > area.right + 1 || r.bottom > area.bottom + 1) clipped.push(el.textContent ?? '');
      }
    }
    return { scroll: Math.max(document.scrollingElement!.scrollHeight, main.scrollHeight), inner: innerHeight, clipped };
  });
}

/**
 * Waits until the screen fits: after a change of window size or data the
 * projector lays itself out again, and a check in between would see the old layout.
 */
async function expectFits(projector: Page): Promise<void> {
  await expect
    .poll(async () => {
      const result = await fits(projector);
      return result.scroll <= result.inner && result.clipped.length === 0 ? 'fits' : `scroll ${result.scroll} of ${result.inner}, cut: ${result.clipped.join(' | ')}`;
    })
    .toBe('fits');
}

/** The smallest rendered text size (CSS size × on-screen scale) of what is shown on screen. */
async function smallestText(projector: Page, selector: string): Promise<number> {
  return projector.evaluate((sel) => {
    const sizes = [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left >= 0 && r.right <= innerWidth + 1;
      })
      .map((el) => parseFloat(getComputedStyle(el).fontSize) * (el.getBoundingClientRect().height / el.offsetHeight));
    return sizes.length ? Math.min(...sizes) : 0;
  }, selector);
}

/** The rendered text size of one element (CSS size × on-screen scale). */
async function renderedSize(el: Locator): Promise<number> {
  return el.evaluate((e: HTMLElement) => parseFloat(getComputedStyle(e).fontSize) * (e.getBoundingClientRect().height / e.offsetHeight));
}

test.describe('projector:', () => {
  let projector: Page;
  let workshopUrl = '';
  const session = useSharedSession({
    prepare: async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Beispiel laden' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
      await page.getByRole('button', { name: 'Workshop wieder öffnen' }).click();
      await expect(page.getByText('Der Projektor zeigt diese Phase.')).toBeVisible();
      workshopUrl = page.url();
      [projector] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Projektor öffnen' }).click()]);
    },
  });

  /** The coach opens a phase (the editors start in their first view); the projector follows. */
  async function show(title: string, { fresh = true } = {}): Promise<Page> {
    const { page } = session;
    if (fresh) {
      await page.goto('about:blank');
      await page.goto(workshopUrl);
    }
    await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: new RegExp(title.replace('?', '\\?')) }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return page;
  }

  for (const size of SIZES) {
    for (const [i, title] of PHASES.entries()) {
      // The smallest display: the screens that grew here (vote, map, processes), to keep the suite short.
      if (size.width === 1280 && (i < 3 || i > 6)) continue;
      test(`${size.width}×${size.height}: „${title}“ fits without scrolling`, async () => {
        await projector.setViewportSize(size);
        await show(title, { fresh: false });
        await expectFits(projector);
        await shot(projector, `${size.width}-${i + 1}`);
      });
    }
  }

  test('card text is at least 28 px at 1920×1080', async () => {
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await show('Unsere Werte');
    await expect(projector.locator('.present-card').first()).toBeVisible();
    expect(await smallestText(projector, '.present-card')).toBeGreaterThanOrEqual(28);
    expect(await smallestText(projector, '.present-prompts li')).toBeGreaterThanOrEqual(28);
  });

  test('stakeholder and process labels are at least 20 px at 1920×1080', async () => {
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await show('Wer ist beteiligt?');
    await expect(projector.locator('.pm-label').first()).toBeVisible();
    expect(await smallestText(projector, '.pm-label')).toBeGreaterThanOrEqual(20);
    await show('Wie läuft es heute?');
    await expect(projector.locator('.pp-step').first()).toBeVisible();
    expect(await smallestText(projector, '.pp-step .pp-label, .pp-lane-name')).toBeGreaterThanOrEqual(20);
    // Never cut with "…": the whole text of every shown step is there.
    expect(await projector.locator('.pp-step').allTextContents()).not.toContainEqual(expect.stringContaining('…'));
  });

  test('follows the map from grid to onion to table', async () => {
    const page = await show('Wer ist beteiligt?');
    await expect(projector.locator('.pm[data-view="grid"]')).toBeVisible();
    await page.getByRole('radio', { name: 'Zwiebel' }).check();
    await expect(projector.locator('.pm[data-view="onion"]')).toBeVisible();
    await shot(projector, 'onion');
    await page.getByRole('radio', { name: 'Tabelle' }).check();
    await expect(projector.getByRole('table', { name: 'Beteiligte als Tabelle' })).toBeVisible();
    await shot(projector, 'table');
  });

  test('follows the process from the diagram to the comparison with today', async () => {
    const page = await show('Wie soll es laufen?');
    await expect(projector.getByRole('img', { name: 'Der Ablauf künftig' })).toBeVisible();
    await page.getByRole('radio', { name: 'Vergleich mit heute' }).check();
    await expect(projector.getByRole('region', { name: 'Vergleich mit heute' })).toBeVisible();
    await shot(projector, 'compare');
    await page.getByRole('radio', { name: 'Diagramm' }).check();
    await expect(projector.getByRole('img', { name: 'Der Ablauf künftig' })).toBeVisible();
  });

  test('a long process zooms to the step the coach selected', async () => {
    await projector.setViewportSize({ width: 1366, height: 768 });
    const page = await show('Wie läuft es heute?');
    const workshopId = /#\/workshops\/([^/]+)/.exec(workshopUrl)![1]!;
    const ist = await callApi<{ steps: { x: number; label: string }[] }>(page, 'process.get', { workshopId, variant: 'ist' });
    const last = [...ist.steps].sort((a, b) => b.x - a.x)[0]!.label;
    await expect(projector.locator('.pp-step', { hasText: last })).toHaveCount(0);
    await page.locator('.react-flow__node', { hasText: last }).click();
    await page.getByRole('button', { name: 'Auswahl vergrößern' }).click();
    await expect(projector.locator('.pp-step', { hasText: last })).toBeVisible();
    await page.getByRole('button', { name: 'Alles zeigen' }).click();
    await expect(projector.locator('.pp-step', { hasText: last })).toHaveCount(0);
  });

  test('B blanks the screen and brings it back; the time can be hidden', async () => {
    const page = await show('Ankommen & Erwartungen');
    await page.getByRole('button', { name: 'Zeit starten' }).click();
    await expect(projector.getByRole('timer')).toBeVisible();
    await page.keyboard.press('b');
    await expect(projector.locator('.present-blank')).toBeVisible();
    await expect(projector.getByRole('heading', { level: 1, name: 'Ankommen & Erwartungen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Bild an' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('b');
    await expect(projector.getByRole('heading', { level: 1, name: 'Ankommen & Erwartungen' })).toBeVisible();
    await page.getByRole('button', { name: 'Zeit ausblenden' }).click();
    await expect(projector.getByRole('timer')).toHaveCount(0);
    await page.getByRole('button', { name: 'Zeit zeigen' }).click();
    await expect(projector.getByRole('timer')).toBeVisible();
  });

  test('few cards grow to use the screen and still fit', async () => {
    for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
      await projector.setViewportSize(size);
      await show('Unsere Werte', { fresh: size.width === 1920 });
      await expect(projector.locator('.present-flow[data-grow]')).not.toHaveAttribute('data-grow', '1');
      await expectFits(projector);
      // Larger than the 28 px minimum (scaled with the screen), and no card on another page.
      expect(await smallestText(projector, '.present-card')).toBeGreaterThan((28 * 1.2 * size.width) / 1920);
      await expect(projector.locator('.present-range')).toHaveCount(0);
      await shot(projector, `few-cards-${size.width}`);
    }
  });

  test('the coach picks a card group: the projector shows only that group', async () => {
    await projector.setViewportSize({ width: 1920, height: 1080 });
    const page = await show('Ankommen & Erwartungen');
    await expect(projector.locator('.present-cluster')).toHaveCount(2);
    await page.getByLabel('Karten auf dem Projektor').selectOption({ label: 'Sorgen' });
    await expect(projector.locator('.present-cluster')).toHaveCount(1);
    await expect(projector.getByRole('heading', { level: 2, name: 'Sorgen' })).toBeVisible();
    await expect(projector.locator('.present-card')).toHaveCount(2);
    await page.getByLabel('Karten auf dem Projektor').selectOption({ label: 'Alle Karten' });
    await expect(projector.locator('.present-cluster')).toHaveCount(2);
  });

  test('zoom to the selected stakeholder: it is shown enlarged, its name at 20 px or more', async () => {
    await projector.setViewportSize({ width: 1920, height: 1080 });
    const page = await show('Wer ist beteiligt?');
    const map = await callApi<{ stakeholders: { name: string; influence: number | null }[] }>(page, 'stakeholders.map', { workshopId: workshopIdOf() });
    const name = map.stakeholders.find((s) => s.influence !== null)!.name;
    const label = projector.locator('.pm-stack .pm-label', { hasText: name }).first();
    const before = await renderedSize(label);
    await page.locator('.react-flow__node', { hasText: name }).first().click();
    await page.getByRole('button', { name: 'Auswahl vergrößern' }).click();
    await expect(projector.locator('.pm-stack.pm-selected', { hasText: name })).toBeVisible();
    await expect.poll(() => renderedSize(label)).toBeGreaterThan(before * 1.5);
    expect(await renderedSize(label)).toBeGreaterThanOrEqual(20);
    // The others may lie outside the zoomed map; the chosen one is inside it, and nothing scrolls.
    const inMap = () =>
      projector.locator('.pm-stack.pm-selected').evaluate((el) => {
        const [r, map] = [el.getBoundingClientRect(), el.closest('.pm-plot')!.getBoundingClientRect()];
        return r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= map.top - 1 && r.bottom <= map.bottom + 1 && document.scrollingElement!.scrollHeight <= innerHeight;
      });
    await expect.poll(inMap).toBe(true);
    await shot(projector, 'zoomed-stakeholder-1920');
    await projector.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(inMap).toBe(true);
    await shot(projector, 'zoomed-stakeholder-1366');
    await page.getByRole('button', { name: 'Alles zeigen' }).click();
    await expect.poll(() => renderedSize(label)).toBeLessThan(before * 1.5);
  });

  test('40 cards go page by page, none cut off', async () => {
    await projector.setViewportSize({ width: 1366, height: 768 });
    const page = await show('Abschluss & Feedback');
    const workshopId = /#\/workshops\/([^/]+)/.exec(workshopUrl)![1]!;
    const workshop = await callApi<{ phases: { id: string; title: string }[] }>(page, 'workshops.get', { id: workshopId });
    const phaseId = workshop.phases.find((p) => p.title === 'Abschluss & Feedback')!.id;
    const board = await callApi<{ cards: unknown[] }>(page, 'cards.board', { phaseId });
    for (let i = board.cards.length; i < 40; i += 1) await callApi(page, 'cards.add', { phaseId, text: `Karte Nummer ${i + 1} mit etwas mehr Text` });
    const range = projector.locator('.present-range');
    await expect(range).toHaveText(/^Karten 1–\d+ von 40$/);
    const first = Number(/1–(\d+)/.exec((await range.textContent()) ?? '')![1]);
    // The coach's bar knows the projector's pages.
    await expect(page.getByRole('status').filter({ hasText: /^Seite 1 von \d+$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Nächste Seite' }).click();
    await expect(range).toHaveText(new RegExp(`^Karten ${first + 1}–\\d+ von 40$`));
    await expect(page.getByRole('status').filter({ hasText: /^Seite 2 von \d+$/ })).toBeVisible();
    await shot(projector, 'cards-page-2');
    await shot(page, 'coach-cards-page-2');
    await expectFits(projector);
  });

  test('a long legend goes page by page: every marker is shown in full, none cut', async () => {
    await projector.setViewportSize({ width: 1920, height: 1080 });
    const page = await show('Wie läuft es heute?');
    const ist = await callApi<{ steps: { id: string; x: number }[]; markers: unknown[] }>(page, 'process.get', { workshopId: workshopIdOf(), variant: 'ist' });
    // Twelve long ones on the first two steps: more than the legend beside them holds.
    const first = [...ist.steps].sort((a, b) => a.x - b.x).slice(0, 2);
    for (let i = 0; i < 12; i += 1) {
      const text = `Hinweis ${i + 1}: Die Anmeldung liegt auf Papier im Vereinsheim, und niemand weiß genau, wer sie zuletzt bearbeitet hat`;
      await callApi(page, 'process.markers.add', { stepId: first[i % 2]!.id, kind: i % 2 ? 'idea' : 'pain', text });
    }
    const total = ist.markers.length + 12;
    await expect(projector.locator('.pp-legend-range')).toHaveText(new RegExp(`^Markierungen 1–\\d+ von ${total}$`));
    for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
      await projector.setViewportSize(size);
      await callApi(page, 'live.present', { workshopId: workshopIdOf(), page: 0 });
      await expect(projector.locator('.pp[data-page="1"]')).toBeVisible();
      await expectFits(projector);
      await shot(projector, `long-legend-${size.width}`);
    }
    // Page by page to the end (on the smaller screen, with the most pages): "weiter" stops there, and every marker was on a page.
    const seen = new Set<string>();
    const next = page.getByRole('button', { name: 'Nächste Seite' });
    const pages = await projector.locator('.pp').getAttribute('data-pages');
    for (let n = 1; ; n += 1) {
      await expect(page.getByRole('status').filter({ hasText: `Seite ${n} von ${pages}` })).toBeVisible();
      await expect(projector.locator(`.pp[data-page="${n}"]`)).toBeVisible();
      await expectFits(projector);
      for (const badge of await projector.locator('.pp-legend-shown .pp-badge').allTextContents()) seen.add(badge.replace(/\D/g, ''));
      if (await next.isDisabled()) break;
      await next.click();
    }
    expect(seen.size).toBe(total);
  });
  // A large workshop: the sample grown to 30 stakeholders and 25 steps in the Ist.
  function workshopIdOf(): string {
    return /#\/workshops\/([^/]+)/.exec(workshopUrl)![1]!;
  }

  test('a large workshop: 30 stakeholders fit the screen and read at 20 px', async () => {
    const page = await show('Wer ist beteiligt?');
    const workshopId = workshopIdOf();
    const map = await callApi<{ stakeholders: unknown[] }>(page, 'stakeholders.map', { workshopId });
    for (let i = map.stakeholders.length; i < 30; i += 1) {
      const score = (n: number) => 1 + ((i * n) % 41) / 10;
      await callApi(page, 'stakeholders.create', { workshopId, name: `Gruppe ${i + 1}`, influence: score(7), interest: score(13) });
    }
    for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
      await projector.setViewportSize(size);
      await expect(projector.locator('.pm-label', { hasText: 'Gruppe 30' })).toBeVisible();
      await expectFits(projector);
      if (size.width === 1920) expect(await smallestText(projector, '.pm-label')).toBeGreaterThanOrEqual(20);
      await shot(projector, `large-map-${size.width}`);
    }
  });

  test('a large workshop: 25 steps fit the screen, read at 20 px and are never cut', async () => {
    const page = await show('Wie läuft es heute?');
    const workshopId = workshopIdOf();
    const ist = await callApi<{ id: string; lanes: { id: string }[]; steps: { id: string; x: number }[] }>(page, 'process.get', { workshopId, variant: 'ist' });
    let after = [...ist.steps].sort((a, b) => b.x - a.x)[0]!.id;
    for (let i = ist.steps.length; i < 25; i += 1) {
      const added = await callApi<{ step: { id: string } }>(page, 'process.steps.add', {
        diagramId: ist.id,
        laneId: ist.lanes[i % ist.lanes.length]!.id,
        label: `Schritt ${i + 1}: Unterlagen an die Abteilungsleitung weitergeben`,
        after,
      });
      after = added.step.id;
    }
    for (const size of [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }]) {
      await projector.setViewportSize(size);
      await expect(projector.locator('.present-range, .pp-range').first()).toContainText('von 25');
      await expectFits(projector);
      if (size.width === 1920) expect(await smallestText(projector, '.pp-step .pp-label, .pp-lane-name')).toBeGreaterThanOrEqual(20);
      expect(await projector.locator('.pp-step').allTextContents()).not.toContainEqual(expect.stringContaining('…'));
      await shot(projector, `large-process-${size.width}`);
    }
  });
});
