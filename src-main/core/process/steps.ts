import type { MethodParsedInput, ProcessEdge, ProcessSnapshot, ProcessStep } from '../../contract';
import { nextX } from '../../shared/process-geometry';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError } from '../errors';
import { patchStatement } from '../services/patch';
import { touch } from './diagrams';
import { bridgesFor, insertBridges } from './reconnect';
import { edgesOf, findDiagram, findEdge, findStep, laneOfDiagram, markersOf, stepsOf } from './rows';

const COLUMNS = { label: 'label', kind: 'kind', laneId: 'lane_id', x: 'x' } as const;

/** Adds a step; with `after`, one column further and with an arrow from that step. */
export function addStep(ctx: CoreContext, input: MethodParsedInput<'process.steps.add'>): { step: ProcessStep; edge: ProcessEdge | null } {
  const id = ctx.newId();
  // Checked under the write lock: another connection may delete the lane or the step meanwhile.
  const edgeId = writeTransaction(ctx, (events) => {
    findDiagram(ctx, input.diagramId);
    laneOfDiagram(ctx, input.laneId, input.diagramId);
    const after = input.after ? findStep(ctx, input.after) : undefined;
    if (after && after.diagramId !== input.diagramId) throw new CoreError('validation', 'errors.process.otherDiagram');
    const edgeId = after ? ctx.newId() : null;
    const now = isoNow(ctx);
    const x = input.x ?? nextX(stepsOf(ctx, input.diagramId), after);
    ctx
      .sql('INSERT INTO process_steps (id, diagram_id, lane_id, kind, label, x, origin_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)')
      .run(id, input.diagramId, input.laneId, input.kind, input.label, x, now, now);
    if (after && edgeId) {
      ctx
        .sql('INSERT INTO process_edges (id, diagram_id, source_id, target_id, label) VALUES (?, ?, ?, ?, ?)')
        .run(edgeId, input.diagramId, after.id, id, input.edgeLabel);
    }
    touch(ctx, input.diagramId, events);
    return edgeId;
  });
  return { step: findStep(ctx, id), edge: edgeId ? findEdge(ctx, edgeId) : null };
}

export function updateStep(ctx: CoreContext, input: MethodParsedInput<'process.steps.update'>): ProcessStep {
  const { id, ...patch } = input;
  writeTransaction(ctx, (events) => {
    const step = findStep(ctx, id);
    if (patch.laneId) laneOfDiagram(ctx, patch.laneId, step.diagramId);
    const update = patchStatement('process_steps', COLUMNS, id, patch, isoNow(ctx));
    ctx.sql(update.sql).run(update.values);
    touch(ctx, step.diagramId, events);
  });
  return findStep(ctx, id);
}

/** Moves one or several steps (a drag, or auto-layout's undo) in one transaction. */
export function moveSteps(ctx: CoreContext, input: MethodParsedInput<'process.steps.move'>): ProcessStep[] {
  return writeTransaction(ctx, (events) => {
    const now = isoNow(ctx);
    const diagrams = new Set<string>();
    const moved = input.moves.map((move) => {
      const step = findStep(ctx, move.id);
      laneOfDiagram(ctx, move.laneId, step.diagramId);
      ctx.sql('UPDATE process_steps SET lane_id = ?, x = ?, updated_at = ? WHERE id = ?').run(move.laneId, move.x, now, move.id);
      diagrams.add(step.diagramId);
      return findStep(ctx, move.id);
    });
    for (const id of diagrams) touch(ctx, id, events);
    return moved;
  });
}

/**
 * Deletes steps with their arrows and markers, in one transaction, and closes
 * the gap: what led into them now leads to what followed them (the bridges).
 * Returns what undo needs: the deleted rows, and the bridges to remove again.
 */
export function deleteSteps(ctx: CoreContext, ids: readonly string[]): ProcessSnapshot {
  return writeTransaction(ctx, (events) => {
    const steps = [...new Set(ids)].map((id) => findStep(ctx, id));
    const diagramId = steps[0]!.diagramId;
    if (steps.some((s) => s.diagramId !== diagramId)) throw new CoreError('validation', 'errors.process.otherDiagram');
    const gone = new Set(steps.map((s) => s.id));
    const all = edgesOf(ctx, diagramId);
    const edges = all.filter((e) => gone.has(e.sourceId) || gone.has(e.targetId));
    const markers = markersOf(ctx, diagramId).filter((m) => gone.has(m.stepId));
    for (const s of steps) ctx.sql('DELETE FROM process_steps WHERE id = ?').run(s.id);
    const bridges = insertBridges(ctx, diagramId, bridgesFor(all, gone));
    touch(ctx, diagramId, events);
    return { diagramId, lanes: [], steps, edges, markers, movedSteps: [], bridges };
  });
}
