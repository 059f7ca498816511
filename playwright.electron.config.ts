import { defineConfig } from '@playwright/test';

// The desktop smoke test (npm run test:electron): the built app in a real
// Electron, one test after the other. Not part of `npm test` (its config
// looks only at tests/e2e); scripts/test-electron.mjs runs it where the
// Electron binary is installed and says so in one line where it is not.
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/electron.json' }]],
  outputDir: 'test-results/electron',
});
