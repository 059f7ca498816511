import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../helpers/csv';
import { pngSize } from '../helpers/png';
import { expect, expectAccessible, test, useSharedSample } from './fixtures';
import { callApi, createClub, createWorkshop, tabTo } from './helpers';

async function openStakeholderPhase(page: Page): Promise<void> {
  await tabTo(page, /Wer ist beteiligt\?/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Wer ist beteiligt?' })).toBeVisible();
}

const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ hasText: name });

const tray = (page: Page) => page.getByRole('region', { name: /^Noch nicht eingeordnet/ });
const trayItem = (page: Page, name: string) => tray(page).getByRole('button', { name: new RegExp(`^${name}`) });

/** Drags a tray item onto the grid, at a fraction of the pane's width and height (HTML drag and drop). */
async function dropOnGrid(page: Page, name: string, at: { x: number; y: number }): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await trayItem(page, name).dragTo(page.locator('.react-flow__pane'), { targetPosition: { x: pane.width * at.x, y: pane.height * at.y } });
  await expect(node(page, name)).toBeVisible();
}

// The map by keyboard alone, one part per test; what a part needs from earlier ones is set up through the API.
test('new stakeholders wait in the tray, not on the grid, until placed by keyboard or drag; connected and kept', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'TSV Musterstadt 1908 e.V.');
  await createWorkshop(page);
  await openStakeholderPhase(page);

  // Three names into the quick list: they wait in the tray, none stands on the grid at made-up values.
  await tabTo(page, 'Beteiligte hinzufügen');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  for (const name of ['Vorstand', 'Geschäftsstelle', 'Eltern']) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(trayItem(page, name)).toBeVisible();
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // "Vorstand" by keyboard: pick it in the tray, type its values into the details.
  await tabTo(page, /^Vorstand/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Einfluss' })).toBeFocused();
  await page.keyboard.type('4,5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Vorstand')).toHaveAttribute('aria-label', /Einfluss 4,5, Interesse 4,0: Eng einbinden/);
  await expect(trayItem(page, 'Vorstand')).toHaveCount(0);

  // The other two by dragging them onto the grid: the drop point gives their values.
  await dropOnGrid(page, 'Geschäftsstelle', { x: 0.3, y: 0.75 });
  await expect(node(page, 'Geschäftsstelle')).toHaveAttribute('aria-label', /: Beobachten/);
  await dropOnGrid(page, 'Eltern', { x: 0.7, y: 0.7 });
  await expect(tray(page)).toHaveCount(0);

  // Connect "Vorstand" to someone by keyboard.
  await tabTo(page, /^Vorstand, Sonstige/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Angaben zu Vorstand' })).toBeVisible();
  await tabTo(page, /^Zu wem\?/);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Zu wem?')).toHaveValue(/.+/);
  await tabTo(page, 'Verbinden');
  await page.keyboard.press('Enter');
  await expect(page.locator('.rel-label')).toHaveCount(1);

  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.rel-label')).toHaveCount(1);
});

