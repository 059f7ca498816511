import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessDiagram, Stakeholder } from '../../../src-main/contract';
import { COLUMN } from '../../../src-main/shared/process-geometry';
import { type KeyPress, canvasKeyAction } from '../../../src-renderer/features/canvas/canvas-keys';
import { selectionAfterEdgeChanges, selectionAfterNodeChanges } from '../../../src-renderer/features/canvas/useCanvasSync';
import { boundsOf, fitRect, isInside, zoomToRect } from '../../../src-renderer/features/canvas/viewport';
import { stepMoves } from '../../../src-renderer/features/process/useProcessKeyboard';
import { gridMoves, ringAfter } from '../../../src-renderer/features/stakeholders/useMapKeyboard';

const SEED = { seed: 14, numRuns: 300 };
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...mods });

describe('fitRect', () => {
  it('matches React Flow fitBounds for the stakeholder grid on a 1366 × 600 canvas', () => {
    // React Flow 12: padding 0.02 → floor((w − w/1.02)/2) px a side; zoom = min over both axes, centred.
    const t = fitRect({ x: -160, y: -140, width: 1320, height: 1310 }, { width: 1366, height: 600 }, { padding: 0.02, minZoom: 0.15, maxZoom: 2.5 });
    const zoom = (600 - 2 * Math.floor((600 - 600 / 1.02) / 2)) / 1310;
    expect(t.zoom).toBeCloseTo(zoom, 12);
    expect(t.x).toBeCloseTo(683 - (-160 + 660) * zoom, 9);
    expect(t.y).toBeCloseTo(300 - (-140 + 655) * zoom, 9);
  });

  it('shows all of the bounds, centred, whenever the zoom is not held by its range', () => {
    const rect = fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }), width: fc.integer({ min: 50, max: 5000 }), height: fc.integer({ min: 50, max: 5000 }) });
    const size = fc.record({ width: fc.integer({ min: 200, max: 4000 }), height: fc.integer({ min: 200, max: 3000 }) });
    fc.assert(
      fc.property(rect, size, (b, view) => {
        const t = fitRect(b, view, { padding: 0.05, minZoom: 0.001, maxZoom: 1000 });
        const left = b.x * t.zoom + t.x;
        const right = (b.x + b.width) * t.zoom + t.x;
        const top = b.y * t.zoom + t.y;
        const bottom = (b.y + b.height) * t.zoom + t.y;
        expect(left).toBeGreaterThanOrEqual(-1e-6);
        expect(right).toBeLessThanOrEqual(view.width + 1e-6);
        expect(top).toBeGreaterThanOrEqual(-1e-6);
        expect(bottom).toBeLessThanOrEqual(view.height + 1e-6);
        expect(left + right).toBeCloseTo(view.width, 6);
        expect(top + bottom).toBeCloseTo(view.height, 6);
      }),
      SEED,
    );
  });

  it('keeps the zoom in its range', () => {
    expect(fitRect({ x: 0, y: 0, width: 10, height: 10 }, { width: 1000, height: 1000 }, { padding: 0, minZoom: 0.1, maxZoom: 2.5 }).zoom).toBe(2.5);
    expect(fitRect({ x: 0, y: 0, width: 1e6, height: 10 }, { width: 1000, height: 1000 }, { padding: 0, minZoom: 0.1, maxZoom: 2.5 }).zoom).toBe(0.1);
  });
});

