import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The participants' page: a separate, tiny bundle that the phone listener
// serves. It shares nothing with the coach's renderer but type declarations
// and the shared labels.
export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, '../out/phone'),
    emptyOutDir: true,
    minify: true,
    // Old Android browsers in a club room: keep to what they run.
    target: 'es2019',
    modulePreload: false,
    assetsInlineLimit: 0,
  },
});
