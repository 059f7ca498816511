import { resolveConfig } from 'electron-vite';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..', '..');

/**
 * Builds the sandboxed preload exactly as `electron-vite build` does (the
 * preload part of electron.vite.config.ts) into `outDir`, and returns the
 * bundle's path. Only the preload: a few seconds, not the whole app, and
 * never a stale out/ from an earlier build.
 */
export async function buildPreload(outDir: string): Promise<string> {
  // Vite sets NODE_ENV=production (and electron-vite more): the other test files of this worker must not see it.
  const env = { ...process.env };
  try {
    const { config } = await resolveConfig({ root, logLevel: 'silent' }, 'build', 'production');
    const preload = config?.preload;
    if (!preload) throw new Error('electron.vite.config.ts has no preload build');
    await build({ ...preload, logLevel: 'silent', build: { ...preload.build, outDir, emptyOutDir: true } });
    return join(outDir, 'index.cjs');
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
    Object.assign(process.env, env);
  }
}