describe('zoomToRect (the projector zooming to the coach selection)', () => {
  /** The projector's zoom before it moved into the shared layer. */
  function before(points: { x: number; y: number }[], size: { width: number; height: number }) {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const z = Math.max(1, Math.min(2.2, size.width / (maxX - minX + size.width * 0.5), size.height / (maxY - minY + size.height * 0.5)));
    const tx = Math.min(0, Math.max(size.width - size.width * z, size.width / 2 - ((minX + maxX) / 2) * z));
    const ty = Math.min(0, Math.max(size.height - size.height * z, size.height / 2 - ((minY + maxY) / 2) * z));
    return { x: tx, y: ty, zoom: z };
  }

  it('gives the same transform as the projector did', () => {
    const size = fc.record({ width: fc.integer({ min: 300, max: 3840 }), height: fc.integer({ min: 200, max: 2160 }) });
    fc.assert(
      fc.property(size, fc.array(fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 8 }), (view, shares) => {
        const points = shares.map((p) => ({ x: p.x * view.width, y: p.y * view.height }));
        const now = zoomToRect(boundsOf(points), view, { margin: 0.5, minZoom: 1, maxZoom: 2.2 });
        const old = before(points, view);
        expect(now.zoom).toBeCloseTo(old.zoom, 9);
        expect(now.x).toBeCloseTo(old.x, 6);
        expect(now.y).toBeCloseTo(old.y, 6);
      }),
      SEED,
    );
  });

  it('never shows past the picture edges and keeps the selection in view', () => {
    const view = { width: 1366, height: 768 };
    const t = zoomToRect({ x: 1300, y: 20, width: 40, height: 30 }, view, { margin: 0.5, minZoom: 1, maxZoom: 2.2 });
    expect(t.zoom).toBeCloseTo(768 / (30 + 768 * 0.5), 12);
    expect(t.x).toBeCloseTo(view.width - view.width * t.zoom, 9); // pushed back to the right edge
    expect(t.y).toBe(0);
    expect(1300 * t.zoom + t.x).toBeGreaterThan(0);
    expect(1340 * t.zoom + t.x).toBeLessThanOrEqual(view.width);
  });
});

