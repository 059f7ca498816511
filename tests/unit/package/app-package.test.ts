import { extractFile, listPackage, statFile } from '@electron/asar';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASAR_PATH, ASAR_UNPACKED_DIR, ensurePackage, folderBytes } from '../../helpers/app-package';

// The app as the installers ship it: app.asar and app.asar.unpacked built by
// electron-builder from electron-builder.yml (npm run pack:dir, offline, with a
// stand-in Electron). Builds the package first when it is missing or stale.

/** Budget for the app's own files (asar + unpacked), without Electron itself. */
const BUDGET_MB = 30;

const rootPackage = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let files: Set<string>;
const read = (path: string): string => extractFile(ASAR_PATH, path.slice(1)).toString('utf8');

beforeAll(() => {
  ensurePackage();
  files = new Set(listPackage(ASAR_PATH, { isPack: false }).map((path) => path.replaceAll('\\', '/')));
}, 300_000);

/** Every module a bundle names: static imports and re-exports (at a line's start in the bundles), dynamic imports, require calls. */
function specifiersIn(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

const packageName = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.includes(packageName(specifier)) || specifier === 'electron';

/** Node's lookup: node_modules folders from the requiring package up to the root. */
function packageDir(name: string, fromDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = posix.join(dir, 'node_modules', name);
    if (files.has(`${candidate}/package.json`)) return candidate;
    if (dir === '/') return null;
    dir = posix.dirname(dir);
  }
}

/** A runtime package and, recursively, its own dependencies: every one must be inside the package. */
function missingDependencies(name: string, fromDir: string, seen = new Set<string>()): string[] {
  const dir = packageDir(name, fromDir);
  if (!dir) return [name];
  if (seen.has(dir)) return [];
  seen.add(dir);
  const manifest = JSON.parse(read(`${dir}/package.json`)) as { dependencies?: Record<string, string> };
  // Type declarations (docx lists @types/node) are never loaded at run time and are left out on purpose.
  const runtime = Object.keys(manifest.dependencies ?? {}).filter((dep) => !dep.startsWith('@types/'));
  return runtime.flatMap((dep) => missingDependencies(dep, dir, seen).map((m) => `${name} → ${m}`));
}

describe('the packed app (app.asar)', () => {
  it('holds the main, preload and renderer bundles, the picture worker and the phones page', () => {
    for (const path of ['/package.json', '/out/main/index.js', '/out/main/picture-worker.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/phone/index.html']) {
      expect(files, path).toContain(path);
    }
    expect([...files].some((path) => /^\/out\/renderer\/assets\/.+\.js$/.test(path))).toBe(true);
    // The main process finds the worker next to itself: new URL('./picture-worker.js', import.meta.url).
    expect(read('/out/main/index.js') + [...files].filter((p) => p.startsWith('/out/main/chunks/')).map(read).join('\n')).toContain('picture-worker.js');
    const manifest = JSON.parse(read('/package.json')) as { main: string };
    expect(files).toContain(`/${manifest.main}`);
  });

  it('keeps every native module (.node) outside the archive, in app.asar.unpacked', () => {
    const natives = [...files].filter((path) => path.endsWith('.node'));
    expect(natives.some((path) => path.includes('/better-sqlite3/'))).toBe(true);
    expect(natives.some((path) => path.includes('/@resvg/'))).toBe(true);
    for (const path of natives) {
      expect(statFile(ASAR_PATH, path.slice(1)), path).toMatchObject({ unpacked: true });
      expect(existsSync(join(ASAR_UNPACKED_DIR, path)), path).toBe(true);
    }
  });

  it('resolves every import and require of the main bundles inside the package', () => {
    const bundles = [...files].filter((path) => path.startsWith('/out/main/') && path.endsWith('.js'));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    const problems: string[] = [];
    for (const bundle of bundles) {
      for (const specifier of specifiersIn(read(bundle))) {
        if (specifier.startsWith('.')) {
          const target = posix.resolve(posix.dirname(bundle), specifier);
          if (!files.has(target)) problems.push(`${bundle}: ${specifier}`);
        } else if (!isBuiltin(specifier)) {
          problems.push(...missingDependencies(packageName(specifier), '/').map((m) => `${bundle}: ${m}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('carries no devDependency', () => {
    const packed = new Set([...files].filter((path) => /\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(path)).map((path) => path.split('/node_modules/').at(-1)!.replace(/\/package\.json$/, '')));
    const devOnly = Object.keys(rootPackage.devDependencies).filter((name) => packed.has(name));
    expect(devOnly).toEqual([]);
    for (const name of Object.keys(rootPackage.dependencies)) expect(packed, name).toContain(name);
  });

  it(`stays under ${BUDGET_MB} MB (archive and unpacked files, without Electron)`, () => {
    const mb = (statSync(ASAR_PATH).size + folderBytes(ASAR_UNPACKED_DIR)) / 1024 / 1024;
    console.log(`app package: ${mb.toFixed(1)} MB of ${BUDGET_MB} MB budget`);
    expect(mb).toBeLessThan(BUDGET_MB);
  });
});
