import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARCHIVE_EXTENSION, TEMPLATE_EXTENSION } from '../../../src-main/contract';

// electron-builder.yml: what the installers promise coaches (per-user on
// Windows, both Mac chips, offline without updates, file types that open in
// the app). The builder itself runs only on release machines.

const root = join(import.meta.dirname, '..', '..', '..');
interface Target {
  target: string;
  arch?: string[];
}
interface Config {
  appId: string;
  productName: string;
  copyright: string;
  version?: string;
  publish: null;
  npmRebuild: boolean;
  electronDist?: string;
  afterPack: string;
  asarUnpack: string[];
  files: string[];
  fileAssociations: { ext: string; mimeType: string }[];
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown>;
  mac: { target: Target[]; icon: string };
  linux: { target: string[]; icon: string };
  directories: { buildResources: string };
}
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
const resources = join(root, config.directories.buildResources);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('names the app and takes its version from package.json', () => {
    expect(config).toMatchObject({ appId: 'de.vereinswerkstatt.app', productName: 'Vereinswerkstatt' });
    expect(config.copyright).toMatch(/Vereinswerkstatt/);
    expect(config.version).toBeUndefined();
    // A stand-in Electron belongs to `npm run pack:dir` only, never to the installers.
    expect(config.electronDist).toBeUndefined();
  });

  it('installs per user on Windows, without administrator rights, in German and English', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    expect(config.nsis.installerLanguages).toEqual(['de_DE', 'en_US']);
  });

  it('builds a dmg for both Mac chips, and AppImage and deb for Linux', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('never publishes or updates, and never rebuilds native modules (they are Node-API prebuilds)', () => {
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
  });

  it('keeps the native modules out of the archive and packs only the built app', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/**/*.node', 'node_modules/@resvg/**/*.node']));
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**', 'out/phone/**']);
    expect(existsSync(join(root, config.afterPack))).toBe(true);
  });

  it('opens workshop files and template files, never plain .json', () => {
    expect(config.fileAssociations.map((a) => a.ext)).toEqual([ARCHIVE_EXTENSION, TEMPLATE_EXTENSION]);
    for (const association of config.fileAssociations) expect(association.mimeType).toMatch(/^application\/x-vereinswerkstatt/);
  });

  it('has every icon it names, drawn from the one SVG', () => {
    expect(readFileSync(join(resources, 'icon.svg'), 'utf8')).toContain('M16 16l16 34 16-34');
    expect(readFileSync(join(resources, config.win.icon)).readUInt16LE(2)).toBe(1); // ICO type 1
    expect(readFileSync(join(resources, config.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns');
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(resources, config.linux.icon, `${size}x${size}.png`))).toEqual([size, size]);
    }
    expect(pngSize(join(resources, 'icon.png'))).toEqual([1024, 1024]);
  });
});
