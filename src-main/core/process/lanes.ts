import type { MethodParsedInput, ProcessLane, ProcessSnapshot } from '../../contract';
import { MAX_LANES } from '../../contract';
import { type CoreContext, writeTransaction } from '../context';
import { CoreError } from '../errors';
import { touch } from './diagrams';
import { edgesOf, findDiagram, findLane, laneOfDiagram, lanesOf, markersOf, stepsOf } from './rows';

export function addLane(ctx: CoreContext, input: MethodParsedInput<'process.lanes.add'>): ProcessLane {
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    findDiagram(ctx, input.diagramId);
    const lanes = lanesOf(ctx, input.diagramId);
    if (lanes.length >= MAX_LANES) throw new CoreError('validation', 'errors.process.tooManyLanes', { max: MAX_LANES });
    ctx.sql('INSERT INTO process_lanes (id, diagram_id, position, name) VALUES (?, ?, ?, ?)').run(id, input.diagramId, lanes.length, input.name);
    touch(ctx, input.diagramId, events);
  });
  return findLane(ctx, id);
}

/** Renames a lane and/or moves it to another place; the others close up around it. */
export function updateLane(ctx: CoreContext, input: MethodParsedInput<'process.lanes.update'>): ProcessLane[] {
  const lane = writeTransaction(ctx, (events) => {
    const lane = findLane(ctx, input.id);
    if (input.name !== undefined) ctx.sql('UPDATE process_lanes SET name = ? WHERE id = ?').run(input.name, lane.id);
    if (input.position !== undefined) {
      const order = lanesOf(ctx, lane.diagramId).filter((l) => l.id !== lane.id);
      order.splice(Math.min(input.position, order.length), 0, lane);
      order.forEach((l, position) => ctx.sql('UPDATE process_lanes SET position = ? WHERE id = ?').run(position, l.id));
    }
    touch(ctx, lane.diagramId, events);
    return lane;
  });
  return lanesOf(ctx, lane.diagramId);
}

/**
 * Deletes a lane. Its steps either move to another lane (moveStepsTo) or go
 * with it, including their arrows and markers. Returns what undo needs.
 */
export function deleteLane(ctx: CoreContext, input: MethodParsedInput<'process.lanes.delete'>): ProcessSnapshot {
  return writeTransaction(ctx, (events) => {
    const lane = findLane(ctx, input.id);
    const lanes = lanesOf(ctx, lane.diagramId);
    if (lanes.length <= 1) throw new CoreError('validation', 'errors.process.lastLane');
    const steps = stepsOf(ctx, lane.diagramId).filter((s) => s.laneId === lane.id);
    const snapshot: ProcessSnapshot = { diagramId: lane.diagramId, lanes: [lane], steps: [], edges: [], markers: [], movedSteps: [] };
    if (input.moveStepsTo) {
      const target = laneOfDiagram(ctx, input.moveStepsTo, lane.diagramId);
      if (target.id === lane.id) throw new CoreError('validation', 'errors.process.sameLane');
      for (const s of steps) ctx.sql('UPDATE process_steps SET lane_id = ? WHERE id = ?').run(target.id, s.id);
      snapshot.movedSteps = steps.map((s) => ({ id: s.id, laneId: lane.id }));
    } else {
      const ids = new Set(steps.map((s) => s.id));
      snapshot.steps = steps;
      snapshot.edges = edgesOf(ctx, lane.diagramId).filter((e) => ids.has(e.sourceId) || ids.has(e.targetId));
      snapshot.markers = markersOf(ctx, lane.diagramId).filter((m) => ids.has(m.stepId));
      for (const s of steps) ctx.sql('DELETE FROM process_steps WHERE id = ?').run(s.id);
    }
    ctx.sql('DELETE FROM process_lanes WHERE id = ?').run(lane.id);
    lanes
      .filter((l) => l.id !== lane.id)
      .forEach((l, position) => ctx.sql('UPDATE process_lanes SET position = ? WHERE id = ?').run(position, l.id));
    touch(ctx, lane.diagramId, events);
    return snapshot;
  });
}