/** Vorstand, Geschäftsstelle and Eltern on a new club's map, set up through the API; Eltern where it is placed. */
async function seedMap(page: Page, url: string, eltern: { influence: number; interest: number }): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Verein anlegen' }).first()).toBeVisible();
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'TSV Musterstadt 1908 e.V.' });
  const workshop = await callApi<{ id: string; phases: { id: string; kind: string }[] }>(page, 'workshops.create', {
    organisationId: club.id,
    templateId: 'builtin-vereint-veraenderungen-angehen',
    title: 'Verein(t) Veränderungen angehen',
  });
  await callApi(page, 'stakeholders.create', { workshopId: workshop.id, name: 'Vorstand', influence: 4.8, interest: 4.2 });
  await callApi(page, 'stakeholders.create', { workshopId: workshop.id, name: 'Geschäftsstelle', influence: 3, interest: 4 });
  await callApi(page, 'stakeholders.create', { workshopId: workshop.id, name: 'Eltern', ...eltern });
  const phase = workshop.phases.find((p) => p.kind === 'stakeholders')!;
  await page.goto(`${url}#/workshops/${workshop.id}/phases/${phase.id}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
}

test('a stakeholder is moved on the map by keyboard into "Beobachten", and stays there', async ({ page, host }) => {
  await seedMap(page, host.url, { influence: 3, interest: 3 });
  // Move "Eltern" from the middle (3,0 / 3,0: Eng einbinden) down and left into "Beobachten".
  await tabTo(page, /^Eltern, Sonstige. Einfluss 3,0, Interesse 3,0: Eng einbinden/);
  for (const key of ['Shift+ArrowDown', 'Shift+ArrowDown', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'ArrowUp']) await page.keyboard.press(key);
  const eltern = node(page, 'Eltern');
  await expect(eltern).toHaveAttribute('aria-label', /Einfluss 2,1, Interesse 2,0: Beobachten/);
  await page.reload();
  await expect(node(page, 'Eltern')).toHaveAttribute('aria-label', /Einfluss 2,1, Interesse 2,0: Beobachten/);
});

test('the onion and the table are reached by keyboard; the map exports as PNG and the list as CSV', async ({ page, host }) => {
  await seedMap(page, host.url, { influence: 2.1, interest: 2 });
  // The onion and back, by keyboard.
  await tabTo(page, 'Einfluss und Interesse');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: 'Zwiebel: Beteiligte nach Nähe zur Veränderung' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('table')).toContainText('Beobachten');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('region', { name: 'Stakeholder-Map: Beteiligte nach Einfluss und Interesse' })).toBeVisible();

  // Export the map as PNG (twice the drawing size) and the table as CSV.
  const png = page.waitForEvent('download');
  await page.getByText('Speichern als …').click();
  await page.getByRole('button', { name: 'Karte als Bild (PNG)' }).click();
  const pngFile = await (await png).path();
  expect(pngSize(readFileSync(pngFile))).toEqual({ width: 2720, height: 2720 });

  const csv = page.waitForEvent('download');
  await page.getByText('Speichern als …').click();
  await page.getByRole('button', { name: 'Liste als Tabelle (CSV)' }).click();
  const csvDownload = await csv;
  expect(csvDownload.suggestedFilename()).toMatch(/^Stakeholder-Map – TSV Musterstadt 1908 e\.V\.\.csv$|\.csv$/);
  const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(await csvDownload.path())).slice(1), ';');
  expect(rows[0]).toContain('Haltung gewünscht');
  expect(rows.map((r) => r[0])).toEqual(['Name', 'Vorstand', 'Geschäftsstelle', 'Eltern']);
  expect(rows[3]!.slice(2, 5)).toEqual(['2,1', '2', 'Beobachten']);
});

test('drag, delete and undo on the map, with the sample club', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: /Wer ist beteiligt\?/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(12);

  // Drag "Eltern" to the right: interest goes up.
  const eltern = node(page, 'Eltern');
  const before = await eltern.getAttribute('aria-label');
  expect(before).toMatch(/Interesse 3,0/);
  await page.locator('.map-stage').scrollIntoViewIfNeeded();
  const box = (await eltern.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(eltern).not.toHaveAttribute('aria-label', before!);
  await expect(eltern).toHaveAttribute('aria-label', /Interesse 3,[5-9]|Interesse 4/);

  // Delete the Geschäftsstelle with its relation, then undo: both come back.
  await node(page, 'Geschäftsstelle').click();
  await expect(page.getByRole('heading', { name: 'Angaben zu Geschäftsstelle' })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(11);
  await expect(page.locator('.rel-label')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(12);
  await expect(page.locator('.rel-label')).toHaveCount(4);
  await page.keyboard.press('Control+z');
  await expect(eltern).toHaveAttribute('aria-label', before!);
  await page.keyboard.press('Control+Shift+z');
  await expect(eltern).not.toHaveAttribute('aria-label', before!);

  // A double-click on the empty map asks for a name and puts the new person there.
  const pane = page.locator('.react-flow__pane');
  const paneBox = (await pane.boundingBox())!;
  await page.mouse.dblclick(paneBox.x + paneBox.width * 0.3, paneBox.y + paneBox.height * 0.75);
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Förderverein Halle');
  await page.keyboard.press('Enter');
  await expect(node(page, 'Förderverein Halle')).toHaveAttribute('aria-label', /Beobachten/);

  // The name is required; a duplicate name only gets a gentle hint.
  await node(page, 'Mitglieder').click();
  const name = page.getByRole('textbox', { name: /^Name/ });
  await name.fill('Eltern');
  await expect(page.getByText('Es gibt schon Beteiligte mit diesem Namen.', { exact: false })).toBeVisible();
  await name.fill('');
  await name.blur();
  await expect(page.getByText('Der Name fehlt. Bitte geben Sie einen Namen ein.')).toBeVisible();
  await page.reload();
  await expect(node(page, 'Mitglieder')).toBeVisible();
});

test('the table and the map agree on every value; equal values make one stack at the true position', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: /Wer ist beteiligt\?/ }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(12);
  const workshopId = /#\/workshops\/([^/]+)/.exec(page.url())![1]!;
  for (const name of ['Ortsverein Nord', 'Ortsverein Süd']) await callApi(page, 'stakeholders.create', { workshopId, name, influence: 2, interest: 2 });
  await callApi(page, 'stakeholders.create', { workshopId, name: 'Lokalpresse' });
  await expect(page.locator('.react-flow__node')).toHaveCount(14);
  await expect(trayItem(page, 'Lokalpresse')).toBeVisible();

  // One stack with its count; pointing at it spreads it out, so the lower box can be read.
  await expect(page.locator('.sh-count')).toHaveText('2');
  await expect(node(page, 'Ortsverein Süd').locator('.sh-node')).toBeHidden();
  await node(page, 'Ortsverein Nord').hover();
  await expect(node(page, 'Ortsverein Süd').locator('.sh-node')).toBeVisible();
  await expect(page.locator('.sh-anchor')).not.toHaveCount(0);
  await expectAccessible(page, 'stakeholder grid with the tray and an open stack');

  const onMap = new Map<string, string>();
  for (const label of await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))) {
    const m = /^(.+?), [^.]+\. Einfluss (\S+), Interesse (\S+):/.exec(label)!;
    onMap.set(m[1]!, `${m[2]} / ${m[3]}`);
  }
  await page.getByText('Tabelle', { exact: true }).click();
  const rows = await page.getByRole('row').evaluateAll((trs) =>
    // The name is a one-line text area (a long name wraps), the values are fields.
    trs.slice(1).map((tr) => [...tr.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('textarea, input')].slice(0, 3).map((i) => i.value)),
  );
  expect(rows).toHaveLength(15);
  for (const [name, influence, interest] of rows) {
    if (name === 'Lokalpresse') expect([influence, interest, onMap.has(name)]).toEqual(['', '', false]);
    else expect(`${influence} / ${interest}`, name).toBe(onMap.get(name!));
  }
});

// One axe scan per view, each its own short test, on one host with the sample loaded once.
test.describe('the stakeholder map views are accessible:', () => {
  const { openPhase } = useSharedSample();
  async function openShared(): Promise<Page> {
    const page = await openPhase(/Wer ist beteiligt\?/);
    await expect(page.locator('.react-flow__node')).toHaveCount(12);
    return page;
  }

  test('grid', async () => {
    const page = await openShared();
    await expectAccessible(page, 'stakeholder grid');
  });

  test('panel', async () => {
    const page = await openShared();
    await node(page, 'Geschäftsstelle').click();
    await expect(page.locator('.map-panel h3')).toContainText('Geschäftsstelle');
    await expectAccessible(page, 'stakeholder panel');
  });

  test('onion', async () => {
    const page = await openShared();
    await page.getByText('Zwiebel', { exact: true }).click();
    await expect(page.getByRole('region', { name: /Zwiebel/ })).toBeVisible();
    await expectAccessible(page, 'stakeholder onion');
  });

  test('table, sorted by influence', async () => {
    const page = await openShared();
    await page.getByText('Tabelle', { exact: true }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectAccessible(page, 'stakeholder table');
    await page.getByRole('button', { name: 'Nach Einfluss sortieren' }).click();
    await expect(page.getByRole('columnheader', { name: /Einfluss/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('row').nth(1).getByRole('textbox').first()).toHaveValue('Neue Übungsleiter:innen');
  });
});
