import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test, useSharedSession } from './fixtures';
import { callApi, createClub, createWorkshop } from './helpers';

// Running the day: the coach's screen and the projector page side by side,
// with a fixed day (the host's clock) and a controlled browser clock.

test.use({ hostArgs: ['--now', '2026-04-16T09:00'] });

const timer = (page: Page): Locator => page.getByRole('timer').first();
const timerState = (page: Page): Locator => page.getByRole('region', { name: 'Moderation' }).locator('.timer-state');

/**
 * The page's clock, moved only once no call to the core is under way. The
 * screen takes its offset to the core's clock from every live state it loads,
 * so a state still loading when the browser's clock jumps would undo the jump.
 */
async function controlledClock(page: Page): Promise<(time: string) => Promise<void>> {
  const pending = new Set<object>();
  page.on('request', (request) => {
    if (/\/api\/(?!events)/.test(request.url())) pending.add(request);
  });
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  await page.clock.install();
  return async (time) => {
    await expect.poll(() => pending.size).toBe(0);
    await page.clock.fastForward(time);
  };
}

interface LoadedLive {
  timers: { state: string; elapsedMs: number }[];
}

/** Resolves once the page has loaded a live state in which `check` holds: the one an action's event makes it load. */
function liveLoaded(page: Page, check: (live: LoadedLive) => boolean): Promise<unknown> {
  return page.waitForResponse(async (response) => {
    if (!response.url().endsWith('/api/live.get')) return false;
    const body = (await response.json()) as { ok: boolean; value?: LoadedLive };
    return body.ok && check(body.value!);
  });
}

