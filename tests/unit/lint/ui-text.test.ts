import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Words the user sees live in the catalogues (src-main/shared/i18n; the
// phones' page has its own tiny src-phone/strings.ts). The lint rules in
// scripts/eslint-local-rules.mjs keep them there; these tests plant literals
// to show the rules catch them, and scan the folders they guard.

const root = join(import.meta.dirname, '../../..');
const RULES = ['vw/no-literal-ui-text', 'vw/no-literal-dom-text', 'vw/no-document-literal'];
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  overrideConfigFile: join(root, 'eslint.config.mjs'),
  ruleFilter: ({ ruleId }) => RULES.includes(ruleId),
});

async function flagged(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('no user-visible text outside the catalogues', () => {
  it('flags JSX text and text props in the coach UI', async () => {
    const found = await flagged('src-renderer/features/x.tsx', 'export const A = () => <input aria-label="Suchen" placeholder={`Name eingeben`} title="Suche" />;\n');
    expect(found).toHaveLength(3);
  });

  it("flags text written into the phones' page, but not its own catalogue", async () => {
    const code = "export const b = (h: (...a: unknown[]) => HTMLElement) => h('button', { 'aria-label': 'Karte löschen', class: 'round' }, 'Senden');\n";
    expect(await flagged('src-phone/cards.ts', code)).toHaveLength(2);
    expect(await flagged('src-phone/cards.ts', "export const set = (el: HTMLElement) => { el.textContent = 'Verbunden'; };\n")).toHaveLength(1);
    expect(await flagged('src-phone/strings.ts', code)).toEqual([]);
  });

  it('flags German-looking words in the documents the core writes and in the menu', async () => {
    const planted = "export const header = ['Titel', 'Nächster Schritt'];\nexport const line = (n: number) => `Noch offen: ${n}`;\n";
    expect(await flagged('src-main/core/exports/measure-exports.ts', planted)).toHaveLength(2);
    expect(await flagged('src-main/core/report/phase-chapters.ts', planted)).toHaveLength(2);
    expect(await flagged('src-main/core/drawing/diagrams.ts', planted)).toHaveLength(2);
    expect(await flagged('src-main/shell/menu.ts', "export const m = { label: 'Über Vereinswerkstatt' };\n")).toHaveLength(1);
    expect(await flagged('src-main/core/templates/library.ts', "export const copy = (n: string) => `${n} (Kopie vom Original)`;\n")).toHaveLength(1);
  });

  it('leaves alone what is not for the user: errors, SQL, keys; and built-in template content', async () => {
    const code = [
      "export const fail = () => { throw new Error('Picture job failed for this step'); };",
      "export const q = (ctx: { sql: (s: string) => unknown }) => ctx.sql('SELECT title FROM workshops');",
      "export const keys = { 'Über': 1 };",
      "export const symbols = ['○', '✓', '–'];",
    ].join('\n');
    expect(await flagged('src-main/core/report/x.ts', code)).toEqual([]);
    // Template content is data in both languages (another part of the core), not the UI's words.
    expect(await flagged('src-main/core/templates/builtin.ts', "export const title = 'Unsere Werte';\n")).toEqual([]);
    expect(await flagged('src-main/shared/i18n/de-documents.ts', "export const de = { title: 'Nächste Schritte' };\n")).toEqual([]);
  });

  it('finds nothing in the folders it guards today', async () => {
    const folders = ['src-main/core/exports', 'src-main/core/report', 'src-main/core/drawing', 'src-main/core/templates/library.ts', 'src-main/shell/menu.ts', 'src-phone'];
    const results = await eslint.lintFiles(folders.map((f) => join(root, f)));
    const messages = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}:${m.line} ${m.message}`));
    expect(results.length).toBeGreaterThan(20);
    expect(messages).toEqual([]);
  }, 120_000); // some sixty files: a generous limit, as the suite may share two busy cores
});
