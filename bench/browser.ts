import { type Browser, chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built bench pages (out/bench) on 127.0.0.1 and starts headless Chromium. */
export async function benchBrowser(): Promise<{ url: string; browser: Browser; close: () => Promise<void> }> {
  const root = join(import.meta.dirname, '../out/bench');
  const server: Server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    readFile(join(root, path)).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Drags one node with pointer events sent frame by frame from inside the page
 * and returns the time between frames (ms). A frame that takes longer than
 * 16.7 ms shows as a gap.
 */
export const DRAG_SCRIPT = `async ({ selector, frames }) => {
  const el = document.querySelector(selector);
  const rect = el.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const opts = (cx, cy, buttons) => ({ clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window, button: 0, buttons });
  el.dispatchEvent(new MouseEvent('mousedown', opts(x, y, 1)));
  const deltas = [];
  let last = await new Promise((r) => requestAnimationFrame(r));
  for (let i = 1; i <= frames; i++) {
    window.dispatchEvent(new MouseEvent('mousemove', opts(x + i * 3, y + Math.sin(i / 8) * 40, 1)));
    const now = await new Promise((r) => requestAnimationFrame(r));
    deltas.push(now - last);
    last = now;
  }
  window.dispatchEvent(new MouseEvent('mouseup', opts(x + frames * 3, y, 0)));
  return deltas;
}`;

/** Time from the start of rendering until every node is measured and visible. */
export const READY_SCRIPT = `async ({ count }) => {
  for (;;) {
    const nodes = document.querySelectorAll('.react-flow__node');
    const visible = [...nodes].filter((n) => getComputedStyle(n).visibility !== 'hidden').length;
    if (nodes.length >= count && visible >= count) return performance.now() - window.renderStart;
    await new Promise((r) => requestAnimationFrame(r));
  }
}`;
