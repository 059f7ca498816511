import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
// Lint snippets as if they lived in a given folder; type-aware rules are not needed for imports.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  overrideConfigFile: join(root, 'eslint.config.mjs'),
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'vw/no-literal-ui-text',
});

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules', () => {
  it('forbid Electron in the core', async () => {
    const errors = await importErrors('src-main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n");
    expect(errors.join()).toMatch(/never imports Electron/);
  });

  it('forbid the core in the renderer, allow the contract', async () => {
    expect(await importErrors('src-renderer/x.ts', "import { Workspace } from '../src-main/core';\nexport const w = Workspace;\n")).not.toEqual([]);
    expect(await importErrors('src-renderer/x.ts', "import { contract } from '../src-main/contract';\nexport const c = contract;\n")).toEqual([]);
  });

  it('forbid Node built-ins in the renderer and Electron in the host', async () => {
    expect(await importErrors('src-renderer/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).not.toEqual([]);
    expect(await importErrors('src-main/host/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
  });

  it('keep the contract free of our other layers', async () => {
    expect(await importErrors('src-main/contract/x.ts', "import { Workspace } from '../core';\nexport const w = Workspace;\n")).not.toEqual([]);
  });

  it('flag UI text written into components instead of the catalogue', async () => {
    const [result] = await eslint.lintText('export const A = () => <button aria-label="Löschen">Speichern</button>;\n', {
      filePath: join(root, 'src-renderer/x.tsx'),
    });
    const rules = (result?.messages ?? []).map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'vw/no-literal-ui-text')).toHaveLength(2);
  });
});
