import { ESLint } from 'eslint';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layer rules must hold for modules loaded at run time too, and for the
// layers that issue 18 added (serving, shell). ESLint's Node API lints
// planted code as if it lived in a given folder; the real folders must pass.

const root = join(import.meta.dirname, '../../..');
const LAYER_RULES = new Set(['no-restricted-imports', 'vw/no-runtime-module']);
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  overrideConfigFile: join(root, 'eslint.config.mjs'),
  ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId),
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const ELECTRON_AT_RUN_TIME = {
  'import()': "export const load = async () => (await import('electron')).app;\n",
  'import() of a subpath': "export const load = () => import('electron/main');\n",
  'import() with a template string': 'export const load = () => import(`electron`);\n',
  'import() of a computed name': "const name = ['elec', 'tron'].join('');\nexport const load = () => import(name);\n",
  'createRequire(…)(…)': "import { createRequire } from 'node:module';\nexport const e = createRequire(import.meta.url)('electron');\n",
  'a require made by createRequire': "import { createRequire } from 'node:module';\nconst req = createRequire(import.meta.url);\nexport const e = req('electron');\n",
  'module.createRequire': "import module from 'node:module';\nconst load = module.createRequire(import.meta.url);\nexport const e = load('electron');\n",
  'require()': "declare const require: (name: string) => unknown;\nexport const e = require('electron');\n",
  'module.require()': "declare const module: { require(name: string): unknown };\nexport const e = module.require('electron');\n",
};

describe('the plain-Node layers never load Electron, not even at run time', () => {
  it.each(Object.entries(ELECTRON_AT_RUN_TIME))('refuses %s in the core', async (_label, code) => {
    const errors = await layerErrors('src-main/core/services/x.ts', code);
    expect(errors.join('\n')).toMatch(/vw\/no-runtime-module/);
  });

  it.each(['src-main/serving/x.ts', 'src-main/host/x.ts', 'src-main/core/report/picture-worker.ts'])('refuses import("electron") in %s', async (file) => {
    expect(await layerErrors(file, "export const load = () => import('electron');\n")).not.toEqual([]);
  });

  it('lets the core load other modules by name at run time', async () => {
    const code = "import { createRequire } from 'node:module';\nexport const p = createRequire(import.meta.url).resolve('better-sqlite3');\nexport const z = () => import('node:zlib');\n";
    expect(await layerErrors('src-main/core/x.ts', code)).toEqual([]);
  });

  it('passes the real core, serving and host', async () => {
    // Only files that load something at run time can break the rule (npm run lint checks every file anyway).
    const files = ['src-main/core', 'src-main/serving', 'src-main/host']
      .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(root, dir, f)))
      .filter((file) => file.endsWith('.ts') && /import\s*\(|require/i.test(readFileSync(file, 'utf8')));
    expect(files.map((f) => relative(root, f))).toContain(join('src-main', 'core', 'backup', 'check-worker.ts'));
    const results = await eslint.lintFiles(files);
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId}: ${m.message}`))).toEqual([]);
  }, 60_000);
});

describe('the shell and serving layers', () => {
  it('forbid the shell to import the browser host or the renderer', async () => {
    expect(await layerErrors('src-main/shell/x.ts', "import { startServer } from '../host/server';\nexport const s = startServer;\n")).not.toEqual([]);
    expect(await layerErrors('src-main/shell/x.ts', "import { App } from '../../src-renderer/app/App';\nexport const a = App;\n")).not.toEqual([]);
  });

  it('allow the shell the contract, the core and serving', async () => {
    const code = "import { contract } from '../contract';\nimport { Workspace } from '../core';\nimport { readStatic } from '../serving/static-files';\nexport const all = [contract, Workspace, readStatic];\n";
    expect(await layerErrors('src-main/shell/x.ts', code)).toEqual([]);
  });

  it("keep serving plain Node, apart from the shell and the host, and out of the core's database", async () => {
    expect(await layerErrors('src-main/serving/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
    expect(await layerErrors('src-main/serving/x.ts', "import { startServer } from '../host/server';\nexport const s = startServer;\n")).not.toEqual([]);
    expect(await layerErrors('src-main/serving/x.ts', "import { writeTransaction } from '../core/db/transaction';\nexport const w = writeTransaction;\n")).not.toEqual([]);
    expect(await layerErrors('src-main/serving/x.ts', "import { invokeParticipant } from '../core';\nexport const i = invokeParticipant;\n")).toEqual([]);
  });
});
