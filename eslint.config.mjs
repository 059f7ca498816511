import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { localRules } from './scripts/eslint-local-rules.mjs';

/** A folder and everything in it, however the import path reaches it. */
const dir = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);

const NODE_BUILTINS = { group: ['node:*'], message: 'The renderer runs in a sandboxed browser page: no Node built-ins.' };

const CORE = [
  { group: ['electron', 'electron/*'], message: 'src-main/core never imports Electron: it runs and is tested in plain Node.' },
  { group: [...dir('shell', 'host', 'preload', 'src-renderer'), 'react', 'react-dom'], message: 'The core does not know its callers.' },
];

// The layers (VS Code's layering rule): contract ← core ← serving ← host/shell;
// the renderer sees only the contract; the core never sees Electron.
const layers = [
  {
    files: ['src-main/contract/**'],
    patterns: [
      { group: ['../*', '!./*'], message: 'The contract is the shared layer: it imports nothing of ours outside itself.' },
      { group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'node:*'], message: 'The contract may import only zod.' },
    ],
  },
  {
    files: ['src-main/shared/**'],
    patterns: [
      { group: [...dir('core', 'shell', 'host', 'preload', 'src-renderer')], message: 'Shared domain logic depends on the contract only.' },
      { group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'node:*'], message: 'Shared domain logic is pure: it runs in the core and in the page.' },
    ],
  },
  { files: ['src-main/core/**'], patterns: CORE },
  {
    // The picture worker loads these: diagrams are drawn from the data handed over (no import circle through the context).
    files: ['src-main/core/drawing/**', 'src-main/core/exports/{process-svg,stakeholder-svg,svg,png,png-encode}.ts', 'src-main/core/report/{picture-jobs,picture-worker,picture-pool,docx-blocks}.ts'],
    patterns: [
      ...CORE,
      {
        group: [...dir('db', 'services', 'process', 'live', 'actions', 'archive', 'api', 'backup', 'sample'), '**/context', '**/workspace', '**/*-exports', '**/report-data', 'better-sqlite3'],
        message: 'Diagrams are drawn from the data they are handed: no database reads, no core context.',
      },
    ],
  },
  {
    files: ['src-main/host/**'],
    patterns: [
      { group: ['electron', 'electron/*'], message: 'The browser host runs in plain Node, without Electron.' },
      { group: dir('shell', 'preload', 'src-renderer'), message: 'The host depends on the contract, the core and serving only.' },
    ],
  },
  {
    // What the desktop shell and the browser host both serve: CSP, static files, data folder, the phones' listener.
    files: ['src-main/serving/**'],
    patterns: [
      { group: ['electron', 'electron/*'], message: 'Serving runs in plain Node: the shell and the browser host share it.' },
      { group: dir('shell', 'host', 'preload', 'src-renderer'), message: 'Serving depends on the contract and the core only.' },
      { group: ['**/core/**', 'better-sqlite3'], message: "Serving reaches the data only through the core's public API (../core), never its database." },
    ],
  },
  {
    files: ['src-main/shell/**'],
    patterns: [
      { group: [...dir('host', 'preload', 'src-renderer'), 'react', 'react-dom'], message: 'The shell may import the contract, shared, the core and serving only.' },
    ],
  },
  {
    files: ['src-main/preload/**'],
    patterns: [
      { group: [...dir('core', 'host', 'shell'), 'better-sqlite3', 'node:*'], message: 'The sandboxed preload knows only the contract.' },
    ],
  },
  {
    files: ['src-renderer/**'],
    patterns: [
      NODE_BUILTINS,
      { group: ['electron', 'better-sqlite3'], message: 'The renderer talks to the core only through the API client.' },
      { group: dir('src-main/core', 'src-main/shell', 'src-main/host', 'src-main/preload'), message: 'The renderer may import only src-main/contract and src-main/shared.' },
    ],
  },
  {
    // The phones' page is served to the room's network: tiny, and apart from the coach's app.
    files: ['src-phone/**/*.ts'],
    patterns: [
      NODE_BUILTINS,
      { group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'zod', 'i18next', 'react-i18next'], message: 'The phone page stays small: no framework, no zod (type imports of the contract only).' },
      { group: [...dir('src-main/core', 'src-main/shell', 'src-main/host', 'src-main/preload'), '**/src-renderer/**'], message: 'The phone page may import only types of src-main/contract and src-main/shared.' },
    ],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'reports/**', 'test-results/**', '.tmp/**', '.tools/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // electron-builder's hooks are CommonJS (scripts/after-pack.cjs).
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  ...layers.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
  {
    // no-restricted-imports misses import() and require(): the plain-Node layers must not load Electron either way.
    files: ['src-main/core/**', 'src-main/serving/**', 'src-main/host/**'],
    plugins: { vw: localRules },
    rules: { 'vw/no-runtime-module': ['error', { names: ['electron'], why: 'it runs in plain Node, without Electron' }] },
  },
  {
    files: ['src-phone/**/*.ts'],
    ignores: ['src-phone/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The phones' page keeps its own tiny catalogue (strings.ts): the page must stay small.
    files: ['src-phone/**/*.ts'],
    ignores: ['src-phone/vite.config.mts', 'src-phone/strings.ts'],
    plugins: { vw: localRules },
    rules: { 'vw/no-literal-dom-text': 'error' },
  },
  {
    // Documents the core writes and the desktop menu: their words live in src-main/shared/i18n.
    // Built-in template content (core/templates/builtin.ts and its data files) is data, not UI text.
    files: ['src-main/core/exports/**/*.ts', 'src-main/core/report/**/*.ts', 'src-main/core/drawing/**/*.ts', 'src-main/core/templates/library.ts', 'src-main/shell/menu.ts'],
    plugins: { vw: localRules },
    rules: { 'vw/no-document-literal': 'error' },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, vw: localRules },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'vw/no-literal-ui-text': 'error',
    },
  },
  // Small files and functions: split features instead of growing god components.
  {
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}', 'src-phone/**/*.ts'],
    ignores: ['src-renderer/i18n/{de,en}*.ts', 'src-main/shared/i18n/{de,en}*.ts', 'src-main/core/sample/sample-data.ts', 'src-phone/strings.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
