import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UNPACKED_DIR, ensurePackage, folderBytes } from '../tests/helpers/app-package';
import type { BenchResult } from './lib';

const GOAL_MB = 250;

/**
 * Installed size of the app: the unpacked folder electron-builder --dir makes
 * (npm run pack:dir), packed afresh. Where the Linux Electron was downloaded
 * it is the whole installed app; here, with the stand-in, it is the app's own
 * files (app.asar and app.asar.unpacked) and the note says so. Ratio to 250 MB.
 */
export function appSize(): Promise<BenchResult> {
  ensurePackage(true);
  const bytes = folderBytes(UNPACKED_DIR);
  const value = bytes / 1024 / 1024;
  const realElectron = existsSync(join(UNPACKED_DIR, 'locales'));
  const note = realElectron
    ? `goal ≤ ${GOAL_MB} MB; release/linux-unpacked with Electron`
    : `goal ≤ ${GOAL_MB} MB; stand-in Electron (not downloadable here): the app's own files only, Electron itself is not counted`;
  return Promise.resolve({ name: 'app-size', value, unit: 'MB', ratio: value / GOAL_MB, note });
}
