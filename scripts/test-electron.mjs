// npm run test:electron: the desktop smoke test (tests/electron) against the
// built app in a real Electron. Where the Electron binary is not installed
// (npm could not download it, as on machines that reach only the npm
// registry), it says so in one line and exits 0 without running anything: it
// claims no pass. VW_REQUIRE_ELECTRON=1 (set by the release and build
// workflows) turns a missing binary into a failure (exit 1).
// `--no-build` uses out/ as it is (the workflows build it in `npm test` just before).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/**
 * The Electron executable, or null. Read from electron's own path.txt and
 * never through require('electron'): since Electron 45 that starts a download
 * when the binary is missing. Where the download is reachable,
 * `node node_modules/electron/install.js` fetches it (the workflows do).
 */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const path = override ? join(override, name || 'electron') : name ? join(dir, 'dist', name) : null;
  return path && existsSync(path) ? path : null;
}

const electron = electronBinary();
if (!electron) {
  console.log('test:electron: not run: the Electron binary is not installed here (node_modules/electron has no dist/; `node node_modules/electron/install.js` fetches it); the desktop smoke test needs it.');
  process.exit(process.env.VW_REQUIRE_ELECTRON === '1' ? 1 : 0);
}

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status ?? 1;

if (!process.argv.includes('--no-build')) {
  const built = run(bin('electron-vite'), ['build']) === 0 && run(bin('vite'), ['build', '-c', 'src-phone/vite.config.mts']) === 0;
  if (!built) process.exit(1);
}
process.exit(run(bin('playwright'), ['test', '-c', 'playwright.electron.config.ts'], { VW_ELECTRON_PATH: electron }));
