import type { MethodParsedInput, ProcessDiagram } from '../../contract';
import { type CoreContext, writeTransaction } from '../context';
import { CoreError } from '../errors';
import { touch } from './diagrams';
import { findDiagram, findStep, laneOfDiagram, lanesOf, loadDiagram } from './rows';

const exists = (ctx: CoreContext, table: string, id: string): boolean =>
  ctx.sql(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

function refuseExisting(ctx: CoreContext, table: string, id: string): void {
  if (exists(ctx, table, id)) throw new CoreError('conflict', 'errors.conflict.alreadyExists');
}

/**
 * Puts back what a delete removed (undo): lanes, steps, arrows and markers
 * with their ids, and steps that a lane delete had moved; arrows that a step
 * delete drew to close the gap are removed. All or nothing.
 */
export function restoreProcess(ctx: CoreContext, input: MethodParsedInput<'process.restore'>): ProcessDiagram {
  const mine = (item: { diagramId: string }) => item.diagramId === input.diagramId;
  if (![...input.lanes, ...input.steps, ...input.edges, ...(input.bridges ?? [])].every(mine)) throw new CoreError('validation', 'errors.process.otherDiagram');
  writeTransaction(ctx, (events) => {
    findDiagram(ctx, input.diagramId);
    for (const lane of input.lanes) {
      refuseExisting(ctx, 'process_lanes', lane.id);
      ctx.sql('UPDATE process_lanes SET position = position + 1 WHERE diagram_id = ? AND position >= ?').run(lane.diagramId, lane.position);
      ctx.sql('INSERT INTO process_lanes (id, diagram_id, position, name) VALUES (?, ?, ?, ?)').run(lane.id, lane.diagramId, lane.position, lane.name);
    }
    // Arrows the delete drew to close the gap go first, so the restored ones are the only connection again.
    for (const bridge of input.bridges ?? []) {
      ctx.sql('DELETE FROM process_edges WHERE id = ? AND diagram_id = ?').run(bridge.id, input.diagramId);
    }
    lanesOf(ctx, input.diagramId).forEach((l, position) => ctx.sql('UPDATE process_lanes SET position = ? WHERE id = ?').run(position, l.id));
    for (const step of input.steps) {
      refuseExisting(ctx, 'process_steps', step.id);
      laneOfDiagram(ctx, step.laneId, input.diagramId);
      ctx
        .sql(
          `INSERT INTO process_steps (id, diagram_id, lane_id, kind, label, x, origin_id, created_at, updated_at)
           VALUES (@id, @diagramId, @laneId, @kind, @label, @x, @originId, @createdAt, @updatedAt)`,
        )
        .run(step);
    }
    for (const move of input.movedSteps) {
      if (findStep(ctx, move.id).diagramId !== input.diagramId) throw new CoreError('validation', 'errors.process.otherDiagram');
      laneOfDiagram(ctx, move.laneId, input.diagramId);
      ctx.sql('UPDATE process_steps SET lane_id = ? WHERE id = ?').run(move.laneId, move.id);
    }
    for (const edge of input.edges) {
      refuseExisting(ctx, 'process_edges', edge.id);
      const ends = [findStep(ctx, edge.sourceId), findStep(ctx, edge.targetId)];
      if (ends.some((s) => s.diagramId !== input.diagramId) || edge.sourceId === edge.targetId) {
        throw new CoreError('validation', 'errors.process.otherDiagram');
      }
      ctx.sql('INSERT INTO process_edges (id, diagram_id, source_id, target_id, label) VALUES (@id, @diagramId, @sourceId, @targetId, @label)').run(edge);
    }
    for (const marker of input.markers) {
      refuseExisting(ctx, 'process_markers', marker.id);
      if (findStep(ctx, marker.stepId).diagramId !== input.diagramId) throw new CoreError('validation', 'errors.process.otherDiagram');
      ctx
        .sql('INSERT INTO process_markers (id, step_id, kind, text, severity, created_at) VALUES (@id, @stepId, @kind, @text, @severity, @createdAt)')
        .run(marker);
    }
    touch(ctx, input.diagramId, events);
  });
  return loadDiagram(ctx, input.diagramId);
}
