import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface HostProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const HOST_SCRIPT = resolve(import.meta.dirname, '../../out/main/host.js');

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'vw-e2e-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts the real browser host (built) on a free port with its own data folder. */
export function startHost(dataDir: string, extraArgs: readonly string[] = []): Promise<HostProcess> {
  return new Promise((resolveStart, rejectStart) => {
    // HOST_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the host under a bench.
    const nodeArgs = process.env.HOST_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child: ChildProcess = spawn(process.execPath, [...nodeArgs, HOST_SCRIPT, '--port', '0', '--data', dataDir, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => rejectStart(new Error(`host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /läuft: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolveStart({
          url: match[1]!,
          dataDir,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!/läuft:/.test(output)) rejectStart(new Error(`host exited with ${code}:\n${output}`));
    });
  });
}
