import { TEMPLATE_FORMAT, TEMPLATE_SCHEMA_VERSION, type TemplateFile } from '../src-main/contract';
import { Workspace, createApi } from '../src-main/core';
import { builtinTemplates } from '../src-main/core/templates/builtin';
import { type BenchResult, median, nowMs, withTempDir } from './lib';

const PHASES = 500;
const LIBRARY = 200;
const GOAL_MS = 100;
const LIBRARY_GOAL_MS = 50;

/** A 500-phase template made of the day workshop's real phases, as a file someone passed on. */
function bigTemplate(): string {
  const day = builtinTemplates()[0]!;
  const phases = Array.from({ length: PHASES }, (_v, i) => ({ ...day.phases[i % day.phases.length]!, key: `phase-${i}` }));
  const file: TemplateFile = { ...day, format: TEMPLATE_FORMAT, schemaVersion: TEMPLATE_SCHEMA_VERSION, id: 'bench-big', name: 'Großes Format', phases };
  return JSON.stringify(file, null, 2);
}

/**
 * Importing a template of 500 phases through the API (read, validate, write),
 * ratio to 100 ms; and the library with 200 templates through the API.
 */
export function templateImport(): Promise<BenchResult> {
  return withTempDir(async (dir) => {
    const workspace = new Workspace({ dataDir: dir, appVersion: 'bench' });
    workspace.open();
    const api = createApi(workspace);
    const content = bigTemplate();
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const start = nowMs();
      const result = await api.invoke('templates.import', { content });
      times.push(nowMs() - start);
      if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
    }
    const small = JSON.stringify({ ...JSON.parse(content), phases: (JSON.parse(content) as TemplateFile).phases.slice(0, 9) });
    for (let i = 25; i < LIBRARY; i++) await api.invoke('templates.import', { content: small });
    const library: number[] = [];
    for (let i = 0; i < 40; i++) {
      const start = nowMs();
      const result = await api.invoke('templates.list', {});
      library.push(nowMs() - start);
      if (!result.ok || (result.value as unknown[]).length < LIBRARY) throw new Error('library failed');
    }
    workspace.close();
    const value = median(times.slice(5));
    const list = median(library.slice(5));
    return {
      name: 'template-import',
      value,
      unit: 'ms',
      ratio: value / GOAL_MS,
      note: `goal ≤ ${GOAL_MS} ms for ${PHASES} phases (${(content.length / 1024).toFixed(0)} KiB); library of ${LIBRARY} templates through the API ${list.toFixed(2)} ms (goal ≤ ${LIBRARY_GOAL_MS} ms)`,
    };
  });
}
