import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src-main/core';
import { createTestWorkspace } from '../../helpers/workspace';
import { exportClub, smallClub } from './helpers';

// A kill -9 in the middle of an import: the import is one transaction, so the
// database holds either nothing of the file or all of it, never half a club.

const CARDS = 10_000;
const CHILD = new URL('./import-child.ts', import.meta.url).pathname;

function runChild(dataDir: string, file: string, killWhenWriting: boolean): Promise<{ output: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killWhenWriting && output.includes('WRITING')) child.kill('SIGKILL');
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ output, signal }));
  });
}

function counts(dataDir: string): { organisations: number; workshops: number; cards: number; integrity: string } {
  const ws = new Workspace({ dataDir, appVersion: '0.0.0-test' });
  ws.open();
  try {
    const db = ws.connection!;
    const n = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const integrity = (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
    return { organisations: n('organisations'), workshops: n('workshops'), cards: n('cards'), integrity };
  } finally {
    ws.close();
  }
}

describe('kill -9 during an import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vw-kill-'));
  const file = join(dir, 'gross.vwerkstatt');
  beforeAll(async () => {
    const tw = createTestWorkspace();
    try {
      const files = unzipSync(await exportClub(tw, await smallClub(tw)));
      const data = JSON.parse(new TextDecoder().decode(files['data.json'])) as { cards: Record<string, unknown>[] };
      const card = data.cards[0]!;
      for (let i = 0; i < CARDS; i++) data.cards.push({ ...card, id: `karte-${i}`, text: `Karte ${i}`, clusterId: null });
      writeFileSync(file, zipSync({ 'manifest.json': files['manifest.json']!, 'data.json': new TextEncoder().encode(JSON.stringify(data)) }, { level: 1 }));
    } finally {
      tw.cleanup();
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves no half-imported workshop', async () => {
    const dataDir = join(dir, 'killed');
    const run = await runChild(dataDir, file, true);
    expect(run.output).toContain('WRITING');
    expect(run.output).not.toContain('DONE');
    expect(run.signal).toBe('SIGKILL');
    expect(counts(dataDir)).toEqual({ organisations: 0, workshops: 0, cards: 0, integrity: 'ok' });
  }, 120_000);

  it('and the same import left alone takes everything', async () => {
    const dataDir = join(dir, 'finished');
    const run = await runChild(dataDir, file, false);
    expect(run.output).toContain(`DONE ${CARDS + 3}`);
    expect(counts(dataDir)).toEqual({ organisations: 1, workshops: 1, cards: CARDS + 3, integrity: 'ok' });
  }, 120_000);
});
