import { expect, expectAccessible, test, useSharedSample } from './fixtures';
import { createClub, createWorkshop } from './helpers';

// Issue 17: on a 1366 × 768 laptop the phase's tool starts in the first view;
// goal and prompts wait folded; a long club name shrinks in the breadcrumb's middle.

/** One phase of each kind in the sample day; the later ones work with the chosen topic. */
const PHASES: { title: string; afterVote: boolean }[] = [
  { title: 'Ankommen & Erwartungen', afterVote: false }, // cards
  { title: 'Unser Verein heute', afterVote: false }, // self-check
  { title: 'Veränderungsthema wählen', afterVote: false }, // cards and dots
  { title: 'Wer ist beteiligt?', afterVote: true }, // stakeholder map
  { title: 'Wie läuft es heute?', afterVote: true }, // process, Ist
  { title: 'Wie soll es laufen?', afterVote: true }, // process, Soll
  { title: 'Maßnahmenplan', afterVote: true }, // action plan
];

const CLUB = 'Förderverein der Grundschule am Stadtpark Leipzig-Ost e.V.';

test.describe('the work area gets the screen', () => {
  const { session, openPhase } = useSharedSample();

  test('with the sample day running, every phase kind shows its tool in the first view', async () => {
    const page = await openPhase(/Ankommen/);
    await page.getByRole('button', { name: 'Workshop wieder öffnen' }).click();
    const agenda = page.getByRole('navigation', { name: 'Ablauf' });
    for (const { title, afterVote } of PHASES) {
      await agenda.getByRole('link', { name: new RegExp(title) }).click();
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      // Everything above the tool has arrived: the projector's controls, and the topic where there is one.
      await expect(page.getByRole('button', { name: 'Bild aus' })).toBeVisible();
      if (afterVote) await expect(page.getByText(/^Unser Thema:/)).toBeVisible();
      const tool = page.getByTestId('phase-tool');
      await expect(tool.locator(':scope > *').first()).toBeVisible();
      const top = (await tool.boundingBox())!.y;
      expect(await page.evaluate(() => window.scrollY), title).toBe(0);
      expect(top, title).toBeLessThan(768);
    }
    await expectAccessible(page, 'phase screen, 1366 × 768');
  });

  test('goal, prompts and hints open on request and stay open for this workshop', async () => {
    const page = await openPhase(/Wie läuft es heute\?/);
    const toggle = page.getByRole('button', { name: 'Ziel, Fragen und Hinweise' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('heading', { name: 'Fragen an die Gruppe' })).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('heading', { name: 'Hinweise für die Moderation' })).toBeVisible();
    // Remembered: the next phase, after a reload, opens with it too.
    await openPhase(/Wie soll es laufen\?/);
    await expect(page.getByRole('button', { name: 'Ziel, Fragen und Hinweise' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('heading', { name: 'Fragen an die Gruppe' })).toBeVisible();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectAccessible(page, 'phase screen with the brief open, 1920 × 1080');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Ziel, Fragen und Hinweise' }).click();
    await expect(page.getByRole('heading', { name: 'Fragen an die Gruppe' })).toBeHidden();
  });

  test('a long club name shrinks in the middle of the breadcrumb, on one line, with the full name for everyone', async () => {
    const { page, host } = session;
    await page.goto(host.url);
    await createClub(page, CLUB);
    await createWorkshop(page);
    const crumbs = page.getByRole('navigation', { name: 'Sie sind hier' });
    const club = crumbs.getByRole('link', { name: CLUB, exact: true });
    await expect(club).toHaveAttribute('title', CLUB);
    await expect(club.locator('.crumb-tail')).toHaveText('Leipzig-Ost e.V.');
    // The head is cut with "…": its text is wider than its box.
    expect(await club.locator('.crumb-head').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const tops = await crumbs.getByRole('listitem').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectAccessible(page, 'phase screen with a long club name, 1920 × 1080');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
