import { request } from 'node:http';
import type { PhoneStatus } from '../../src-main/contract';
import { expect, test } from './fixtures';
import { callApi } from './helpers';

// 40 phones writing at once must not have the coach's laptop draw the board
// for every card: cards from phones that come in right after a drawing wait
// a moment and are drawn together; what the coach does shows at once. The
// page's clock is Playwright's and stands still, so "a moment" passes only
// when the test says.

test.use({ hostArgs: ['--phones-test-address', '127.0.0.2'] });

/** A phone's call as the phone page sends it, from Node (the listener checks Host and Origin). */
function phonePost<T>(status: PhoneStatus, method: string, body: unknown, token = ''): Promise<T> {
  const host = `${status.address}:${status.port}`;
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) };
    if (token) headers.Authorization = `Bearer ${token}`;
    const req = request({ host: status.address!, port: status.port!, path: `/p/${method}`, method: 'POST', headers }, (res) => {
      let answer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (answer += chunk));
      res.on('end', () => {
        const json = JSON.parse(answer) as { ok: boolean; value: T };
        if (json.ok) resolve(json.value);
        else reject(new Error(`${method}: ${answer}`));
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

test('cards from phones in a burst are drawn together, and the coach’s own card shows at once', async ({ page, host, browser }) => {
  await page.clock.install();
  await page.goto(host.url);
  const club = await callApi<{ id: string }>(page, 'organisations.create', { name: 'TSV Musterstadt' });
  const workshop = await callApi<{ id: string; phases: { id: string; kind: string }[] }>(page, 'workshops.create', {
    organisationId: club.id,
    templateId: 'builtin-vereint-veraenderungen-angehen',
    title: 'Tag der Veränderung',
  });
  const phaseId = workshop.phases.find((p) => p.kind === 'cards')!.id;
  await callApi(page, 'workshops.update', { id: workshop.id, status: 'running' });
  await callApi(page, 'live.show', { workshopId: workshop.id, phaseId });
  const status = await callApi<PhoneStatus>(page, 'phones.start', { workshopId: workshop.id, address: '127.0.0.2' });
  // Two phones: each may send five cards at once, then one a second.
  const phones = [await phonePost<{ token: string }>(status, 'join', { code: status.code }), await phonePost<{ token: string }>(status, 'join', { code: status.code })];
  const card = (n: number) => phonePost(status, 'cards.add', { key: `burst-card-${n}`, text: `Vom Handy ${n}` }, phones[n <= 5 ? 0 : 1]!.token);

  await page.goto(`${host.url}#/workshops/${workshop.id}/phases/${phaseId}`);
  const heading = page.getByRole('heading', { name: /^Karten \(\d+\)$/ });
  await expect(heading).toHaveText('Karten (0)');
  // A second screen in its own context: its clock is a real one.
  const watcher = await browser.newPage({ locale: 'de-DE', viewport: { width: 1366, height: 768 } });
  await watcher.goto(`${host.url}#/workshops/${workshop.id}/phases/${phaseId}`);
  await expect(watcher.getByRole('heading', { name: 'Karten (0)' })).toBeVisible();
  // From here the page's time moves only when the test moves it.
  await page.clock.pauseAt(Date.now() + 1000);
  // The first card after a quiet moment is drawn at once.
  await card(1);
  await expect(heading).toHaveText('Karten (1)');
  // The next ones, right after it, wait: the page's clock stands still.
  for (let n = 2; n <= 5; n++) await card(n);
  // The second screen, whose clock runs, draws them as their events come in: the events are out, and the paused page holds them.
  await expect(watcher.getByRole('heading', { name: 'Karten (5)' })).toBeVisible();
  await page.clock.runFor(100);
  await expect(heading).toHaveText('Karten (1)');
  // The coach's own card shows at once, and brings the waiting ones with it.
  await page.getByRole('textbox', { name: 'Neue Karte' }).fill('Von der Moderation');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Karten (6)');
  await expect(page.locator('.idea-card-text', { hasText: 'Vom Handy 5' })).toHaveCount(1);
  // A phone card right after that waits for its moment, then shows.
  await card(7);
  await expect(async () => {
    await page.clock.runFor(50);
    await expect(heading).toHaveText('Karten (7)', { timeout: 500 });
  }).toPass();
  await watcher.close();
});
