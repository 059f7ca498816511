import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../../../src-main/contract';
import { createTestWorkspace } from '../../helpers/workspace';

// Text with half of a UTF-16 pair (a broken paste, a hostile call) would be
// stored as U+FFFD, silently changed. It is refused at the boundary, for every
// call; any well-formed text passes exactly as it was typed.

const SEED = 20261130;
const tw = createTestWorkspace();
afterAll(() => tw.cleanup());

const BROKEN = 'errors.validation.brokenCharacter';
/** Any well-formed text, astral characters (emoji) included. */
const wellFormed = fc.string({ unit: 'binary', maxLength: 60 });
/** Well-formed text with one lone surrogate somewhere in it: nothing around it can complete it. */
const withLoneSurrogate = fc
  .tuple(wellFormed, fc.integer({ min: 0xd800, max: 0xdfff }), wellFormed)
  .map(([before, unit, after]) => before + String.fromCharCode(unit) + after);
const schema = z.object({ title: z.string(), items: z.array(z.object({ text: z.string() })) }).strict();

describe('text with an incomplete character', () => {
  it('is refused wherever it sits in the input, naming the field', () => {
    fc.assert(
      fc.property(withLoneSurrogate, fc.boolean(), (text, nested) => {
        const input = nested ? { title: 'Ok', items: [{ text: 'gut' }, { text }] } : { title: text, items: [] };
        const result = parseInput(schema, input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.messageKey).toBe(BROKEN);
        expect(result.error.issues).toEqual([{ field: nested ? 'items.1.text' : 'title', messageKey: BROKEN }]);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('passes unchanged when well-formed', () => {
    fc.assert(
      fc.property(wellFormed, (text) => {
        const result = parseInput(schema, { title: text, items: [{ text }] });
        expect(result).toEqual({ ok: true, value: { title: text, items: [{ text }] } });
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('is refused by the real API and nothing is written; well-formed names come back from SQLite as typed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(withLoneSurrogate.map((text) => ({ text, broken: true })), wellFormed.map((text) => ({ text, broken: false }))), async ({ text, broken }) => {
        const name = `Verein ${text}`.trim();
        const result = await tw.api.invoke('organisations.create', { name });
        if (broken) {
          expect(result).toMatchObject({ ok: false, error: { kind: 'validation', messageKey: BROKEN, issues: [{ field: 'name' }] } });
          return;
        }
        expect(result.ok).toBe(true);
        const id = (result as { value: { id: string } }).value.id;
        const stored = tw.workspace.connection!.prepare('SELECT name FROM organisations WHERE id = ?').get(id) as { name: string };
        expect(stored.name).toBe(name);
      }),
      { seed: SEED, numRuns: 150 },
    );
    const count = tw.workspace.connection!.prepare('SELECT COUNT(*) AS n FROM organisations').get() as { n: number };
    expect(count.n).toBeGreaterThan(0);
  });

  it('names the problem for a template called "\\ud83d", and in a template file', async () => {
    const created = await tw.api.invoke('templates.create', { name: '\ud83d' });
    expect(created).toMatchObject({ ok: false, error: { messageKey: BROKEN, issues: [{ field: 'name', messageKey: BROKEN }] } });
    const file = '{"format":"vereinswerkstatt-template","schemaVersion":1,"id":"t-x","version":1,"name":"\\ud83d","phases":[]}';
    const imported = await tw.api.invoke('templates.import', { content: file });
    expect(imported).toMatchObject({ ok: false, error: { messageKey: 'errors.templates.invalidFile', params: { detailKey: BROKEN, field: 'name' } } });
  });
});
