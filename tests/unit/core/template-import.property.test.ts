import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_WORKSHOP_TEMPLATE_ID, exportFile } from '../../../src-main/core';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// 1,000 random and mutated files per run go into the import: it never
// crashes, and it writes a whole template or nothing at all.

let tw: TestWorkspace;
let valid: Record<string, unknown>;

beforeAll(async () => {
  tw = createTestWorkspace();
  const result = await exportFile(tw.workspace, 'template.json', { templateId: DAY_WORKSHOP_TEMPLATE_ID });
  if (!result.ok) throw new Error('export failed');
  valid = JSON.parse(Buffer.from(result.value.bytes).toString('utf8')) as Record<string, unknown>;
});
afterAll(() => tw.cleanup());

type Json = unknown;
type Mutation = (file: Record<string, unknown>) => void;

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue(), fc.array(fc.string(), { maxLength: 3 }));
const TOP = ['format', 'schemaVersion', 'id', 'version', 'name', 'description', 'author', 'licence', 'language', 'phases'];
const PHASE = ['key', 'title', 'kind', 'minutes', 'purpose', 'instructions', 'prompts', 'materials'];

const phaseAt = (file: Record<string, unknown>, index: number): Record<string, unknown> | undefined => {
  if (!Array.isArray(file.phases)) return undefined;
  const phases = file.phases as Json[];
  const phase = phases[index % Math.max(1, phases.length)];
  return typeof phase === 'object' && phase !== null ? (phase as Record<string, unknown>) : undefined;
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constantFrom(...TOP), anyValue).map(([key, value]): Mutation => (f) => void (f[key] = value)),
  fc.constantFrom(...TOP).map((key): Mutation => (f) => void delete f[key]),
  fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), anyValue).map(([key, value]): Mutation => (f) => void (f[`x-${key}`] = value)),
  fc.tuple(fc.nat(20), fc.constantFrom(...PHASE), anyValue).map(([i, key, value]): Mutation => (f) => {
    const phase = phaseAt(f, i);
    if (phase) phase[key] = value;
  }),
  fc.tuple(fc.nat(20), fc.constantFrom(...PHASE)).map(([i, key]): Mutation => (f) => {
    const phase = phaseAt(f, i);
    if (phase) delete phase[key];
  }),
  fc.tuple(fc.nat(20), fc.string({ maxLength: 6 }), anyValue).map(([i, key, value]): Mutation => (f) => {
    const phase = phaseAt(f, i);
    if (phase) phase[`extra${key}`] = value;
  }),
  fc.nat(12).map((n): Mutation => (f) => {
    if (Array.isArray(f.phases)) f.phases = f.phases.slice(0, n);
  }),
  fc.nat(20).map((i): Mutation => (f) => {
    if (Array.isArray(f.phases) && f.phases.length > 1) f.phases.push(structuredClone(f.phases[i % f.phases.length]));
  }),
  fc.integer({ min: -3, max: 9 }).map((v): Mutation => (f) => void (f.schemaVersion = v)),
);

/** A file as text: a mutated valid template, any JSON at all, or bytes that are not JSON. */
const file: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(mutation, { minLength: 0, maxLength: 4 }).map((ms) => {
    const copy = structuredClone(valid);
    for (const m of ms) m(copy);
    return JSON.stringify(copy);
  }) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(mutation, { maxLength: 3 }).map((ms) => {
    const copy = structuredClone(valid);
    for (const m of ms) m(copy);
    // Cut off somewhere: a file that broke on the way.
    const text = JSON.stringify(copy);
    return text.slice(0, Math.floor(text.length * 0.7));
  }) },
);

const rowsOf = (db: NonNullable<TestWorkspace['workspace']['connection']>) => snapshot(db);

describe('template import (property)', () => {
  it('never crashes and writes a whole template or nothing', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(file, async (content) => {
        const db = tw.workspace.connection!;
        const before = rowsOf(db);
        const result = await tw.api.invoke('templates.import', { content });
        const after = rowsOf(db);
        if (!result.ok) {
          expect(result.error.kind).toBe('validation');
          expect(result.error.messageKey).toMatch(/^errors\./);
          expect(after).toEqual(before);
          return;
        }
        accepted += 1;
        const { templates: newRows, ...rest } = after;
        const { templates: oldRows, ...restBefore } = before;
        expect(rest).toEqual(restBefore);
        expect(newRows).toHaveLength(oldRows!.length + 1);
        const got = await tw.api.invoke('templates.get', { id: (result.value as { template: { id: string } }).template.id });
        expect(got.ok).toBe(true);
      }),
      { seed: 20261122, numRuns: 1000 },
    );
    // The generator must reach both sides, or the property says little.
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);

  it.each([
    ['a phase list that is not a list', '{"format":"vereinswerkstatt-template","schemaVersion":1,"phases":{"0":{}}}'],
    ['a negative schema version', JSON.stringify({ format: 'vereinswerkstatt-template', schemaVersion: -1 })],
    ['a byte order mark before the JSON', '\uFEFF{"format":"x"}'],
    ['null', 'null'],
  ])('refuses %s with a message (regression)', async (_name, content) => {
    const result = await tw.api.invoke('templates.import', { content });
    expect(result.ok).toBe(false);
  });
});
