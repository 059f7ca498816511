import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p0 = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await p0.goto('http://127.0.0.1:4799/');
await p0.getByRole('button', { name: 'Beispiel laden' }).click();
await p0.waitForURL(/#\/workshops\//);
const wid = /#\/workshops\/([^/]+)/.exec(p0.url())[1];
const r = await p0.evaluate(async (id) => {
  const token = document.querySelector('meta[name="vw-token"]').content;
  const res = await fetch('/api/workshops.update', { method: 'POST', headers: { 'content-type': 'application/json', 'x-vw-token': token }, body: JSON.stringify({ id, startTime: '19:00' }) });
  const bad = await fetch('/api/workshops.update', { method: 'POST', headers: { 'content-type': 'application/json', 'x-vw-token': token }, body: JSON.stringify({ id, startTime: '7:5' }) });
  return [res.status, await bad.text()];
}, wid);
console.log(r);
await p0.goto(`http://127.0.0.1:4799/#/print/agenda/${wid}`);
await p0.waitForSelector('html[data-print-ready]');
await p0.pdf({ path: '/tmp/print-midnight.pdf', preferCSSPageSize: true, printBackground: true });
await browser.close();
