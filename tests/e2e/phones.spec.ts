import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, test, useSharedSession } from './fixtures';
import { callApi } from './helpers';

// The room takes part: two phones join over a separate listener (bound to a
// second loopback address, 127.0.0.2, as a laptop's Wi-Fi address would be),
// found through the QR code the projector shows. Serial: one day, in order.

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'de-DE' };
const jsQrSource = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

const session = useSharedSession({ hostArgs: ['--phones-test-address', '127.0.0.2'] });
const day = { workshopId: '', phases: [] as { id: string; title: string; kind: string }[], url: '' };
let projector: Page;
let phoneA: Page;
let phoneB: Page;
const contexts: BrowserContext[] = [];
/** What the phone pages logged as errors, besides the connection this spec drops on purpose. */
const phoneProblems: string[] = [];

const phaseId = (kind: string, nth = 0): string => day.phases.filter((p) => p.kind === kind)[nth]!.id;
const bar = (page: Page) => page.getByRole('region', { name: 'Moderation' });
/** The phone's line for what just happened (the dot counters are live regions of their own). */
const said = (phone: Page) => phone.locator('p.status');

/** The coach opens a phase of the agenda; in a running workshop the projector and the phones follow. */
async function showPhase(title: string): Promise<void> {
  const { page } = session;
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Screenshots to look at, when PHONES_SHOTS names a folder. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.PHONES_SHOTS) await page.screenshot({ path: `${process.env.PHONES_SHOTS}/${name}.png`, fullPage: true });
}

/** Reads the QR code off a screenshot of the projector, in a blank page with jsQR. */
async function readQr(browser: Browser, png: Buffer): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ path: jsQrSource });
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
      const found = (window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR(pixels.data, pixels.width, pixels.height);
      return found?.data ?? '';
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

async function phoneCard(phone: Page, text: string): Promise<void> {
  await phone.getByRole('textbox', { name: 'Ihre Karte', exact: true }).first().fill(text);
  await phone.getByRole('button', { name: 'Karte senden' }).click();
  await expect(said(phone)).toHaveText('Ihre Karte ist angekommen.');
}

test.beforeAll(async ({ browser }) => {
  const { page, host } = session;
  await page.goto(host.url);
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'TSV Musterstadt' });
  const workshop = await callApi<{ id: string; phases: typeof day.phases }>(page, 'workshops.create', {
    organisationId: club.id,
    templateId: 'builtin-vereint-veraenderungen-angehen',
    title: 'Tag der Veränderung',
  });
  Object.assign(day, { workshopId: workshop.id, phases: workshop.phases });
  await page.goto(`${host.url}#/workshops/${workshop.id}/phases/${phaseId('cards')}`);
  await bar(page).getByRole('button', { name: 'Workshop starten' }).click();
  projector = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await projector.goto(`${host.url}#/present/${workshop.id}`);
  for (const name of ['A', 'B']) {
    const context = await browser.newContext(PHONE);
    contexts.push(context);
    const phone = await context.newPage();
    phone.on('pageerror', (error) => phoneProblems.push(`${name}: ${error.message}`));
    phone.on('console', (msg) => {
      if (msg.type() === 'error' && !/net::ERR_|Failed to load resource/.test(msg.text())) phoneProblems.push(`${name}: ${msg.text()}`);
    });
    if (name === 'A') phoneA = phone;
    else phoneB = phone;
  }
});

test.afterAll(async () => {
  for (const context of contexts) await context.close();
  await projector?.close();
});

