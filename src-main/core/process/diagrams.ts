import type { AppEvent, MethodParsedInput, ProcessDiagram, ProcessVariant } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { diagramIdFor, edgesOf, findDiagram, lanesOf, loadDiagram, markersOf, stepsOf } from './rows';

/** Marks a diagram as changed inside the running transaction and queues the event. */
export function touch(ctx: CoreContext, diagramId: string, events: AppEvent[]): void {
  const diagram = findDiagram(ctx, diagramId);
  ctx.sql('UPDATE process_diagrams SET updated_at = ? WHERE id = ?').run(isoNow(ctx), diagramId);
  ctx.sql('UPDATE workshops SET updated_at = ? WHERE id = ?').run(isoNow(ctx), diagram.workshopId);
  events.push({ name: 'process.changed', payload: { workshopId: diagram.workshopId, diagramId } });
}

export function getDiagram(ctx: CoreContext, workshopId: string, variant: ProcessVariant): ProcessDiagram | null {
  if (!ctx.sql('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) throw notFound('workshop');
  const id = diagramIdFor(ctx, workshopId, variant);
  return id ? loadDiagram(ctx, id) : null;
}

function insertDiagram(ctx: CoreContext, workshopId: string, variant: ProcessVariant): string {
  const id = ctx.newId();
  const now = isoNow(ctx);
  ctx
    .sql('INSERT INTO process_diagrams (id, workshop_id, variant, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(id, workshopId, variant, now, now);
  return id;
}

/** A new, empty diagram with the lanes the coach starts from. */
export function createDiagram(ctx: CoreContext, input: MethodParsedInput<'process.create'>): ProcessDiagram {
  // Checked under the write lock: the desktop app and the browser host may share the file.
  const id = writeTransaction(ctx, (events) => {
    if (!ctx.sql('SELECT 1 FROM workshops WHERE id = ?').get(input.workshopId)) throw notFound('workshop');
    if (diagramIdFor(ctx, input.workshopId, input.variant)) throw new CoreError('conflict', 'errors.process.exists');
    const diagramId = insertDiagram(ctx, input.workshopId, input.variant);
    input.laneNames.forEach((name, position) => {
      ctx.sql('INSERT INTO process_lanes (id, diagram_id, position, name) VALUES (?, ?, ?, ?)').run(ctx.newId(), diagramId, position, name);
    });
    touch(ctx, diagramId, events);
    return diagramId;
  });
  return loadDiagram(ctx, id);
}

/**
 * The target process starts as a copy of today's: same lanes, steps and arrows
 * (and, if asked for, markers) with new ids; each step remembers the Ist step
 * it came from so the compare view can match them. An existing Soll is replaced.
 */
export function copyIstToSoll(ctx: CoreContext, workshopId: string, withMarkers = false): ProcessDiagram {
  const sollId = writeTransaction(ctx, (events) => {
    if (!ctx.sql('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) throw notFound('workshop');
    const istId = diagramIdFor(ctx, workshopId, 'ist');
    if (!istId) throw new CoreError('validation', 'errors.process.noIst');
    const existing = diagramIdFor(ctx, workshopId, 'soll');
    if (existing) ctx.sql('DELETE FROM process_diagrams WHERE id = ?').run(existing);
    const id = insertDiagram(ctx, workshopId, 'soll');
    const laneIds = new Map<string, string>();
    for (const lane of lanesOf(ctx, istId)) {
      laneIds.set(lane.id, ctx.newId());
      ctx.sql('INSERT INTO process_lanes (id, diagram_id, position, name) VALUES (?, ?, ?, ?)').run(laneIds.get(lane.id), id, lane.position, lane.name);
    }
    const stepIds = new Map<string, string>();
    const now = isoNow(ctx);
    for (const step of stepsOf(ctx, istId)) {
      stepIds.set(step.id, ctx.newId());
      ctx
        .sql('INSERT INTO process_steps (id, diagram_id, lane_id, kind, label, x, origin_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(stepIds.get(step.id), id, laneIds.get(step.laneId), step.kind, step.label, step.x, step.id, now, now);
    }
    for (const edge of edgesOf(ctx, istId)) {
      ctx
        .sql('INSERT INTO process_edges (id, diagram_id, source_id, target_id, label) VALUES (?, ?, ?, ?, ?)')
        .run(ctx.newId(), id, stepIds.get(edge.sourceId), stepIds.get(edge.targetId), edge.label);
    }
    for (const marker of withMarkers ? markersOf(ctx, istId) : []) {
      ctx
        .sql('INSERT INTO process_markers (id, step_id, kind, text, severity, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(ctx.newId(), stepIds.get(marker.stepId), marker.kind, marker.text, marker.severity, now);
    }
    touch(ctx, id, events);
    return id;
  });
  return loadDiagram(ctx, sollId);
}
