import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Every http:// and https:// address in what the app ships (main, preload,
// renderer, the phones' page) must be one the app never asks for: a name
// space, a schema identifier, a link in a library's developer message, or
// an address the app builds at run time for its own listeners. A new CDN
// font, an analytics snippet or an update check fails here by name.
//
// An e2e-phase test because it reads the build: `npm test` builds out/
// after the unit tests and before Playwright, so this always reads the
// bundles of the code under test. It starts no host and no browser.

const OUT = resolve(import.meta.dirname, '../../out');
/** What the build must have produced; out/bench (bench pages, `npm run bench`) is not part of the app. */
const BUNDLES = ['main/index.js', 'main/host.js', 'preload/index.cjs', 'renderer/index.html', 'phone/index.html'];
/** The folders of out/ the installers carry (electron-builder.yml's `files`, checked below). */
const SHIPPED = ['main', 'preload', 'renderer', 'phone'];

interface Allowed {
  pattern: RegExp;
  why: string;
}

// Anchored and exact on purpose: a pattern may never admit a whole host.
const ALLOWED: Allowed[] = [
  {
    pattern: /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|XML\/1998\/namespace|2000\/xmlns\/|1998\/Math\/MathML)$/,
    why: 'XML name spaces (SVG, XLink, XHTML, XML, XMLNS, MathML) in React DOM and our SVGs: identifiers, never fetched',
  },
  {
    pattern: /^https?:\/\/json-schema\.org\/(draft-04\/schema#|draft-07\/schema#|draft\/2020-12\/schema)$/,
    why: "zod's JSON-schema output names its dialect with these identifiers; the app never fetches them",
  },
  {
    pattern: /^https:\/\/react\.dev\/errors\/$/,
    why: "React's production error messages point developers here (console only)",
  },
  {
    pattern: /^https:\/\/react\.i18next\.com\/latest\/usetranslation-hook$/,
    why: "react-i18next's developer warning about Suspense (console only)",
  },
  {
    pattern: /^https:\/\/(reactflow\.dev\/|\$\{\w+\}flow\.dev\/error#\d{3})$/,
    why: "React Flow's developer error messages link their documentation (console only)",
  },
  {
    pattern: /^https:\/\/reactflow\.dev\?utm_source=attribution$/,
    why: 'React Flow\'s attribution link: never drawn, the canvas sets proOptions.hideAttribution (checked below)',
  },
  {
    pattern: /^https:\/\/github\.com\/paralleldrive\/cuid\.?$/,
    why: "a source comment in zod's regexes (main bundle, not minified)",
  },
  {
    pattern: /^https:\/\/exa\\nmple\.com$/,
    why: "a source comment in zod's URL check, quoting how the URL parser drops control characters",
  },
  {
    pattern: /^http:\/\/\[\.\.\.\]$/,
    why: "a source comment in zod's IPv6 check",
  },
  {
    pattern: /^http:\/\/\[\$\{\w+\}\]$/,
    why: "zod's IPv6 check parses a value as http://[value] to validate it; nothing is fetched",
  },
  {
    pattern: /^http:\/\/(\$\{[\w.]+\}|127\.0\.0\.1)(:\$\{[\w.]+\})?\/?$/,
    why: "addresses built at run time from the browser host's or the phones' listener's own address and port (127.0.0.1 or the chosen local network)",
  },
];

const URL_IN_TEXT = /https?:\/\/[^\s"'`<>()]*/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function addressesIn(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((match) => match[0]);
}

test('the built bundles contain no web address outside the allowlist', () => {
  const missing = BUNDLES.filter((file) => !existsSync(join(OUT, file)));
  expect(missing, 'build first: npx electron-vite build && npx vite build -c src-phone/vite.config.mts (npm test does both)').toEqual([]);

  const found = new Map<string, Set<string>>();
  for (const folder of SHIPPED) {
    for (const file of filesUnder(join(OUT, folder))) {
      for (const address of addressesIn(readFileSync(file, 'latin1'))) {
        const where = found.get(address) ?? new Set<string>();
        where.add(relative(OUT, file));
        found.set(address, where);
      }
    }
  }
  const unexplained = [...found].filter(([address]) => !ALLOWED.some((a) => a.pattern.test(address))).map(([address, files]) => `${address}  (in ${[...files].join(', ')})`);
  expect(unexplained, 'web addresses in the shipped bundles that the allowlist does not explain').toEqual([]);
  // The scan reads something: React DOM's SVG name space is always there.
  expect(found.has('http://www.w3.org/2000/svg')).toBe(true);
});

test('the scan reads exactly the folders of out/ that the installers carry', () => {
  const config = readFileSync(resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');
  const packed = [...config.matchAll(/^\s*-\s*'?out\/([\w-]+)\/\*\*'?\s*$/gm)].map((m) => m[1]);
  expect(packed.sort()).toEqual([...SHIPPED].sort());
});

test("React Flow's attribution link stays hidden wherever the canvas is drawn", () => {
  const renderer = resolve(import.meta.dirname, '../../src-renderer');
  const drawing = filesUnder(renderer).filter((file) => /\.tsx?$/.test(file) && /import\s*\{[^}]*\bReactFlow\b[^}]*\}\s*from '@xyflow\/react'/.test(readFileSync(file, 'utf8')));
  expect(drawing.length, 'the canvas imports ReactFlow somewhere').toBeGreaterThan(0);
  for (const file of drawing) expect(readFileSync(file, 'utf8'), relative(renderer, file)).toMatch(/proOptions:\s*\{\s*hideAttribution:\s*true\s*\}/);
});

test('the allowlist admits no whole host and recognises the addresses it explains', () => {
  for (const bad of ['https://react.dev/', 'https://reactflow.dev/evil.js', 'http://www.w3.org/', 'https://fonts.googleapis.com/css', 'http://192.168.1.2:4781/', 'https://redirector.gvt1.com/edgedl/chrome/dict/']) {
    expect(ALLOWED.filter((a) => a.pattern.test(bad)).map((a) => a.why), bad).toEqual([]);
  }
  expect(addressesIn('fetch(`http://${r.address}:${r.port}/`)')).toEqual(['http://${r.address}:${r.port}/']);
  expect(ALLOWED.some((a) => a.pattern.test('http://${r.address}:${r.port}/'))).toBe(true);
});