describe('boundsOf and isInside', () => {
  it('measures points and boxes', () => {
    expect(boundsOf([{ x: 3, y: 9 }, { x: -1, y: 4 }])).toEqual({ x: -1, y: 4, width: 4, height: 5 });
    expect(boundsOf([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    const pane = { left: 0, right: 100, top: 0, bottom: 50 };
    expect(isInside({ left: 10, right: 100, top: 0, bottom: 20 }, pane)).toBe(true);
    expect(isInside({ left: 90, right: 101, top: 0, bottom: 20 }, pane)).toBe(false);
  });
});

describe('canvasKeyAction', () => {
  const sel = ['a', 'b'];
  it('selects all with Ctrl+A, even without a focused box', () => {
    expect(canvasKeyAction(press('a', { ctrlKey: true }), undefined, [])).toEqual({ kind: 'selectAll' });
    expect(canvasKeyAction(press('A', { ctrlKey: true }), 'a', sel)).toEqual({ kind: 'selectAll' });
  });
  it('does nothing without a focused box or with other modifiers (undo, redo, the browser)', () => {
    expect(canvasKeyAction(press('ArrowLeft'), undefined, sel)).toBeNull();
    expect(canvasKeyAction(press('z', { ctrlKey: true }), 'a', sel)).toBeNull();
    expect(canvasKeyAction(press('ArrowLeft', { altKey: true }), 'a', sel)).toBeNull();
    expect(canvasKeyAction(press('Delete', { metaKey: true }), 'a', sel)).toBeNull();
  });
  it('moves the selection when it holds the focused box, else the box alone', () => {
    expect(canvasKeyAction(press('ArrowUp', { shiftKey: true }), 'b', sel)).toEqual({ kind: 'move', id: 'b', targets: ['a', 'b'], direction: { dx: 0, dy: -1 }, big: true });
    expect(canvasKeyAction(press('ArrowRight'), 'c', sel)).toEqual({ kind: 'move', id: 'c', targets: ['c'], direction: { dx: 1, dy: 0 }, big: false });
  });
  it('Enter selects and then opens, Space toggles, Escape clears, Delete removes', () => {
    expect(canvasKeyAction(press('Enter'), 'c', sel)).toEqual({ kind: 'select', ids: ['c'] });
    expect(canvasKeyAction(press('Enter'), 'a', sel)).toEqual({ kind: 'open' });
    expect(canvasKeyAction(press(' '), 'c', sel)).toEqual({ kind: 'select', ids: ['a', 'b', 'c'] });
    expect(canvasKeyAction(press(' '), 'a', sel)).toEqual({ kind: 'select', ids: ['b'] });
    expect(canvasKeyAction(press('Escape'), 'a', sel)).toEqual({ kind: 'clear' });
    expect(canvasKeyAction(press('Backspace'), 'c', sel)).toEqual({ kind: 'remove', targets: ['c'] });
    expect(canvasKeyAction(press('Delete'), 'b', sel)).toEqual({ kind: 'remove', targets: ['a', 'b'] });
    expect(canvasKeyAction(press('n'), 'b', sel)).toEqual({ kind: 'other', id: 'b', key: 'n' });
  });
});

describe('selection from React Flow changes', () => {
  const current = { nodes: ['a'], edge: null };
  it('adds and removes boxes and drops the line once a box is selected', () => {
    expect(selectionAfterNodeChanges(current, [{ type: 'select', id: 'b', selected: true }])).toEqual({ nodes: ['a', 'b'], edge: null });
    expect(selectionAfterNodeChanges({ nodes: [], edge: 'e' }, [{ type: 'select', id: 'b', selected: true }])).toEqual({ nodes: ['b'], edge: null });
    expect(selectionAfterNodeChanges({ nodes: ['a'], edge: 'e' }, [{ type: 'select', id: 'a', selected: false }])).toEqual({ nodes: [], edge: 'e' });
    expect(selectionAfterNodeChanges(current, [{ type: 'position', id: 'a', position: { x: 1, y: 2 } }])).toBeNull();
  });
  it('picks a line alone, and lets it go', () => {
    expect(selectionAfterEdgeChanges(current, [{ type: 'select', id: 'e', selected: true }])).toEqual({ nodes: [], edge: 'e' });
    expect(selectionAfterEdgeChanges({ nodes: [], edge: 'e' }, [{ type: 'select', id: 'e', selected: false }])).toEqual({ nodes: [], edge: null });
    expect(selectionAfterEdgeChanges({ nodes: [], edge: 'e' }, [{ type: 'select', id: 'f', selected: false }])).toBeNull();
  });
});

describe('arrow keys in the editors', () => {
  const diagram = {
    lanes: [{ id: 'l1' }, { id: 'l2' }, { id: 'l3' }],
    steps: [
      { id: 's1', laneId: 'l1', x: 100 },
      { id: 's2', laneId: 'l3', x: 400 },
      { id: 's3', laneId: 'l2', x: 700 },
    ],
  } as unknown as Pick<ProcessDiagram, 'lanes' | 'steps'>;

  it('moves steps by a column along the lane and by a lane up or down, not past the first or last lane', () => {
    expect(stepMoves(diagram, ['s1', 's2'], { dx: 1, dy: 0 })).toEqual([
      { id: 's1', laneId: 'l1', x: 100 + COLUMN },
      { id: 's2', laneId: 'l3', x: 400 + COLUMN },
    ]);
    expect(stepMoves(diagram, ['s1', 's2'], { dx: 0, dy: 1 })).toEqual([
      { id: 's1', laneId: 'l2', x: 100 },
      { id: 's2', laneId: 'l3', x: 400 },
    ]);
    expect(stepMoves(diagram, ['s1'], { dx: 0, dy: -1 })).toEqual([{ id: 's1', laneId: 'l1', x: 100 }]);
  });

  const people = [
    { id: 'p1', influence: 3, interest: 3, closeness: 'direct' },
    { id: 'p2', influence: 5, interest: 1.05, closeness: 'core' },
    { id: 'p3', influence: null, interest: null, closeness: 'direct' },
  ] as unknown as Stakeholder[];

  it('changes influence (up) and interest (right) in small or big steps, within 1 to 5, only for those on the grid', () => {
    expect(gridMoves(people, ['p1', 'p2', 'p3'], { dx: 0, dy: -1 }, false)).toEqual([
      { id: 'p1', influence: 3.1, interest: 3 },
      { id: 'p2', influence: 5, interest: 1.1 },
    ]);
    expect(gridMoves(people, ['p1'], { dx: -1, dy: 0 }, true)).toEqual([{ id: 'p1', influence: 3, interest: 2.5 }]);
    expect(gridMoves(people, ['p3'], { dx: 1, dy: 0 }, false)).toEqual([]);
  });

  it('moves a ring in (up, left) or out (down, right), staying on the onion', () => {
    expect(ringAfter('direct', { dx: 0, dy: -1 })).toBe('core');
    expect(ringAfter('direct', { dx: 1, dy: 0 })).toBe('indirect');
    expect(ringAfter('core', { dx: -1, dy: 0 })).toBe('core');
    expect(ringAfter('environment', { dx: 0, dy: 1 })).toBe('environment');
  });
});
