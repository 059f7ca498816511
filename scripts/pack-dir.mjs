// npm run pack:dir: packs the built app the way the installers do
// (electron-builder, electron-builder.yml, the afterPack hook), offline, with a
// stand-in for the Electron binary. The result is release/linux-unpacked/:
// resources/app.asar and resources/app.asar.unpacked are exactly what an
// installer ships; only the "vereinswerkstatt" executable is a shell script.
// The Linux layout is used on every system: it needs no .app bundle or .exe.
// Where the Linux Electron was downloaded (node_modules/electron/dist), that
// real one is packed instead, so the folder is the app as installed.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { STAND_IN_MARKER } = require('./after-pack.cjs');
const RELEASE_DIR = join(root, 'release');
const UNPACKED_DIR = join(RELEASE_DIR, 'linux-unpacked');
const standIn = join(root, 'release', 'stand-in-electron');

/** `viaShell` only for npm, a .cmd file on Windows; paths with spaces (Node's own) go without a shell. */
function run(command, args, viaShell = false) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: viaShell && process.platform === 'win32',
    // Never fetch Electron: the stand-in is all this build gets.
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

/** Just enough of an unpacked Electron for electron-builder to copy and rename. */
function makeStandIn() {
  rmSync(standIn, { recursive: true, force: true });
  mkdirSync(join(standIn, 'resources'), { recursive: true });
  const exe = join(standIn, 'electron');
  writeFileSync(exe, `#!/bin/sh\n# ${STAND_IN_MARKER}\necho "This is a stand-in for Electron (npm run pack:dir); it cannot run the app." >&2\nexit 1\n`);
  chmodSync(exe, 0o755);
  writeFileSync(join(standIn, 'LICENSE'), 'Stand-in for the Electron binary; the real Electron and its licence come with the installers.\n');
}

/** The downloaded Linux Electron, if this machine has it; else the stand-in. */
function electronDist() {
  const real = join(root, 'node_modules', 'electron', 'dist');
  if (process.platform === 'linux' && existsSync(join(real, 'electron'))) return real;
  makeStandIn();
  return standIn;
}

if (!existsSync(join(root, 'out', 'main', 'index.js')) || !existsSync(join(root, 'out', 'phone', 'index.html'))) run('npm', ['run', 'build'], true);
const dist = electronDist();
rmSync(UNPACKED_DIR, { recursive: true, force: true });
// Its CLI through this Node: no shell, the same on Windows, macOS and Linux.
run(process.execPath, [join(root, 'node_modules', 'electron-builder', 'cli.js'), '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${dist}`]);
console.log(`pack:dir: ${join(UNPACKED_DIR, 'resources', 'app.asar')}`);
