import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticPlan } from '../../../bench/pages/synthetic';
import { sortMeasures } from '../../../src-renderer/features/actions/measure-filter';

// Due dates are compared as plain strings (cheaper than localeCompare on a
// long plan): the order must still be the calendar's, missing dates last.

const base = syntheticPlan(60, '2026-04-16').measures;
const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('sorting by due date', () => {
  it('follows the calendar both ways and keeps missing dates last (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(isoDate, { nil: null }), { minLength: base.length, maxLength: base.length }), fc.boolean(), (dates, ascending) => {
        const list = base.map((m, i) => ({ ...m, dueDate: dates[i]! }));
        const sorted = sortMeasures(list, { key: 'dueDate', ascending });
        const dated = sorted.filter((m) => m.dueDate !== null);
        expect(sorted.slice(0, dated.length)).toEqual(dated);
        for (let i = 1; i < dated.length; i++) {
          const [a, b] = [Date.parse(dated[i - 1]!.dueDate!), Date.parse(dated[i]!.dueDate!)];
          expect(ascending ? a <= b : a >= b).toBe(true);
        }
      }),
      { seed: 20261130, numRuns: 200 },
    );
  });
});
