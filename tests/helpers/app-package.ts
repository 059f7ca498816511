import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The packed app of `npm run pack:dir` (electron-builder --dir, offline, with a
// stand-in Electron): shared by the package test and the app-size bench.

const root = join(import.meta.dirname, '..', '..');
export const UNPACKED_DIR = join(root, 'release', 'linux-unpacked');
export const RESOURCES_DIR = join(UNPACKED_DIR, 'resources');
export const ASAR_PATH = join(RESOURCES_DIR, 'app.asar');
export const ASAR_UNPACKED_DIR = join(RESOURCES_DIR, 'app.asar.unpacked');

/** What goes into the package: the built bundles and the packaging config. */
const INPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/phone/index.html', 'package.json', 'electron-builder.yml', 'scripts/after-pack.cjs'];

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : Number.POSITIVE_INFINITY;
}

/** True when app.asar is missing or older than one of its inputs. */
export function packageIsStale(): boolean {
  if (!existsSync(ASAR_PATH)) return true;
  const packed = statSync(ASAR_PATH).mtimeMs;
  return INPUTS.some((input) => mtime(join(root, input)) > packed);
}

/** Builds the app (if out/ is missing) and packs it; `force` packs even when up to date. */
export function ensurePackage(force = false): void {
  if (!force && !packageIsStale()) return;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'pack-dir.mjs')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run pack:dir failed:\n${result.stdout}\n${result.stderr}`);
}

/** Bytes of every file below a folder (symbolic links counted as links). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}
