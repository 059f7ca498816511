import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