async function openPhase(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

async function addCardsByKeyboard(page: Page, texts: readonly string[]): Promise<void> {
  const input = page.getByLabel('Neue Karte');
  await input.focus();
  for (const [i, text] of texts.entries()) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Karten (${i + 1})` })).toBeVisible();
    // The field stays focused and empty for the next card.
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');
  }
}

async function groupByKeyboard(page: Page, name: string, cards: readonly string[]): Promise<void> {
  for (const text of cards) {
    await page.locator('.idea-card', { hasText: text }).getByRole('checkbox').focus();
    await page.keyboard.press('Space');
  }
  await page.getByLabel('Neue Gruppe').fill(name);
  await page.getByLabel('Neue Gruppe').press('Enter');
  const group = page.getByRole('region', { name, exact: true });
  for (const text of cards) await expect(group.getByText(text, { exact: true })).toBeVisible();
}

const CARDS = [
  'Neue Mitglieder finden',
  'Einarbeitung dauert zu lange',
  'Ehrenamt wertschätzen',
  'Fördermittel beantragen',
  'Kasse digital führen',
  'WhatsApp ersetzen',
  'Website veraltet',
  'Dateien liegen überall',
  'Termine abstimmen',
  'Datenschutz klären',
];

/** A new club's workshop, started, with the projector open beside the coach's page. */
async function startDay(page: Page, url: string): Promise<Page> {
  await page.goto(url);
  await createClub(page, 'TSV Musterstadt');
  await createWorkshop(page, { date: '16.04.2026' });
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
  await page.getByRole('button', { name: 'Workshop starten' }).click();
  await expect(page.getByText('Der Projektor zeigt diese Phase.')).toBeVisible();
  const [projector] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Projektor öffnen' }).click()]);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await expect(projector.getByRole('heading', { level: 1, name: 'Ankommen & Erwartungen' })).toBeVisible();
  return projector;
}

/** The day's ten cards on phase 4, set up through the API; with groups, the three groups of the day. */
async function seedCards(page: Page, { groups }: { groups: boolean }): Promise<void> {
  const workshopId = /#\/workshops\/([^/]+)/.exec(page.url())![1]!;
  const workshop = await callApi<{ phases: { id: string; key: string }[] }>(page, 'workshops.get', { id: workshopId });
  const phaseId = workshop.phases.find((p) => p.key === 'thema-waehlen')!.id;
  const ids = new Map<string, string>();
  for (const text of CARDS) ids.set(text, (await callApi<{ id: string }>(page, 'cards.add', { phaseId, text })).id);
  if (!groups) return;
  for (const [name, cards] of [['Mitglieder', CARDS.slice(0, 3)], ['Finanzen', CARDS.slice(3, 5)], ['Technik', CARDS.slice(5, 7)]] as const) {
    await callApi(page, 'clusters.add', { phaseId, name, cardIds: cards.map((c) => ids.get(c)) });
  }
}

// A live day, one part per test; what a part needs from earlier ones is set up through the API.
test('a live day: the timer starts, pauses, gets five minutes more and runs out quietly; the projector follows', async ({ page, host }) => {
  const fastForward = await controlledClock(page);
  const projector = await startDay(page, host.url);
  await expect(projector.getByText('Hinweise für die Moderation')).toHaveCount(0);
  // "Workshop starten" started the first phase's clock.
  await expect(timerState(page)).toHaveText('Läuft');
  await expect(timer(page)).toHaveText(/^(30:00|29:5\d)$/);
  await expect(projector.getByRole('timer')).toHaveText(/^(30:00|29:5\d)$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(timerState(page)).toHaveText('Pausiert');
  await page.getByRole('button', { name: '5 Minuten mehr' }).click();
  await expect(page.getByText('Geplant: 30 Minuten (+5 Minuten verlängert)')).toBeVisible();
  await expect(timer(page)).toHaveText(/^3[45]:\d\d$/);
  await expect(projector.getByRole('timer')).toHaveText(/^3[45]:\d\d$/);
  // The answer shows "Läuft" at once; the live state its event loads again must be in before the clock moves.
  const reloaded = liveLoaded(page, (live) => live.timers.some((t) => t.state === 'running'));
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(timerState(page)).toHaveText('Läuft');
  await reloaded;
  await fastForward('36:00');
  await expect(timerState(page)).toHaveText('Die Zeit ist um.');
  await expect(timer(page)).toHaveText(/^\+0[01]:\d\d$/);

  // "Workshop beenden" stops the clock; the day can be opened again, not started anew.
  await page.getByRole('button', { name: 'Workshop beenden' }).click();
  await expect(page.getByRole('button', { name: 'Workshop wieder öffnen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Workshop starten' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeVisible();
  const stopped = await timer(page).textContent();
  await fastForward('10:00');
  await expect(timer(page)).toHaveText(stopped!);

});

test('a live day: the self-check takes ratings and a note, refuses a wrong value, and the projector shows the chart', async ({ page, host }) => {
  const projector = await startDay(page, host.url);
  await page.getByRole('link', { name: 'Nächste Phase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Unser Verein heute' })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: 'Unser Verein heute' })).toBeVisible();
  await page.getByRole('button', { name: 'Zeit starten' }).click();
  await page.getByRole('group', { name: 'Kommunikation' }).getByRole('radio', { name: '2', exact: true }).check();
  await page.getByRole('group', { name: 'Wissen & Dokumentation' }).getByRole('radio', { name: '1', exact: true }).check();
  const ratings = page.getByRole('group', { name: 'Zusammenarbeit' }).getByLabel('Einzelne Werte');
  await ratings.fill('2, 3, 4, 7');
  await ratings.press('Enter');
  await expect(page.getByText('Bitte geben Sie einen Wert von 1 bis 5 an.')).toBeVisible();
  await ratings.fill('2, 3, 4, 3');
  await ratings.press('Enter');
  // Without an agreed value the average is the result; "keiner" is not lit as if it were.
  await expect(page.getByText('Ergebnis: Durchschnitt 3 aus 4 Werten · Spanne 2–4')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Zusammenarbeit' }).locator('.scale-option-on')).toHaveCount(0);
  // A note is saved as it is typed, also when the coach moves on at once.
  await page.getByRole('group', { name: 'Kommunikation' }).getByLabel('Notiz').fill('Alles läuft über WhatsApp');
  const chart = page.getByRole('img', { name: /Selbsteinschätzung als Netzdiagramm/ });
  await expect(chart).toHaveAccessibleName(/Kommunikation: 2; Zusammenarbeit: 3; .*Wissen & Dokumentation: 1/);
  await expect(projector.getByRole('img', { name: /Kommunikation: 2; Zusammenarbeit: 3/ })).toBeVisible();

  // Moving on at once, then closing and reopening: the note is there.
  await page.getByRole('link', { name: 'Nächste Phase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Unsere Werte' })).toBeVisible();
  await page.reload();
  await openPhase(page, 'Unser Verein heute');
  await expect(page.getByRole('group', { name: 'Kommunikation' }).getByLabel('Notiz')).toHaveValue('Alles läuft über WhatsApp');
});

test('a live day: after three phases the agenda shows the real times, and the balance counts only phases that really ran', async ({ page, host }) => {
  const fastForward = await controlledClock(page);
  const projector = await startDay(page, host.url);
  await expect(timerState(page)).toHaveText('Läuft');
  await page.getByRole('link', { name: 'Nächste Phase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Unser Verein heute' })).toBeVisible();
  await page.getByRole('button', { name: 'Zeit starten' }).click();
  await expect(timerState(page)).toHaveText('Läuft');
  await page.getByRole('link', { name: 'Nächste Phase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Unsere Werte' })).toBeVisible();
  const reloaded = liveLoaded(page, (live) => live.timers.filter((t) => t.state === 'running' || t.elapsedMs > 0).length === 3);
  await page.getByRole('button', { name: 'Zeit starten' }).click();
  await reloaded;
  await expect(projector.getByRole('heading', { level: 1, name: 'Unsere Werte' })).toBeVisible();
  const agenda = page.getByRole('navigation', { name: 'Ablauf' });
  await expect(agenda.getByText(/^tatsächlich \d+ Min\.$/)).toHaveCount(3);
  // Two phases opened for a few seconds did not run: the day is not "ahead" by their plan.
  await expect(agenda.locator('.agenda-balance')).toHaveCount(0);
  // The third runs past its time: it counts, in plain words.
  await fastForward('02:00:00');
  await expect(agenda.getByText(/^1 von 11 Phasen gelaufen: \d+ Minuten länger als geplant \(\d+ statt \d+ Minuten\)\.$/)).toBeVisible();

});

// Four cards show the keyboard flow; typing all ten took most of a minute on a busy machine.
test('a live day: cards one after the other by keyboard, an empty card is refused, and the projector shows them', async ({ page, host }) => {
  const projector = await startDay(page, host.url);
  await openPhase(page, 'Veränderungsthema wählen');
  await page.getByRole('button', { name: 'Zeit starten' }).click();
  await addCardsByKeyboard(page, CARDS.slice(0, 4));
  await page.getByLabel('Neue Karte').press('Enter');
  await expect(page.getByText('Die Karte ist leer. Bitte schreiben Sie etwas darauf.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Karten (4)' })).toBeVisible();
  await expect(projector.locator('.present-card')).toHaveCount(4);
});

test('a live day: cards are grouped by keyboard and by dragging; the projector shows the groups', async ({ page, host }) => {
  const projector = await startDay(page, host.url);
  await seedCards(page, { groups: false });
  await openPhase(page, 'Veränderungsthema wählen');
  await expect(page.getByRole('heading', { name: 'Karten (10)' })).toBeVisible();
  await groupByKeyboard(page, 'Mitglieder', CARDS.slice(0, 3));
  await groupByKeyboard(page, 'Finanzen', CARDS.slice(3, 4));
  await groupByKeyboard(page, 'Technik', CARDS.slice(5, 7));
  const finances = page.getByRole('region', { name: 'Finanzen', exact: true });
  await finances.scrollIntoViewIfNeeded();
  await page.locator('.idea-card', { hasText: 'Kasse digital führen' }).dragTo(finances, { targetPosition: { x: 30, y: 20 } });
  await expect(page.getByRole('region', { name: 'Finanzen', exact: true }).getByText('Kasse digital führen')).toBeVisible();
  await expect(projector.getByRole('region', { name: 'Finanzen' }).locator('.present-card')).toHaveCount(2);

});

test('a live day: dot voting on the groups, the topic is chosen, and closing and reopening keeps it all', async ({ page, host }) => {
  await page.clock.install();
  const projector = await startDay(page, host.url);
  await seedCards(page, { groups: true });
  await openPhase(page, 'Veränderungsthema wählen');
  await page.getByRole('button', { name: 'Zeit starten' }).click();
  await expect(page.getByRole('region', { name: 'Finanzen', exact: true }).locator('.idea-card')).toHaveCount(2);
  const votes = page.getByRole('region', { name: 'Punkte kleben' });
  await expect(votes.getByRole('radio', { name: 'die Gruppen' })).toBeChecked();
  await votes.getByLabel('Punkte pro Person').fill('3');
  await votes.getByLabel('Teilnehmende').fill('4');
  await votes.getByRole('button', { name: 'Abstimmung starten' }).click();
  await expect(votes.getByText('0 von 12 Punkten vergeben')).toBeVisible();
  // Before anyone voted, nothing has a place.
  await expect(votes.locator('.vote-rank')).toHaveText(['', '', '']);
  // One person's dots at once …
  await votes.getByRole('button', { name: 'Punkte einer Person eintragen' }).click();
  const ballot = page.getByRole('dialog', { name: 'Punkte von Person 1 von 4' });
  await ballot.getByRole('button', { name: 'Einen Punkt mehr für „Mitglieder“' }).click();
  await ballot.getByRole('button', { name: 'Einen Punkt mehr für „Mitglieder“' }).click();
  await ballot.getByRole('button', { name: 'Einen Punkt mehr für „Technik“' }).click();
  await expect(ballot.getByText('Noch 0 Punkte übrig')).toBeVisible();
  await ballot.getByRole('button', { name: 'Speichern – nächste Person' }).click();
  await expect(page.getByRole('dialog', { name: 'Punkte von Person 2 von 4' })).toBeVisible();
  await page.keyboard.press('Escape');
  // … a typed total, and a click.
  await votes.getByLabel('Punkte für „Finanzen“').fill('4');
  await votes.getByLabel('Punkte für „Finanzen“').press('Enter');
  await votes.getByRole('button', { name: 'Einen Punkt mehr für „Mitglieder“' }).click();
  await expect(votes.getByText('8 von 12 Punkten vergeben')).toBeVisible();
  // More dots than the room has: refused, nothing written.
  await votes.getByLabel('Punkte für „Finanzen“').fill('50');
  await votes.getByLabel('Punkte für „Finanzen“').press('Enter');
  await expect(page.getByText('So viele Punkte hat die Gruppe nicht: insgesamt höchstens 12.')).toBeVisible();
  await expect(votes.getByText('8 von 12 Punkten vergeben')).toBeVisible();
  await expect(votes.getByLabel('Punkte für „Finanzen“')).toHaveValue('4');

  // The projector shows the result, sorted by dots, once the coach reveals it.
  await expect(projector.getByText('Die Punkte werden gezählt. Das Ergebnis zeigt die Moderation gleich.')).toBeVisible();
  await page.getByRole('button', { name: 'Ergebnis zeigen' }).click();
  const results = projector.locator('.vote-result');
  await expect(results).toHaveText([/^1\.\s*Finanzen.*4 Punkte$/, /^2\.\s*Mitglieder.*3 Punkte$/, /^3\.\s*Technik.*1 Punkt$/]);

  // Phase 4 ends with the chosen topic.
  await votes.getByRole('button', { name: 'Als Thema wählen: Finanzen' }).click();
  await expect(votes.locator('.vote-result-chosen')).toContainText('Finanzen');
  await expect(projector.locator('.vote-result-chosen')).toContainText('Gewählt');


  // Closing and reopening mid-phase: the clock runs on, cards, groups and votes are there.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Veränderungsthema wählen' })).toBeVisible();
  await expect(timerState(page)).toHaveText('Läuft');
  await expect(timer(page)).toHaveText(/^(40:00|39:\d\d)$/);
  await expect(page.getByRole('heading', { name: 'Karten (10)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Technik', exact: true }).locator('.idea-card')).toHaveCount(2);
  await expect(page.getByText('8 von 12 Punkten vergeben')).toBeVisible();
  await projector.reload();
  await expect(projector.getByRole('heading', { level: 1, name: 'Veränderungsthema wählen' })).toBeVisible();
  await expect(projector.locator('.vote-result').first()).toContainText('Finanzen');

  // At the end of the day the room is thanked, not told that it starts soon.
  await page.getByRole('button', { name: 'Workshop beenden' }).click();
  await expect(projector.getByText('Vielen Dank für Ihre Mitarbeit!')).toBeVisible();
});

test('with “Zeit automatisch starten”, opening the next phase starts its clock; a phase opened again keeps its time', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('checkbox', { name: 'Zeit automatisch starten, wenn ich eine Phase öffne' }).check();
  await expect.poll(async () => (await callApi<{ autoStartTimer: boolean }>(page, 'settings.get')).autoStartTimer).toBe(true);
  await page.getByRole('link', { name: 'Übersicht' }).click();
  await createClub(page, 'TSV Musterstadt');
  await createWorkshop(page, { date: '16.04.2026' });
  await page.getByRole('button', { name: 'Workshop starten' }).click();
  await expect(timerState(page)).toHaveText('Läuft');
  await page.getByRole('link', { name: 'Nächste Phase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Unser Verein heute' })).toBeVisible();
  await expect(timerState(page)).toHaveText('Läuft');
  await page.getByRole('link', { name: 'Vorherige Phase' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
  await expect(timerState(page)).toHaveText('Pausiert');
});

test('dot voting: the dialog closes after the last person’s dots, and the page stays where it was', async ({ page, host }) => {
  await page.goto(host.url);
  await createClub(page, 'TSV Musterstadt');
  await createWorkshop(page, { date: '16.04.2026' });
  await seedCards(page, { groups: true });
  const workshopId = /#\/workshops\/([^/]+)/.exec(page.url())![1]!;
  const workshop = await callApi<{ phases: { id: string; key: string }[] }>(page, 'workshops.get', { id: workshopId });
  await callApi(page, 'votes.start', { phaseId: workshop.phases.find((p) => p.key === 'thema-waehlen')!.id, target: 'clusters', dotsPerPerson: 1, participants: 2 });
  await openPhase(page, 'Veränderungsthema wählen');
  const votes = page.getByRole('region', { name: 'Punkte kleben' });
  const open = votes.getByRole('button', { name: 'Punkte einer Person eintragen' });
  await open.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await open.click();
  for (const n of [1, 2]) {
    const ballot = page.getByRole('dialog', { name: `Punkte von Person ${n} von 2` });
    await ballot.getByRole('button', { name: 'Einen Punkt mehr für „Finanzen“' }).click();
    await ballot.getByRole('button', { name: 'Speichern – nächste Person' }).click();
  }
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(votes.getByText('2 von 2 Punkten vergeben')).toBeVisible();
  await expect(open).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('cards: edit, delete and undo; a group dissolves and comes back, also when undo is pressed before the save is back', async ({ page, host }) => {
  // A slow laptop: deleting takes a moment to be saved, and the coach presses "Rückgängig" before it is.
  for (const method of ['cards.delete', 'clusters.delete']) {
    await page.route(`**/api/${method}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
  }
  await page.goto(host.url);
  await createClub(page, 'Chor am See');
  await createWorkshop(page);
  await addCardsByKeyboard(page, ['Mehr junge Stimmen', 'Noten digital <teilen> & "ordnen"']);
  const card = page.locator('.idea-card', { hasText: 'Mehr junge Stimmen' });
  await card.getByRole('button', { name: 'Karte bearbeiten' }).click();
  await page.getByLabel('Text', { exact: true }).fill('Mehr junge Stimmen gewinnen');
  await page.getByLabel('Von wem').fill('Anna');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.locator('.idea-card', { hasText: 'Mehr junge Stimmen gewinnen' })).toContainText('Anna');
  await page.locator('.idea-card', { hasText: 'Noten digital' }).getByRole('button', { name: 'Karte löschen' }).click();
  await expect(page.getByRole('heading', { name: 'Karten (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.locator('.idea-card-text', { hasText: 'Noten digital' })).toHaveText('Noten digital <teilen> & "ordnen"');
  await groupByKeyboard(page, 'Nachwuchs', ['Mehr junge Stimmen gewinnen']);
  await page.getByRole('button', { name: 'Gruppe „Nachwuchs“ umbenennen' }).click();
  await page.getByLabel('Name der Gruppe').fill('Junge Leute');
  await page.getByLabel('Name der Gruppe').press('Enter');
  await expect(page.getByRole('region', { name: 'Junge Leute' })).toBeVisible();
  await page.getByRole('button', { name: 'Gruppe „Junge Leute“ auflösen' }).click();
  await expect(page.getByRole('region', { name: 'Junge Leute' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ohne Gruppe' }).getByText('Mehr junge Stimmen gewinnen')).toBeVisible();
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByRole('region', { name: 'Junge Leute' }).getByText('Mehr junge Stimmen gewinnen')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Junge Leute' }).getByText('Mehr junge Stimmen gewinnen')).toBeVisible();
});

/** The sample workshop, started, on the moderation view of its first phase. */
async function startSampleDay(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Beispiel laden' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ankommen & Erwartungen' })).toBeVisible();
  // The sample's day is over: it is opened again, and its clock waits for the coach.
  await page.getByRole('button', { name: 'Workshop wieder öffnen' }).click();
  await expect(page.getByText('Der Projektor zeigt diese Phase.')).toBeVisible();
}

/** The projector window, as large as a beamer's picture. */
async function openProjector(page: Page): Promise<Page> {
  const [projector] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Projektor öffnen' }).click()]);
  await projector.setViewportSize({ width: 1920, height: 1080 });
  return projector;
}

// One axe scan per view, each its own test. The views share one host and
// one started sample day and run in order: a fresh host and page per view
// cost more than the scan itself on a slow machine.
test.describe('accessibility of the live views:', () => {
  let workshopUrl = '';
  const session = useSharedSession({
    prepare: async ({ page, host }) => {
      await startSampleDay(page, host.url);
      workshopUrl = page.url();
    },
  });

  /** A fresh load of the running workshop (a plain goto to the same address would keep an open dialog). */
  async function openView(title: string): Promise<void> {
    await session.page.goto('about:blank');
    await session.page.goto(workshopUrl);
    await openPhase(session.page, title);
  }

  async function scanProjector(label: string, shows: (projector: Page) => Promise<void>): Promise<void> {
    const projector = await openProjector(session.page);
    try {
      await shows(projector);
      await expectAccessible(projector, label);
    } finally {
      await projector.close();
    }
  }

  test('moderation: cards, with the time running', async () => {
    await openView('Ankommen & Erwartungen');
    await session.page.getByRole('button', { name: 'Zeit starten' }).click();
    await expect(timerState(session.page)).toHaveText('Läuft');
    await expectAccessible(session.page, 'moderation: cards');
  });

  test('moderation: voting', async () => {
    await openView('Veränderungsthema wählen');
    await expect(session.page.getByRole('heading', { name: 'Ergebnis' })).toBeVisible();
    await expectAccessible(session.page, 'moderation: voting');
  });

  test('moderation: ballot', async () => {
    await openView('Veränderungsthema wählen');
    await session.page.getByRole('button', { name: 'Punkte einer Person eintragen' }).click();
    await expect(session.page.getByRole('dialog')).toBeVisible();
    await expectAccessible(session.page, 'moderation: ballot');
  });

  test('projector: voting', async () => {
    await openView('Veränderungsthema wählen');
    await scanProjector('projector: voting', (projector) => expect(projector.getByText('Gewählt')).toBeVisible());
  });

  test('moderation: self-check', async () => {
    await openView('Unser Verein heute');
    await expect(session.page.getByRole('img', { name: /Netzdiagramm/ })).toBeVisible();
    await expectAccessible(session.page, 'moderation: self-check');
  });

  test('projector: self-check', async () => {
    await openView('Unser Verein heute');
    await scanProjector('projector: self-check', (projector) => expect(projector.getByRole('img', { name: /Netzdiagramm/ })).toBeVisible());
  });

  test('projector: map', async () => {
    await openView('Wer ist beteiligt?');
    await scanProjector('projector: map', (projector) => expect(projector.getByRole('img', { name: /Stakeholder-Map/ })).toBeVisible());
  });

  test('projector: actions', async () => {
    await openView('Maßnahmenplan');
    await scanProjector('projector: actions', (projector) => expect(projector.getByRole('table')).toBeVisible());
  });
});
