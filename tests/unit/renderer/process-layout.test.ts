import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ProcessGrid, chunkByHeight, processPages } from '../../../src-renderer/features/present/process-layout';

// The projector's pages of a process: windows of columns, and within each
// as many legend pages as its markers need; no marker is left out.

const SEED = 20261130;

type Marker = ProcessGrid['markers'][number];
const marker = (id: string, stepId: string, n: number): Marker =>
  ({ id, stepId, n, kind: 'pain', text: id, severity: null, createdAt: '2026-11-30T10:00:00.000Z' }) as unknown as Marker;

describe('legend pages', () => {
  it('keep every item once, in order, each page within the room unless one item alone is taller', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 40 }), fc.integer({ min: 50, max: 900 }), (sizes, room) => {
        const items = sizes.map((_, i) => ({ id: `m${i}` }));
        const heights = Object.fromEntries(sizes.map((h, i) => [`m${i}`, h]));
        const chunks = chunkByHeight(items, heights, room);
        expect(chunks.flat()).toEqual(items);
        for (const chunk of chunks) {
          const used = chunk.reduce((sum, item) => sum + heights[item.id]!, 0);
          if (chunk.length > 1) expect(used).toBeLessThanOrEqual(room);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('page a long process by windows of columns, and a long legend within a window', () => {
    const columnOf = new Map(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, i]));
    const markers = [marker('m1', 'a', 1), marker('m2', 'a', 2), marker('m3', 'b', 3), marker('m4', 'e', 4)];
    const grid: ProcessGrid = { columnOf, columns: 5, numbers: new Map(), markers };
    const twoPerPage = (ms: Marker[]): Marker[][] => (ms.length > 2 ? [ms.slice(0, 2), ms.slice(2)] : [ms]);
    const pages = processPages(grid, 2, [], twoPerPage);
    expect(pages.map((p) => [p.start, p.markers.map((m) => m.id)])).toEqual([
      [0, ['m1', 'm2']],
      [0, ['m3']],
      [2, []],
      [3, ['m4']],
    ]);
    // Zoomed to a selection: its window only, with its legend pages.
    expect(processPages(grid, 2, ['e'], twoPerPage).map((p) => p.start)).toEqual([3]);
  });
});
