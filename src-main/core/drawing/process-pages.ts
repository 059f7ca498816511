import type { ProcessDiagram } from '../../contract';
import { LANE_HEADER, LANE_HEIGHT, STEP_SIZE, displayX } from '../../shared/process-geometry';
import { PAGE_MARGIN, type ProcessPage } from '../exports/process-svg';

// How a process is cut into pages for print: all pages at one scale (the
// smallest type stays legible), cut in the gaps between steps, lanes in
// bands when there are more than a page is high.

/** Room after the last step for an arrow's word (as in the whole picture). */
const TAIL = 140;

interface Interval {
  left: number;
  right: number;
}

/** The stretches of the flow that steps cover, merged where they overlap. */
function covered(diagram: ProcessDiagram): Interval[] {
  const xs = displayX(diagram.steps);
  const boxes = diagram.steps
    .map((s) => ({ left: (xs.get(s.id) ?? s.x) - STEP_SIZE[s.kind].width / 2, right: (xs.get(s.id) ?? s.x) + STEP_SIZE[s.kind].width / 2 }))
    .sort((a, b) => a.left - b.left);
  const merged: Interval[] = [];
  for (const box of boxes) {
    const last = merged[merged.length - 1];
    if (last && box.left <= last.right + 8) last.right = Math.max(last.right, box.right);
    else merged.push({ ...box });
  }
  return merged;
}

/** Where the flow is cut: in the middle of a gap between steps, each piece at most `capacity` wide. */
function cuts(blocks: Interval[], capacity: number): Interval[] {
  const end = Math.max(LANE_HEADER + 400, (blocks[blocks.length - 1]?.right ?? 0) + TAIL);
  const pieces: Interval[] = [];
  let start = LANE_HEADER;
  let fitted = start;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.right + 20 - start <= capacity) {
      fitted = block.right;
      continue;
    }
    if (fitted === start && block.left - 40 > start) {
      // Nothing on this page yet and an empty stretch ahead: the page starts just before the next step (an arrow across it continues there).
      start = block.left - 40;
      fitted = start;
      i--;
      continue;
    }
    // The steps so far fill this page: cut in the gap before this one; a block wider than a page is cut where the page ends.
    const cut = fitted > start ? Math.min((fitted + Math.max(block.left, fitted)) / 2, start + capacity) : start + capacity;
    pieces.push({ left: start, right: cut });
    start = cut;
    fitted = start;
    i--;
  }
  while (end - start > capacity) {
    pieces.push({ left: start, right: start + capacity });
    start += capacity;
  }
  pieces.push({ left: start, right: Math.max(end, start + 1) });
  return pieces;
}

/** The pages of a process drawn at `scale` (page length per SVG unit) on a page of `width` × `height` (same length unit). */
export function planProcessPages(diagram: ProcessDiagram, scale: number, width: number, height: number): ProcessPage[] {
  const capacity = Math.max(300, width / scale - LANE_HEADER - 2 * PAGE_MARGIN);
  const lanesPerPage = Math.max(1, Math.floor((height / scale - 2 * PAGE_MARGIN) / LANE_HEIGHT));
  const blocks = covered(diagram);
  // As few pages as the full width needs, filled evenly: no last page with a single step.
  const fewest = cuts(blocks, capacity).length;
  let low = capacity / 2;
  let high = capacity;
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    if (cuts(blocks, mid).length > fewest) low = mid;
    else high = mid;
  }
  const pieces = cuts(blocks, high);
  const pages: ProcessPage[] = [];
  for (let lane0 = 0; lane0 < Math.max(1, diagram.lanes.length); lane0 += lanesPerPage) {
    const lane1 = Math.min(Math.max(1, diagram.lanes.length), lane0 + lanesPerPage);
    for (const piece of pieces) pages.push({ x0: piece.left, x1: piece.right, lane0, lane1 });
  }
  return pages;
}

/** The numbers of the steps whose middle lies on a page (for its caption); null when none. */
export function stepsOnPage(diagram: ProcessDiagram, numbers: Map<string, number>, page: ProcessPage): { first: number; last: number } | null {
  const xs = displayX(diagram.steps);
  const lanes = new Map(diagram.lanes.map((l, i) => [l.id, i]));
  const on = diagram.steps
    .filter((s) => {
      const x = xs.get(s.id) ?? s.x;
      const lane = lanes.get(s.laneId) ?? 0;
      return x >= page.x0 && x < page.x1 && lane >= page.lane0 && lane < page.lane1;
    })
    .map((s) => numbers.get(s.id) ?? 0);
  return on.length === 0 ? null : { first: Math.min(...on), last: Math.max(...on) };
}
