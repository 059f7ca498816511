import { validateWorkflow } from '@action-validator/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The GitHub workflows run only on GitHub's runners, never here: their syntax
// is checked against the workflow JSON schema (SchemaStore's, built into
// @action-validator/core, offline), and what they promise is read back from
// the parsed YAML: triggers, the three systems, every step the issue asks for.

const root = join(import.meta.dirname, '../../..');
const read = (name: string): string => readFileSync(join(root, '.github', 'workflows', name), 'utf8');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Step {
  uses?: string;
  run?: string;
  if?: string;
}
interface Job {
  needs?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { include: { os: string; platform: string }[] } };
  steps: Step[];
}
interface Workflow {
  on: { push: { tags?: string[]; branches?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = ['release.yml', 'build.yml'] as const;
const workflow = (name: string): Workflow => parse(read(name)) as Workflow;
const runs = (job: Job): string => job.steps.map((s) => s.run ?? '').join('\n');

describe('GitHub workflows', () => {
  it.each(WORKFLOWS)('%s is a valid workflow by the schema', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the schema check catches a broken workflow', () => {
    const broken = read('build.yml').replace('runs-on:', 'runs_on:');
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it('release runs on version tags, build on pushes to main', () => {
    expect(workflow('release.yml').on).toEqual({ push: { tags: ['v*'] } });
    expect(workflow('build.yml').on).toEqual({ push: { branches: ['main'] } });
  });

  it.each(WORKFLOWS)('%s tests and packs on Windows, macOS and Linux', (name) => {
    const job = workflow(name).jobs.installers!;
    const matrix = job.strategy!.matrix.include;
    expect(matrix.map((m) => m.os).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(matrix.map((m) => m.platform).sort()).toEqual(['linux', 'mac', 'win']);
    const commands = runs(job);
    const order = ['npm ci', 'node node_modules/electron/install.js', 'npm test', 'npm run test:electron', 'npx electron-builder --${{ matrix.platform }} --publish never'];
    const positions = order.map((command) => commands.indexOf(command));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(WORKFLOWS)('%s names only npm scripts that exist and pins every action to a major version', (name) => {
    const text = read(name);
    for (const [, script] of text.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(script);
    const actions = Object.values(workflow(name).jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action).toMatch(/^actions\/[\w-]+@v\d+$/);
  });

  it('only the release publishes, and only its last job may write to the repository', () => {
    const release = workflow('release.yml');
    const build = workflow('build.yml');
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(build.permissions).toEqual({ contents: 'read' });
    expect(release.jobs.publish!.needs).toBe('installers');
    expect(release.jobs.publish!.permissions).toEqual({ contents: 'write' });
    expect(runs(release.jobs.publish!)).toMatch(/gh release upload "\$TAG" installers\/\*/);
    for (const job of Object.values(build.jobs)) {
      expect(job.permissions).toBeUndefined();
      expect(runs(job)).not.toMatch(/gh release|--publish always/);
    }
  });
});
