import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEvent } from '../../src-main/contract';
import { type Api, Workspace, createApi } from '../../src-main/core';

export interface TestWorkspace {
  dir: string;
  workspace: Workspace;
  api: Api;
  events: AppEvent[];
  /** Calls the API and returns the value, failing the test with the error data otherwise. */
  call<T = unknown>(name: string, input?: unknown): Promise<T>;
  cleanup(): void;
}

/** The picture worker from its TypeScript source, loaded through tsx (the app runs the bundled one). */
export const SOURCE_PICTURE_WORKER = { url: new URL('../../src-main/core/report/picture-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };

/** A real workspace on a real SQLite file in a fresh temp folder; `pictureWorker` draws report pictures as the app does. */
export function createTestWorkspace(options: { now?: () => Date; dir?: string; pictureWorker?: boolean } = {}): TestWorkspace {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'vw-test-'));
  const workspace = new Workspace({
    dataDir: dir,
    appVersion: '0.0.0-test',
    ...(options.now ? { now: options.now } : {}),
    ...(options.pictureWorker ? { pictureWorker: SOURCE_PICTURE_WORKER } : {}),
  });
  workspace.open();
  const api = createApi(workspace);
  const events: AppEvent[] = [];
  workspace.subscribe((event) => events.push(event));
  return {
    dir,
    workspace,
    api,
    events,
    async call<T>(name: string, input: unknown = {}): Promise<T> {
      const result = await api.invoke(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    cleanup() {
      workspace.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
