import type { ProcessStep, StepKind } from '../contract/process';

// One coordinate system for process diagrams, shared by the canvas and the
// report's image: lanes are horizontal bands, steps sit on their lane's
// middle line, and the flow runs left to right.

export const LANE_HEIGHT = 190;
/** Room on the left of every lane for its name. */
export const LANE_HEADER = 200;
/** Distance between two steps that follow each other. */
export const COLUMN = 260;
export const FIRST_X = LANE_HEADER + COLUMN / 2;

export const STEP_SIZE: Record<StepKind, { width: number; height: number }> = {
  start: { width: 190, height: 72 },
  end: { width: 190, height: 72 },
  step: { width: 200, height: 84 },
  document: { width: 200, height: 84 },
  decision: { width: 180, height: 120 },
};

export const laneCenter = (index: number): number => index * LANE_HEIGHT + LANE_HEIGHT / 2;

/** The lane a point on the canvas falls into (clamped to the existing lanes). */
export function laneIndexAt(y: number, laneCount: number): number {
  return Math.min(laneCount - 1, Math.max(0, Math.floor(y / LANE_HEIGHT)));
}

/** Where a new step goes: one column after `after`, or after the last step. */
export function nextX(steps: readonly Pick<ProcessStep, 'x'>[], after?: Pick<ProcessStep, 'x'>): number {
  if (after) return after.x + COLUMN;
  return steps.length === 0 ? FIRST_X : Math.max(...steps.map((s) => s.x)) + COLUMN;
}

// Numbering follows the arrows, not the positions: see process-order.ts.
export { numberSteps } from './process-order';

/**
 * Drawing positions: within a lane, steps that would overlap are pushed to
 * the right until they do not. The stored x stays as it is.
 */
export function displayX(steps: readonly ProcessStep[]): Map<string, number> {
  const byLane = new Map<string, ProcessStep[]>();
  for (const s of steps) byLane.set(s.laneId, [...(byLane.get(s.laneId) ?? []), s]);
  const result = new Map<string, number>();
  for (const laneSteps of byLane.values()) {
    let rightEdge = -Infinity;
    for (const s of [...laneSteps].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id))) {
      const half = STEP_SIZE[s.kind].width / 2;
      const x = Math.max(s.x, rightEdge + half + 24);
      result.set(s.id, x);
      rightEdge = x + half;
    }
  }
  return result;
}
