import { defineConfig } from 'vitest/config';

// Files that replace a module (vi.mock) need a fresh module graph; all others
// share their worker's (no per-file start-up: about a minute less on 2 cores).
const OWN_MODULES = ['tests/unit/core/read-only-folder.test.ts'];
// The packed app is checked after the build (npm test runs this project on its own, once out/ exists).
const PACKAGE = ['tests/unit/package/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/unit/**/*.test.ts'], exclude: [...OWN_MODULES, ...PACKAGE], isolate: false } },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
      { extends: true, test: { name: 'package', include: PACKAGE, testTimeout: 180_000 } },
    ],
  },
});