test('the coach connects phones; the QR code on the projector leads a phone in, another types the code', async ({ browser }) => {
  const { page } = session;
  await bar(page).getByRole('button', { name: 'Handys verbinden' }).click();
  const dialog = page.getByRole('dialog', { name: 'Handys verbinden' });
  await expect(dialog.getByText(/Windows oder macOS fragt gleich/)).toBeVisible();
  await dialog.getByRole('radio', { name: /127\.0\.0\.2/ }).check();
  await dialog.getByRole('button', { name: 'Verbinden starten' }).click();
  await expect(bar(page).getByText('0 Handys verbunden')).toBeVisible();

  const qr = projector.locator('.present-join-qr');
  await expect(qr).toBeVisible();
  day.url = await readQr(browser, await qr.screenshot());
  expect(day.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/#[A-HJ-NP-Z2-9]{6}$/);
  const code = day.url.split('#')[1]!;
  await expect(projector.locator('.present-join-code')).toHaveText(code);

  await phoneA.goto(day.url);
  await expect(phoneA.getByLabel('Code')).toHaveValue(code);
  await phoneA.getByRole('button', { name: 'Mitmachen' }).click();
  await expect(phoneA.getByRole('heading', { level: 1, name: 'Ankommen & Erwartungen' })).toBeVisible();

  await phoneB.goto(day.url.split('#')[0]!);
  await phoneB.getByLabel('Code').fill(code.toLowerCase());
  await phoneB.getByRole('button', { name: 'Mitmachen' }).click();
  await expect(phoneB.getByRole('heading', { level: 1, name: 'Ankommen & Erwartungen' })).toBeVisible();
  await expect(bar(page).getByText('2 Handys verbunden')).toBeVisible();
  await expect(projector.locator('.present-join-count')).toHaveText('2 Handys verbunden');
  await shot(projector, 'projector-join');
  await shot(page, 'coach-panel');
});

test('cards from two phones appear on the coach’s board and on the projector; each phone sees only its own', async () => {
  // The live region for "what just happened" is made once; a screen reader follows that one element.
  await said(phoneA).evaluate((el) => el.setAttribute('data-kept', ''));
  for (const text of ['Mehr junge Leute', 'Weniger Papier', 'Termine im Blick']) await phoneCard(phoneA, text);
  for (const text of ['Zeit für Gespräche', 'Klare Zuständigkeiten']) await phoneCard(phoneB, text);
  await expect(session.page.getByRole('heading', { name: 'Karten (5)' })).toBeVisible();
  for (const text of ['Mehr junge Leute', 'Klare Zuständigkeiten']) await expect(projector.locator('.present-card', { hasText: text })).toBeVisible();
  await expect(phoneB.locator('.cards li')).toHaveCount(2);
  await expect(phoneB.getByText('Mehr junge Leute')).toHaveCount(0);
  await shot(phoneA, 'phone-cards');
  await shot(projector, 'projector-cards');
  // A phone changes its own card; the board follows.
  const card = phoneA.locator('.cards li', { hasText: 'Weniger Papier' });
  await card.getByRole('button', { name: 'Ändern: Weniger Papier' }).click();
  await phoneA.locator('.cards li textarea').fill('Weniger Papier, mehr Online');
  await phoneA.getByRole('button', { name: 'Speichern' }).click();
  await expect(session.page.getByText('Weniger Papier, mehr Online')).toBeVisible();
  await expect(phoneA.locator('p.status[data-kept]')).toHaveCount(1);
});

test('a change that wakes the phone leaves the card being typed alone', async () => {
  const field = phoneA.getByRole('textbox', { name: 'Ihre Karte', exact: true }).first();
  await field.click();
  await field.pressSequentially('Halb geschr');
  await field.evaluate((el) => ((el as unknown as { kept: boolean }).kept = true));
  // The coach changes one of this phone's cards: the phone reads again and redraws its list.
  const board = await callApi<{ cards: { id: string; text: string }[] }>(session.page, 'cards.board', { phaseId: phaseId('cards') });
  const card = board.cards.find((c) => c.text === 'Termine im Blick')!;
  await callApi(session.page, 'cards.update', { id: card.id, text: 'Termine gemeinsam im Blick' });
  await expect(phoneA.locator('.cards li', { hasText: 'Termine gemeinsam im Blick' })).toBeVisible();
  // The very same field, still focused, caret at the end: typing just goes on.
  expect(await phoneA.evaluate(() => (document.activeElement as unknown as { kept?: boolean }).kept === true)).toBe(true);
  await phoneA.keyboard.type('ieben');
  await expect(field).toHaveValue('Halb geschrieben');
  await field.fill('');
});

test('under “erst prüfen” a card waits in the coach’s queue and reaches the projector only once accepted', async () => {
  const { page } = session;
  await bar(page).getByRole('radio', { name: 'erst prüfen' }).click();
  await expect(bar(page).getByRole('radio', { name: 'erst prüfen' })).toBeChecked();
  await phoneCard(phoneB, 'Vereinsheim renovieren');
  await expect(phoneB.locator('.cards li', { hasText: 'Vereinsheim renovieren' }).getByText('wartet auf Prüfung')).toBeVisible();
  const queue = page.getByRole('region', { name: /Zu prüfen/ });
  await expect(queue.getByText('Vereinsheim renovieren')).toBeVisible();
  await expect(projector.getByText('Vereinsheim renovieren')).toHaveCount(0);
  await shot(page, 'coach-queue');
  await shot(phoneB, 'phone-waiting');
  await queue.getByRole('button', { name: 'Annehmen: Vereinsheim renovieren' }).click();
  await expect(projector.locator('.present-card', { hasText: 'Vereinsheim renovieren' })).toBeVisible();
  await expect(phoneB.getByText('wartet auf Prüfung')).toHaveCount(0);
  // Accepted: the phone offers no "Ändern" the laptop would refuse, and says why.
  const accepted = phoneB.locator('.cards li', { hasText: 'Vereinsheim renovieren' });
  await expect(accepted.getByText('Angenommen. Ändern kann sie jetzt nur noch die Moderation.')).toBeVisible();
  await expect(accepted.getByRole('button')).toHaveCount(0);
  await bar(page).getByRole('radio', { name: 'direkt zeigen' }).click();
  await expect(bar(page).getByRole('radio', { name: 'direkt zeigen' })).toBeChecked();
});

test('a card sent while the connection drops arrives once', async () => {
  let dropped = false;
  // The laptop gets the card, but its answer is lost on the way back: the phone sends again, with the same key.
  await phoneA.route('**/p/cards.add', async (route) => {
    if (dropped) return route.continue();
    dropped = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await phoneA.getByRole('textbox', { name: 'Ihre Karte', exact: true }).first().fill('Kommt genau einmal an');
  await phoneA.getByRole('button', { name: 'Karte senden' }).click();
  await expect(said(phoneA)).toHaveText('Ihre Karte ist angekommen.');
  await phoneA.unroute('**/p/cards.add');
  expect(dropped).toBe(true);
  await expect(session.page.getByRole('heading', { name: 'Karten (7)' })).toBeVisible();
  await expect(session.page.getByText('Kommt genau einmal an')).toHaveCount(1);
  await expect(phoneA.locator('.cards li', { hasText: 'Kommt genau einmal an' })).toHaveCount(1);
});

test('both phones vote; after the coach reveals, phones and projector show the same result', async () => {
  const { page } = session;
  const voting = phaseId('voting');
  const ids: Record<string, string> = {};
  for (const text of ['Finanzen', 'Mitglieder', 'Technik']) ids[text] = (await callApi<{ id: string }>(page, 'cards.add', { phaseId: voting, text })).id;
  await callApi(page, 'votes.start', { phaseId: voting, target: 'cards', dotsPerPerson: 3, participants: 2 });
  await showPhase('Veränderungsthema wählen');
  const dots = async (phone: Page, item: string, n: number): Promise<void> => {
    for (let i = 0; i < n; i++) await phone.getByRole('button', { name: `Einen Punkt mehr für: ${item}` }).click();
  };
  await expect(phoneA.getByRole('heading', { name: 'Punkte verteilen' })).toBeVisible();
  await dots(phoneA, 'Finanzen', 2);
  await dots(phoneA, 'Mitglieder', 1);
  await expect(phoneA.getByText('Noch 0 von 3 Punkten übrig')).toBeVisible();
  // Placed is not counted: the phone says so until the laptop has the ballot.
  await expect(phoneA.getByText(/^Noch nicht abgegeben/)).toBeVisible();
  await shot(phoneA, 'phone-vote');
  await phoneA.getByRole('button', { name: 'Punkte abgeben' }).click();
  await expect(said(phoneA)).toHaveText(/Ihre Punkte sind gespeichert/);
  await expect(phoneA.getByText(/^Noch nicht abgegeben/)).toHaveCount(0);
  await dots(phoneB, 'Finanzen', 3);
  await phoneB.getByRole('button', { name: 'Punkte abgeben' }).click();
  await expect(said(phoneB)).toHaveText(/Ihre Punkte sind gespeichert/);
  await expect(phoneA.getByRole('heading', { name: 'Ergebnis' })).toHaveCount(0);

  await bar(page).getByRole('button', { name: 'Ergebnis zeigen' }).click();
  await expect(projector.locator('.present-vote .vote-result').first()).toContainText('Finanzen');
  await expect(projector.locator('.present-vote .vote-result').first()).toContainText('5');
  for (const phone of [phoneA, phoneB]) {
    const results = phone.locator('.results li');
    await expect(results).toHaveText([/Finanzen\s*5 Punkte/, /Mitglieder\s*1 Punkt$/, /Technik\s*0 Punkte/]);
  }
  // The result is out: the phone's own dots are shown, fixed.
  await expect(phoneA.getByText('Sie haben 3 Punkte abgegeben. Sie zählen im Ergebnis.')).toBeVisible();
  await expect(phoneA.getByRole('button', { name: /Einen Punkt/ })).toHaveCount(0);
  await expect(phoneA.getByRole('button', { name: 'Punkte abgeben' })).toHaveCount(0);
  await shot(phoneB, 'phone-results');
  await shot(projector, 'projector-results');
});

test('self-check ratings from two phones give the average and the range', async () => {
  await showPhase('Unser Verein heute');
  await expect(phoneA.getByRole('heading', { name: 'Wie steht Ihr Verein da?' })).toBeVisible();
  await shot(phoneA, 'phone-selfcheck');
  for (const [phone, value] of [[phoneA, '2'], [phoneB, '4']] as const) {
    await phone.getByRole('group', { name: 'Kommunikation' }).getByText(value, { exact: true }).click();
    await phone.getByRole('button', { name: 'Einschätzung senden' }).click();
    await expect(said(phone)).toHaveText('Ihre Einschätzung ist gespeichert.');
  }
  await expect(session.page.getByText('Durchschnitt 3 aus 2 Werten · Spanne 2–4')).toBeVisible();
});

test('the phone pages have no serious accessibility problems', async () => {
  await expectAccessible(phoneA, 'the phone’s self-check');
  await showPhase('Ankommen & Erwartungen');
  await expect(phoneA.getByRole('heading', { name: 'Eine Karte schreiben' })).toBeVisible();
  await expectAccessible(phoneA, 'the phone’s cards');
  // A small, cheap phone: 320 px wide, nothing wider than the screen.
  await phoneA.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => phoneA.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await shot(phoneA, 'phone-320');
  await phoneA.setViewportSize(PHONE.viewport);
});

test('a renewed code asks every phone to join again; a late answer from before does not bring back the old screen', async () => {
  const { page } = session;
  // Phone A's read of the new phase is answered by the laptop, but arrives only after the code was renewed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let delivered: () => void = () => undefined;
  const late = new Promise<void>((resolve) => (delivered = resolve));
  await phoneA.route('**/p/current', async (route) => {
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
    delivered();
  });
  const asked = phoneA.waitForRequest('**/p/current');
  await showPhase('Unsere Werte');
  await asked;
  await bar(page).getByRole('button', { name: 'Code erneuern' }).click();
  await page.getByRole('alertdialog').or(page.getByRole('dialog')).getByRole('button', { name: 'Code erneuern' }).click();
  for (const phone of [phoneA, phoneB]) {
    await expect(phone.getByText('Der Code wurde erneuert. Bitte treten Sie mit dem neuen Code bei.')).toBeVisible();
    await expect(phone.getByRole('button', { name: 'Mitmachen' })).toBeVisible();
  }
  release();
  await late;
  // Let the page take the late answer in (a few turns of its event loop), then look.
  await phoneA.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  await expect(phoneA.getByRole('heading', { level: 1, name: 'Unsere Werte' })).toHaveCount(0);
  await expect(phoneA.getByRole('button', { name: 'Mitmachen' })).toBeVisible();
  await phoneA.unroute('**/p/current');
  await expectAccessible(phoneB, 'the phone’s join screen');
  await shot(phoneB, 'phone-renewed');
  await expect(bar(page).getByText('0 Handys verbunden')).toBeVisible();
});

test('a phone joining again with the new code is the same phone: its cards are its own; it can leave', async () => {
  const { page } = session;
  await showPhase('Ankommen & Erwartungen');
  const code = (await projector.locator('.present-join-code').textContent())!.trim();
  await phoneA.getByLabel('Code').fill(code);
  await phoneA.getByRole('button', { name: 'Mitmachen' }).click();
  await expect(phoneA.getByRole('heading', { level: 1, name: 'Ankommen & Erwartungen' })).toBeVisible();
  await expect(phoneA.locator('.cards li')).toHaveCount(4);
  await expect(bar(page).getByText('1 Handy verbunden')).toBeVisible();
  await phoneA.getByRole('button', { name: 'Verlassen' }).click();
  await expect(said(phoneA)).toHaveText('Sie haben den Workshop verlassen.');
  await expect(phoneA.getByRole('button', { name: 'Mitmachen' })).toBeVisible();
  await expect(bar(page).getByText('0 Handys verbunden')).toBeVisible();
});

test('the phone pages logged no script error and no refused content (CSP)', () => {
  expect(phoneProblems).toEqual([]);
});
