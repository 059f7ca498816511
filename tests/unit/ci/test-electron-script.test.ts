import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run test:electron` where the Electron binary is missing: one line, no
// claim of a pass, and never a download. An empty ELECTRON_OVERRIDE_DIST_PATH
// stands for the missing binary on every machine, this one and a release runner.

const script = join(import.meta.dirname, '../../../scripts/test-electron.mjs');
const empty = mkdtempSync(join(tmpdir(), 'vw-no-electron-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

function run(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty, VW_REQUIRE_ELECTRON: '', ...env } });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.trim().split('\n') };
}

describe('test:electron without the Electron binary', () => {
  it('says so in one line and exits 0 without claiming a pass', () => {
    const { status, lines } = run({});
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^test:electron: not run: the Electron binary is not installed/);
    expect(lines[0]).not.toMatch(/passed|download/i);
  });

  it('fails where the workflows require Electron', () => {
    expect(run({ VW_REQUIRE_ELECTRON: '1' }).status).toBe(1);
  });
});
