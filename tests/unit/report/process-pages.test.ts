import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessDiagram, StepKind } from '../../../src-main/contract';
import { planProcessPages } from '../../../src-main/core/drawing/process-pages';
import { PAGE_MARGIN } from '../../../src-main/core/exports/process-svg';
import { LANE_HEADER, STEP_SIZE, displayX } from '../../../src-main/shared/process-geometry';

// How a long process is cut into printed pages: never through a step (where
// there is a gap), all pages together cover the whole flow, none wider than a page.

const KINDS: StepKind[] = ['start', 'step', 'decision', 'document', 'end'];

function diagram(columns: number[], lanes: number): ProcessDiagram {
  const laneList = Array.from({ length: lanes }, (_, i) => ({ id: `l${i}`, diagramId: 'd', position: i, name: `Bahn ${i + 1}` }));
  const steps = columns.map((column, i) => ({
    id: `s${String(i).padStart(3, '0')}`,
    diagramId: 'd',
    laneId: `l${i % lanes}`,
    kind: KINDS[i % KINDS.length]!,
    label: `Schritt ${i + 1}`,
    x: LANE_HEADER + 130 + column * 260,
    originId: null,
    createdAt: '2026-04-16T10:00:00.000Z',
    updatedAt: '2026-04-16T10:00:00.000Z',
  }));
  return { id: 'd', workshopId: 'w', variant: 'ist', lanes: laneList, steps, edges: [], markers: [] } as unknown as ProcessDiagram;
}

describe('process pages for print', () => {
  it('cut between steps, cover the flow without gaps and stay within a page', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 9 }), (columns, lanes) => {
        const d = diagram(columns, lanes);
        const scale = 0.675;
        const pages = planProcessPages(d, scale, 975, 540);
        const capacity = 975 / scale - LANE_HEADER - 2 * PAGE_MARGIN;
        const bands = [...new Set(pages.map((p) => `${p.lane0}-${p.lane1}`))];
        // More lanes than a page is high: bands of at most four lanes.
        expect(bands).toHaveLength(Math.ceil(lanes / 4));
        const row = pages.filter((p) => p.lane0 === 0);
        for (const [i, p] of row.entries()) {
          expect(p.x1 - p.x0).toBeLessThanOrEqual(capacity + 1e-6);
          // In order, never overlapping; an empty stretch of the flow gets no page of its own.
          if (i > 0) expect(p.x0).toBeGreaterThanOrEqual(row[i - 1]!.x1);
        }
        // Steps on a column grid leave gaps: no step is cut.
        const xs = displayX(d.steps);
        for (const s of d.steps) {
          const left = xs.get(s.id)! - STEP_SIZE[s.kind].width / 2;
          const right = xs.get(s.id)! + STEP_SIZE[s.kind].width / 2;
          expect(row.some((p) => left >= p.x0 && right <= p.x1)).toBe(true);
        }
      }),
      { seed: 1414, numRuns: 60 },
    );
  });

  it('uses as few pages as a full page width allows, filled evenly', () => {
    const d = diagram(Array.from({ length: 9 }, (_, i) => i), 4);
    const pages = planProcessPages(d, 0.675, 975, 540);
    // Nine columns need three pages at full width; three of three steps, not four, four and one.
    expect(pages).toHaveLength(3);
    const widths = pages.map((p) => p.x1 - p.x0);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(300);
  });
});
