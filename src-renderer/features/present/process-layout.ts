import type { ProcessDiagram, ProcessMarker } from '../../../src-main/contract';
import { COLUMN, displayX, numberSteps } from '../../../src-main/shared/process-geometry';

// Where the projector puts the steps of a process: lanes as rows, steps in
// columns by their place along the lane. The projector draws the columns at
// a width where the labels are legible and shows a window of them when they
// do not all fit.

export interface ProcessGrid {
  /** Column of each step, from 0. */
  columnOf: Map<string, number>;
  columns: number;
  numbers: Map<string, number>;
  /** Markers in reading order with their number on the diagram. */
  markers: (ProcessMarker & { n: number })[];
}

export function processGrid(diagram: ProcessDiagram): ProcessGrid {
  const dx = displayX(diagram.steps);
  const xs = [...new Set(diagram.steps.map((s) => dx.get(s.id) ?? s.x))].sort((a, b) => a - b);
  const colAt = new Map<number, number>();
  let column = -1;
  let start = -Infinity;
  for (const x of xs) {
    if (x - start >= COLUMN / 2) {
      column += 1;
      start = x;
    }
    colAt.set(x, column);
  }
  const columnOf = new Map(diagram.steps.map((s) => [s.id, colAt.get(dx.get(s.id) ?? s.x) ?? 0]));
  const numbers = numberSteps(diagram);
  const kindOrder = { pain: 0, idea: 1, digital: 2 } as const;
  const markers = [...diagram.markers]
    .sort((a, b) => (numbers.get(a.stepId) ?? 0) - (numbers.get(b.stepId) ?? 0) || kindOrder[a.kind] - kindOrder[b.kind] || a.createdAt.localeCompare(b.createdAt))
    .map((m, i) => ({ ...m, n: i + 1 }));
  return { columnOf, columns: column + 1, numbers, markers };
}

/** The first column shown: around the coach's selection when zoomed to it, else the coach's page. */
export function windowStart(grid: ProcessGrid, visible: number, page: number, focus: string[]): number {
  const last = Math.max(0, grid.columns - visible);
  const focused = focus.map((id) => grid.columnOf.get(id)).filter((c): c is number => c !== undefined);
  if (focused.length > 0) {
    const middle = (Math.min(...focused) + Math.max(...focused)) / 2;
    return Math.max(0, Math.min(last, Math.round(middle - (visible - 1) / 2)));
  }
  return Math.min(last, page * visible);
}

/** Runs of items, in order, that each fit `room` (px), given each item's height with its gap; an item taller than the room stands alone. */
export function chunkByHeight<T extends { id: string }>(items: readonly T[], heights: Readonly<Record<string, number>>, room: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const h = heights[item.id] ?? 0;
    if (current.length > 0 && used + h > room) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += h;
  }
  chunks.push(current);
  return chunks;
}

export interface ProcessPage {
  /** The first column shown. */
  start: number;
  /** The markers whose full text the legend shows on this page. */
  markers: ProcessGrid['markers'];
}

/**
 * The projector's pages of a process: a window of columns at a time (or the
 * one around the coach's selection), and within a window as many pages as
 * its markers' legend needs, so no marker text is cut or scrolled away.
 */
export function processPages(grid: ProcessGrid, visible: number, focus: string[], legend: (markers: ProcessGrid['markers']) => ProcessGrid['markers'][]): ProcessPage[] {
  const focused = focus.some((id) => grid.columnOf.has(id));
  const windows = focused ? 1 : Math.max(1, Math.ceil(grid.columns / visible));
  const pages: ProcessPage[] = [];
  for (let w = 0; w < windows; w += 1) {
    const start = windowStart(grid, visible, w, focused ? focus : []);
    const inWindow = grid.markers.filter((m) => {
      const c = grid.columnOf.get(m.stepId) ?? 0;
      return c >= start && c < start + visible;
    });
    for (const markers of legend(inWindow)) pages.push({ start, markers });
  }
  return pages;
}
