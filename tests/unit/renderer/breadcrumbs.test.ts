import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLabel } from '../../../src-renderer/ui/Breadcrumbs';

// Fixed seed: a failure found once is found again on every run and in CI.
const SEED = { seed: 20261130, numRuns: 200 };

describe('a long breadcrumb label', () => {
  it('keeps its last words, which tell clubs apart', () => {
    expect(splitLabel('Förderverein der Grundschule am Stadtpark Leipzig-Ost e.V.')).toEqual({
      head: 'Förderverein der Grundschule am Stadtpark ',
      tail: 'Leipzig-Ost e.V.',
    });
  });

  it('stays whole when it is short', () => {
    expect(splitLabel('Tafel Musterstadt')).toBeNull();
  });

  it('keeps the last characters of one very long word', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsverein';
    expect(splitLabel(word)).toEqual({ head: 'Donaudampfschifffahrtsgesellschaftska', tail: 'pitänsverein' });
  });

  it('always puts head and tail together again to the full label, with a short tail', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 25, maxLength: 120 }), (label) => {
        const parts = splitLabel(label);
        expect(parts).not.toBeNull();
        expect(parts!.head + parts!.tail).toBe(label);
        expect(parts!.tail.length).toBeLessThanOrEqual(18);
        expect(parts!.head.length).toBeGreaterThan(0);
      }),
      SEED,
    );
  });
});
