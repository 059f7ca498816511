import { benchBrowser } from './browser';
import { median } from './lib';
const { url, browser, close } = await benchBrowser();
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
const STEP = `async ({ name, value, sort }) => {
  const t0 = performance.now();
  if (sort) document.querySelector('button[aria-label="Nach „' + sort + '“ sortieren"]').click();
  else if (name) { const el = document.querySelector('select[name="' + name + '"]'); el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); }
  else [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Filter zurücksetzen')).click();
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
  return performance.now() - t0;
}`;
const steps = [
  { name: 'filterStatus', value: 'open' }, { name: 'filterPriority', value: 'high' }, {}, { sort: 'Maßnahme' }, { sort: 'Maßnahme' },
  { name: 'filterOwner', value: 'Person B1' }, {}, { sort: 'Verantwortlich' }, { name: 'filterDue', value: 'overdue' }, { sort: 'Fällig' }, {},
];
const variants: Record<string, string> = {
  base: '',
  fixed: '.measure-table { table-layout: fixed; } .measure-table th:first-child { width: 40%; }',
  nocv: '.measure-table tbody tr { content-visibility: visible; contain-intrinsic-size: none; }',
  both: '.measure-table { table-layout: fixed; } .measure-table th:first-child { width: 40%; } .measure-table tbody tr { content-visibility: visible; contain-intrinsic-size: none; }',
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let round = 0; round < 4; round++) {
  for (const [name, css] of Object.entries(variants)) {
    await page.goto(`${url}actions.html?n=2000`);
    if (css) await page.addStyleTag({ content: css });
    await page.waitForSelector('.measure-table tbody tr');
    for (const s of steps) times[name]!.push(await page.evaluate<number>(`(${STEP})(${JSON.stringify(s)})`));
  }
}
for (const [k, v] of Object.entries(times)) console.log(k, median(v).toFixed(1));
await close();
