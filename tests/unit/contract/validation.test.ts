import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshot } from '../../helpers/snapshot';
import { createTestWorkspace } from '../../helpers/workspace';

const SEED = 20261122;
const tw = createTestWorkspace();
afterAll(() => tw.cleanup());

// Whatever arrives over IPC or HTTP: the API answers with data, never throws,
// and a refused call leaves the database exactly as it was.
const anything = fc.anything({ maxDepth: 3, withBigInt: false, withNullPrototype: true, withObjectString: true });
const clubLike = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 250 }), anything),
    legalForm: fc.oneof(fc.constantFrom('ev', 'ggmbh', 'xyz', null), anything),
    members: fc.oneof(fc.integer({ min: -5, max: 2_000_000 }), fc.double(), anything),
    notes: fc.oneof(fc.string({ maxLength: 100 }), anything),
    extra: anything,
  },
  { requiredKeys: [] },
);

describe('the API under random input', () => {
  it.each(['organisations.create', 'organisations.update', 'workshops.create', 'workshops.update', 'phases.saveNote'])(
    '%s answers every input with data and writes nothing when it refuses',
    async (method) => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(clubLike, anything), async (input) => {
          const before = snapshot(tw.workspace.connection!);
          const result = await tw.api.invoke(method, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.messageKey).toMatch(/^errors\./);
            expect(snapshot(tw.workspace.connection!)).toEqual(before);
          }
        }),
        { seed: SEED, numRuns: 200 },
      );
    },
  );
});
