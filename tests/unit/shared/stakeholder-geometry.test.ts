import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  closenessAt,
  nudgeApart,
  onionLayout,
  pointToScores,
  quadrantOf,
  scoresToPoint,
  shiftScores,
} from '../../../src-main/shared/stakeholder-geometry';

const SEED = 20261122;

function overlaps(points: Map<string, { x: number; y: number }>): number {
  const list = [...points.values()];
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (Math.abs(list[i]!.x - list[j]!.x) < NODE_WIDTH - 0.5 && Math.abs(list[i]!.y - list[j]!.y) < NODE_HEIGHT - 0.5) count++;
    }
  }
  return count;
}

describe('the power/interest grid', () => {
  it('turns values into positions and back', () => {
    expect(scoresToPoint({ influence: 5, interest: 1 })).toEqual({ x: 0, y: 0 });
    expect(scoresToPoint({ influence: 1, interest: 5 })).toEqual({ x: 1000, y: 1000 });
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 50 }), fc.integer({ min: 10, max: 50 }), (a, b) => {
        const scores = { influence: a / 10, interest: b / 10 };
        expect(pointToScores(scoresToPoint(scores))).toEqual(scores);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps dragged values on the grid: 1.0 to 5.0, one decimal', () => {
    expect(shiftScores({ influence: 4.8, interest: 4.2 }, { x: 1000, y: -1000 })).toEqual({ influence: 5, interest: 5 });
    expect(shiftScores({ influence: 3, interest: 3 }, { x: 26, y: 24 })).toEqual({ influence: 2.9, interest: 3.1 });
  });

  it('names the quadrants, with 3.0 counting as high', () => {
    expect(quadrantOf({ influence: 4.8, interest: 4.2 })).toBe('manageClosely');
    expect(quadrantOf({ influence: 3.8, interest: 2.4 })).toBe('keepSatisfied');
    expect(quadrantOf({ influence: 1.5, interest: 4.8 })).toBe('keepInformed');
    expect(quadrantOf({ influence: 2, interest: 1.8 })).toBe('monitor');
    expect(quadrantOf({ influence: 3, interest: 3 })).toBe('manageClosely');
  });

  it('nudges overlapping boxes apart until none overlap, without moving the rest', () => {
    const crowd = Array.from({ length: 12 }, (_v, i) => ({ id: `s${i}`, x: 500, y: 500 }));
    expect(overlaps(nudgeApart(crowd))).toBe(0);
    const apart = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 600, y: 600 },
    ];
    expect([...nudgeApart(apart).values()]).toEqual([
      { x: 0, y: 0 },
      { x: 600, y: 600 },
    ]);
  });

  it('resolves any crowd of up to 40 stakeholders on the map', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 1000 }), y: fc.integer({ min: 0, max: 1000 }) }), { maxLength: 40 }),
        (points) => {
          const placed = nudgeApart(points.map((p, i) => ({ id: `n${i}`, ...p })));
          expect(overlaps(placed)).toBe(0);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('the onion', () => {
  it('places everyone in the ring of their closeness, without overlaps', () => {
    const people = (['core', 'core', 'core', 'core', 'direct', 'direct', 'direct', 'indirect', 'indirect', 'environment'] as const).map((closeness, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      category: 'other' as const,
      closeness,
    }));
    const layout = onionLayout(people);
    expect(overlaps(layout)).toBe(0);
    for (const p of people) expect(closenessAt(layout.get(p.id)!)).toBe(p.closeness);
  });
});
