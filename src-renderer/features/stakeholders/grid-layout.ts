import type { Stakeholder } from '../../../src-main/contract';
import { type Point, gridClusters, nudgeApart, onionLayout } from '../../../src-main/shared/stakeholder-geometry';

export type MapView = 'grid' | 'onion';

/** How a box sits in a stack of stakeholders with the same values. */
export interface StackPlace {
  /** The stack's id (its first member's). */
  cluster: string;
  /** 0 is the top box, which carries the count. */
  index: number;
  count: number;
  /** Spread out (hover, focus or selection) or lying as one stack. */
  open: boolean;
}

export interface MapLayout {
  /** Where each box is drawn; stakeholders without both values have none on the grid. */
  positions: Map<string, Point>;
  /** Where the values put a box when it is drawn elsewhere: the grid shows a dot there and a line to the box. */
  anchors: Map<string, Point>;
  stacks: Map<string, StackPlace>;
  /** Which stack each stakeholder belongs to. */
  clusterOf: Map<string, string>;
}

const CELL = { x: 232, y: 112 };

/** Cells around the centre, nearest first: the top box stays where it was, the rest around it. */
function fanCells(count: number): Point[] {
  const around: Point[] = [];
  for (let ring = 1; around.length < count - 1; ring++) {
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) around.push({ x: dx * CELL.x, y: dy * CELL.y });
      }
    }
  }
  around.sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y));
  return [{ x: 0, y: 0 }, ...around.slice(0, count - 1)];
}

/**
 * The grid: one box per group of equal values (a stack with a count), pushed
 * apart only as far as the boxes need, each with its true position marked.
 * An open stack spreads its members around the top box so each can be read,
 * dragged and focused.
 */
function gridLayout(stakeholders: readonly Stakeholder[], open: string | null): MapLayout {
  const clusters = gridClusters(stakeholders);
  const drawn = nudgeApart(clusters.map((c) => ({ id: c.id, ...c.at })));
  const layout: MapLayout = { positions: new Map(), anchors: new Map(), stacks: new Map(), clusterOf: new Map() };
  for (const c of clusters) {
    const centre = drawn.get(c.id) ?? c.at;
    const isOpen = c.id === open && c.members.length > 1;
    const fan = isOpen ? fanCells(c.members.length) : [];
    c.members.forEach((id, index) => {
      const offset = fan[index] ?? { x: 0, y: 0 };
      const at = { x: centre.x + offset.x, y: centre.y + offset.y };
      layout.positions.set(id, at);
      layout.clusterOf.set(id, c.id);
      if (Math.abs(at.x - c.at.x) > 0.5 || Math.abs(at.y - c.at.y) > 0.5) layout.anchors.set(id, c.at);
      if (c.members.length > 1) layout.stacks.set(id, { cluster: c.id, index, count: c.members.length, open: isOpen });
    });
  }
  return layout;
}

/** Where each box is drawn: its values (grid) or its ring (onion, where everyone has a closeness). */
export function layoutPositions(stakeholders: readonly Stakeholder[], view: MapView, open: string | null = null): MapLayout {
  if (view === 'grid') return gridLayout(stakeholders, open);
  return { positions: onionLayout(stakeholders), anchors: new Map(), stacks: new Map(), clusterOf: new Map() };
}
