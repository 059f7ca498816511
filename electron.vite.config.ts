import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  // Electron main process and the browser host: both plain Node bundles.
  main: {
    define,
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('src-main/shell/main.ts'),
          host: resolve('src-main/host/cli.ts'),
          // Report pictures are drawn in a worker thread beside the main process.
          'picture-worker': resolve('src-main/core/report/picture-worker.ts'),
        },
      },
    },
  },
  // Sandboxed preloads cannot require node_modules: bundle everything into one CommonJS file.
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // Loaded from disk or 127.0.0.1, never over a slow network: one large chunk is fine.
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
