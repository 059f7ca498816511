import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { type HostProcess, newDataDir, removeDataDir, startHost } from './host';

interface Fixtures {
  /** Console errors a test provokes on purpose (e.g. refused requests). */
  expectedConsoleErrors: RegExp | null;
  host: HostProcess;
  /** Restarts the host on the same data folder, as after closing and reopening the app. */
  restartHost: (extraArgs?: readonly string[]) => Promise<HostProcess>;
  /** Arguments for the host's first start, e.g. a fixed day with --now. */
  hostArgs: readonly string[];
}

interface HostPool {
  /** A started host on a new, empty data folder. */
  take(): Promise<HostProcess>;
}

const startFresh = (): Promise<HostProcess> => startHost(newDataDir());

export const test = base.extend<Fixtures & { hostBox: { current: HostProcess; restarted: boolean } }, { hostPool: HostPool }>({
  expectedConsoleErrors: [null, { option: true }],
  hostArgs: [[], { option: true }],
  // Each test gets a new host on an empty data folder. Starting one takes a
  // second or two here; the next test's host starts while this test runs.
  hostPool: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const pool: { spare: Promise<HostProcess> | null } = { spare: null };
      const next = (): Promise<HostProcess> => {
        const started = startFresh();
        started.catch(() => undefined);
        return started;
      };
      await use({
        take() {
          const host = pool.spare ? pool.spare.catch(() => startFresh()) : startFresh();
          pool.spare = next();
          return host;
        },
      });
      const left = await pool.spare?.catch(() => null);
      if (left) {
        await left.stop();
        removeDataDir(left.dataDir);
      }
    },
    { scope: 'worker' },
  ],
  hostBox: async ({ hostArgs, hostPool }, use) => {
    const first = hostArgs.length === 0 ? await hostPool.take() : await startHost(newDataDir(), hostArgs);
    const box = { current: first, restarted: false };
    await use(box);
    await box.current.stop();
    removeDataDir(first.dataDir);
  },
  host: async ({ hostBox }, use) => {
    await use(hostBox.current);
  },
  restartHost: async ({ hostBox }, use) => {
    await use(async (extraArgs = []) => {
      hostBox.restarted = true;
      await hostBox.current.stop();
      hostBox.current = await startHost(hostBox.current.dataDir, extraArgs);
      return hostBox.current;
    });
  },
  // Depends on the host so the host outlives the page (no aborted event stream at teardown).
  page: async ({ page, hostBox, expectedConsoleErrors }, use) => {
    const problems: string[] = [];
    // Nothing leaves the laptop: in every test, every request of the context stays on this machine.
    const abroad: string[] = [];
    page.context().on('request', (request) => {
      if (!staysOnTheLaptop(request.url())) abroad.push(request.url());
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    await use(page);
    // A deliberately stopped host breaks the page's open event stream; the browser logs that.
    const expected = (p: string) =>
      (hostBox.restarted && /net::ERR_(INCOMPLETE_CHUNKED_ENCODING|CONNECTION_REFUSED|CONNECTION_RESET)/.test(p)) ||
      (expectedConsoleErrors?.test(p) ?? false);
    expect(problems.filter((p) => !expected(p)), 'the page logged errors (CSP violations, exceptions)').toEqual([]);
    expect(abroad, 'requests to another machine').toEqual([]);
  },
});

/** The host and the phones' listener are on this machine's loopback addresses; data: and blob: stay in memory. */
export function staysOnTheLaptop(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === 'localhost' || hostname === '[::1]';
}

export { expect };

/** axe-core on the current screen: no serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Legacy mode runs axe in the page itself: the app has no frames, and the
  // default mode opens an extra blank page per scan (about 1.5 s here).
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `accessibility on ${label}`,
  ).toEqual([]);
}

export interface SharedSession {
  host: HostProcess;
  page: Page;
}

/**
 * One host and one page for a serial group of short tests (one view each):
 * a host, a page load and the sample are paid for once, not per test, which
 * on this 2-core machine is most of such a test's time. Call inside a describe.
 */
export function useSharedSession(
  options: { hostArgs?: readonly string[]; viewport?: { width: number; height: number }; prepare?: (session: SharedSession) => Promise<void> } = {},
): SharedSession {
  test.describe.configure({ mode: 'serial' });
  const session = {} as SharedSession;
  let dataDir = '';
  test.beforeAll(async ({ browser }) => {
    dataDir = newDataDir();
    session.host = await startHost(dataDir, options.hostArgs);
    session.page = await browser.newPage({
      viewport: options.viewport ?? { width: 1366, height: 768 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    await options.prepare?.(session);
  });
  test.afterAll(async () => {
    await session.page?.close();
    await session.host?.stop();
    removeDataDir(dataDir);
  });
  return session;
}

/**
 * A shared session with the sample club loaded once; `openPhase` reloads its
 * workshop fresh (a plain goto to the same address would keep an open panel)
 * and opens one phase of the agenda.
 */
export function useSharedSample(options: { hostArgs?: readonly string[] } = {}) {
  let workshopUrl = '';
  const session = useSharedSession({
    ...options,
    prepare: async ({ page, host }) => {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Beispiel laden' }).click();
      await expect(page.getByRole('navigation', { name: 'Ablauf' })).toBeVisible();
      workshopUrl = page.url();
    },
  });
  async function openPhase(phase: RegExp): Promise<Page> {
    const { page } = session;
    await page.goto('about:blank');
    await page.goto(workshopUrl);
    await page.getByRole('navigation', { name: 'Ablauf' }).getByRole('link', { name: phase }).click();
    return page;
  }
  return { session, openPhase };
}
