import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Pages used only by `npm run bench`: the real editors next to bare React Flow canvases.
export default defineConfig({
  root: resolve(import.meta.dirname, 'pages'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../out/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    minify: process.env.BENCH_MINIFY !== '0',
    rollupOptions: {
      input: { canvas: resolve(import.meta.dirname, 'pages/canvas.html'), actions: resolve(import.meta.dirname, 'pages/actions.html'), club: resolve(import.meta.dirname, 'pages/club.html') },
    },
  },
});
