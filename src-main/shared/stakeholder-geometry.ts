import {
  type Closeness,
  type Stakeholder,
  CLOSENESS_LEVELS,
  SCORE_MAX,
  SCORE_MIN,
} from '../contract/stakeholders';

// One coordinate system for the power/interest grid, shared by the canvas and
// the report's image: interest runs left → right, influence bottom → top.
// Position and values are one thing; these functions convert between them.

export const WORLD_SIZE = 1000;
export const CENTER = WORLD_SIZE / 2;
/** Node box used for nudging overlapping stakeholders apart (the canvas draws the same size). */
export const NODE_WIDTH = 220;
/** Room for two lines of name and two of attitude (today → wanted). */
export const NODE_HEIGHT = 100;
export const NODE_PADDING = 10;

export type Quadrant = 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor';
export const QUADRANTS: readonly Quadrant[] = ['keepSatisfied', 'manageClosely', 'monitor', 'keepInformed'];

export interface Point {
  x: number;
  y: number;
}

export interface Scores {
  influence: number;
  interest: number;
}

const SPAN = SCORE_MAX - SCORE_MIN;

export const roundScore = (value: number): number =>
  Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(value * 10) / 10));

/** A stored value: rounded like any score, or still empty (not yet placed). */
export const roundStoredScore = (value: number | null): number | null => (value === null ? null : roundScore(value));

export function scoresToPoint({ influence, interest }: Scores): Point {
  return {
    x: ((interest - SCORE_MIN) / SPAN) * WORLD_SIZE,
    y: ((SCORE_MAX - influence) / SPAN) * WORLD_SIZE,
  };
}

/** The scores a point on the grid stands for, clamped to 1.0–5.0 with one decimal. */
export function pointToScores({ x, y }: Point): Scores {
  return {
    interest: roundScore(SCORE_MIN + (x / WORLD_SIZE) * SPAN),
    influence: roundScore(SCORE_MAX - (y / WORLD_SIZE) * SPAN),
  };
}

/** Moves scores by a distance on screen (a drag); the result stays on the grid. */
export function shiftScores(scores: Scores, delta: Point): Scores {
  return {
    interest: roundScore(scores.interest + (delta.x / WORLD_SIZE) * SPAN),
    influence: roundScore(scores.influence - (delta.y / WORLD_SIZE) * SPAN),
  };
}

/** The quadrant of a stakeholder with both values; null while it is not yet placed. */
export function placedQuadrant(s: { influence: number | null; interest: number | null }): Quadrant | null {
  return s.influence === null || s.interest === null ? null : quadrantOf({ influence: s.influence, interest: s.interest });
}

export function quadrantOf({ influence, interest }: Scores): Quadrant {
  const high = (v: number): boolean => v >= 3;
  if (high(influence)) return high(interest) ? 'manageClosely' : 'keepSatisfied';
  return high(interest) ? 'keepInformed' : 'monitor';
}

/** Stakeholders that share exactly the same values, drawn as one stack at their true position. */
export interface GridCluster {
  /** The id of the first member: stable while the stack stays together. */
  id: string;
  at: Point;
  members: string[];
}

/**
 * Groups placed stakeholders by their values (one decimal). Each group sits
 * exactly where its values say: nothing is nudged to a position that is not
 * in the data. Members keep the order given (the map's order of creation).
 */
export function gridClusters(stakeholders: readonly { id: string; influence: number | null; interest: number | null }[]): GridCluster[] {
  const byValues = new Map<string, GridCluster>();
  for (const s of stakeholders) {
    if (s.influence === null || s.interest === null) continue;
    const key = `${s.influence.toFixed(1)}|${s.interest.toFixed(1)}`;
    const cluster = byValues.get(key);
    if (cluster) cluster.members.push(s.id);
    else byValues.set(key, { id: s.id, at: scoresToPoint({ influence: s.influence, interest: s.interest }), members: [s.id] });
  }
  return [...byValues.values()];
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

interface Box extends Point {
  id: string;
}

/** Pushes two overlapping boxes apart along the axis where they overlap least; false when they do not overlap. */
function separate(a: Box, b: Box, gapX: number, gapY: number, spiral: number): boolean {
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  const overlapX = gapX - Math.abs(dx);
  const overlapY = gapY - Math.abs(dy);
  if (overlapX <= 0 || overlapY <= 0) return false;
  if (Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01) {
    // Exactly on top of each other: spread along a spiral, not a line.
    dx = Math.cos(spiral * GOLDEN_ANGLE);
    dy = Math.sin(spiral * GOLDEN_ANGLE);
  }
  if (overlapX / gapX < overlapY / gapY) {
    const push = (overlapX / 2) * Math.sign(dx || 1);
    a.x -= push;
    b.x += push;
  } else {
    const push = (overlapY / 2) * Math.sign(dy || 1);
    a.y -= push;
    b.y += push;
  }
  return true;
}

/**
 * Pushes boxes that overlap apart until none do (or the rounds run out). Only
 * the drawing moves; the values stay where they are. Deterministic: the same
 * input always gives the same picture.
 */
export function nudgeApart(items: readonly Box[], width = NODE_WIDTH, height = NODE_HEIGHT, rounds = 60): Map<string, Point> {
  const boxes: Box[] = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((p) => ({ id: p.id, x: p.x, y: p.y }));
  const gapX = width + 8;
  const gapY = height + 8;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (separate(boxes[i]!, boxes[j]!, gapX, gapY, j)) moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
}

// ---------- the onion: rings by closeness to the change ----------

export const RING_WIDTH = 170;
/** Outer radius of each ring, inside out. The onion is larger than the grid's world. */
export const RING_RADII: Record<Closeness, number> = {
  core: RING_WIDTH,
  direct: RING_WIDTH * 2,
  indirect: RING_WIDTH * 3,
  environment: RING_WIDTH * 4,
};

export function closenessAt(point: Point): Closeness {
  const distance = Math.hypot(point.x - CENTER, point.y - CENTER);
  return CLOSENESS_LEVELS.find((level) => distance <= RING_RADII[level]) ?? 'environment';
}

/** Places everyone in the ring of their closeness, spread evenly, then nudged apart. */
export function onionLayout(stakeholders: readonly Pick<Stakeholder, 'id' | 'closeness' | 'category' | 'name'>[]): Map<string, Point> {
  const points: ({ id: string } & Point)[] = [];
  CLOSENESS_LEVELS.forEach((level, ringIndex) => {
    const members = stakeholders
      .filter((s) => s.closeness === level)
      .sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const inner = RING_RADII[level] - RING_WIDTH;
    // Wide enough that the boxes fit around the circle, but inside the ring.
    const needed = (members.length * (NODE_WIDTH + 12)) / (Math.PI * 2);
    const radius =
      members.length === 1 && level === 'core'
        ? 0
        : Math.min(RING_RADII[level] - NODE_HEIGHT / 2, Math.max(inner + RING_WIDTH / 2, needed));
    const offset = ringIndex * 0.7 - Math.PI / 2;
    members.forEach((s, i) => {
      const angle = offset + (i / Math.max(1, members.length)) * Math.PI * 2;
      points.push({ id: s.id, x: CENTER + Math.cos(angle) * radius, y: CENTER + Math.sin(angle) * radius });
    });
  });
  return nudgeApart(points);
}

/** Half the width of the onion drawing, from the centre to the outer ring. */
export const ONION_RADIUS = RING_RADII.environment;
