import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DAY_WORKSHOP_TEMPLATE_ID, Workspace, createApi } from '../src-main/core';

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** value ÷ the same-run baseline, or ÷ the goal where the issue names no baseline. */
  ratio: number;
  note?: string;
}

export function report(result: BenchResult): void {
  const value = result.value < 10 ? result.value.toFixed(3) : result.value.toFixed(1);
  console.log(`BENCH ${result.name} ${value} ${result.unit} ratio=${result.ratio.toFixed(3)}`);
  if (result.note) console.error(`      ${result.name}: ${result.note}`);
}

export function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'vw-bench-'));
  return fn(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** An API call for seeding a bench: the value, or a thrown error when the call is refused. */
export type BenchCall = <T = { id: string }>(name: string, input: unknown) => Promise<T>;

/** A workspace of its own on a bench folder, with `call` for seeding it through the API. */
export function benchWorkspace(dataDir: string, now?: () => Date): { workspace: Workspace; call: BenchCall } {
  const workspace = new Workspace({ dataDir, appVersion: 'bench', ...(now ? { now } : {}) });
  workspace.open();
  const api = createApi(workspace);
  const call: BenchCall = async <T>(name: string, input: unknown) => {
    const r = await api.invoke(name, input);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  return { workspace, call };
}

/** A club with one day workshop; the id of its first phase of the given kind. */
export async function seedDayWorkshop(call: BenchCall, phaseKind: string): Promise<{ workshopId: string; phaseId: string }> {
  const club = await call('organisations.create', { name: 'Bench e.V.' });
  const workshop = await call('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Bench' });
  const detail = await call<{ phases: { id: string; kind: string }[] }>('workshops.get', { id: workshop.id });
  return { workshopId: workshop.id, phaseId: detail.phases.find((p) => p.kind === phaseKind)!.id };
}

/**
 * A script for page.evaluate that resolves with Date.now() once `condition`
 * (the source of a function of `arg`, run in the page) holds. Watched with a
 * MutationObserver, not frame by frame: Chromium throttles animation frames
 * in the page that is not in front, which a second display does not.
 */
export function whenShownScript(condition: string, arg: unknown, what: string): string {
  return `((arg) => new Promise((resolve, reject) => {
  const holds = () => (${condition})(arg);
  if (holds()) return resolve(Date.now());
  const timeout = setTimeout(() => { observer.disconnect(); reject(new Error(${JSON.stringify(what)})); }, 10000);
  const observer = new MutationObserver(() => {
    if (!holds()) return;
    const at = Date.now();
    observer.disconnect();
    clearTimeout(timeout);
    resolve(at);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}))(${JSON.stringify(arg)})`;
}
