import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/serving/csp';
import { serveAppRequest } from '../../../src-main/shell/protocol';

const root = mkdtempSync(join(tmpdir(), 'vw-proto-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<html>app</html>');
writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'vw-secret.txt'), 'secret');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves the page and its assets with the Content-Security-Policy', async () => {
    const page = await serveAppRequest(root, 'app://vereinswerkstatt/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<html>app</html>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await serveAppRequest(root, 'app://vereinswerkstatt/assets/a.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers screens of the app with index.html', async () => {
    const page = await serveAppRequest(root, 'app://vereinswerkstatt/present');
    expect(await page.text()).toBe('<html>app</html>');
  });

  it('never serves files outside the app folder', async () => {
    for (const path of ['/../vw-secret.txt', '/%2e%2e/vw-secret.txt', '/assets/..%2f..%2fvw-secret.txt']) {
      const response = await serveAppRequest(root, `app://vereinswerkstatt${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('allows no inline scripts and no remote content', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
