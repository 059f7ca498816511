import type { MethodParsedInput, ProcessEdge, ProcessMarker, ProcessSnapshot } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError } from '../errors';
import { touch } from './diagrams';
import { findEdge, findMarker, findStep } from './rows';

export function addEdge(ctx: CoreContext, input: MethodParsedInput<'process.edges.add'>): ProcessEdge {
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    const source = findStep(ctx, input.sourceId);
    const target = findStep(ctx, input.targetId);
    if (source.diagramId !== target.diagramId) throw new CoreError('validation', 'errors.process.otherDiagram');
    ctx
      .sql('INSERT INTO process_edges (id, diagram_id, source_id, target_id, label) VALUES (?, ?, ?, ?, ?)')
      .run(id, source.diagramId, source.id, target.id, input.label);
    touch(ctx, source.diagramId, events);
  });
  return findEdge(ctx, id);
}

/** Changes an arrow's label, or reconnects one of its ends. */
export function updateEdge(ctx: CoreContext, input: MethodParsedInput<'process.edges.update'>): ProcessEdge {
  // Read under the write lock: the ends and label not given are the stored ones, not an older copy.
  writeTransaction(ctx, (events) => {
    const edge = findEdge(ctx, input.id);
    const sourceId = input.sourceId ?? edge.sourceId;
    const targetId = input.targetId ?? edge.targetId;
    if (sourceId === targetId) throw new CoreError('validation', 'errors.process.selfEdge');
    for (const stepId of [sourceId, targetId]) {
      if (findStep(ctx, stepId).diagramId !== edge.diagramId) throw new CoreError('validation', 'errors.process.otherDiagram');
    }
    ctx
      .sql('UPDATE process_edges SET source_id = ?, target_id = ?, label = ? WHERE id = ?')
      .run(sourceId, targetId, input.label ?? edge.label, edge.id);
    touch(ctx, edge.diagramId, events);
  });
  return findEdge(ctx, input.id);
}

export function deleteEdges(ctx: CoreContext, ids: readonly string[]): ProcessSnapshot {
  return writeTransaction(ctx, (events) => {
    const edges = [...new Set(ids)].map((id) => findEdge(ctx, id));
    const diagramId = edges[0]!.diagramId;
    if (edges.some((e) => e.diagramId !== diagramId)) throw new CoreError('validation', 'errors.process.otherDiagram');
    for (const e of edges) ctx.sql('DELETE FROM process_edges WHERE id = ?').run(e.id);
    touch(ctx, diagramId, events);
    return { diagramId, lanes: [], steps: [], edges, markers: [], movedSteps: [] };
  });
}

/** Pain points carry a severity (1–3); ideas and digital potential do not. */
function normaliseSeverity(kind: ProcessMarker['kind'], severity: ProcessMarker['severity']): ProcessMarker['severity'] {
  if (kind !== 'pain') return null;
  return severity ?? 2;
}

export function addMarker(ctx: CoreContext, input: MethodParsedInput<'process.markers.add'>): ProcessMarker {
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    const step = findStep(ctx, input.stepId);
    ctx
      .sql('INSERT INTO process_markers (id, step_id, kind, text, severity, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, step.id, input.kind, input.text, normaliseSeverity(input.kind, input.severity), isoNow(ctx));
    touch(ctx, step.diagramId, events);
  });
  return findMarker(ctx, id);
}

export function updateMarker(ctx: CoreContext, input: MethodParsedInput<'process.markers.update'>): ProcessMarker {
  writeTransaction(ctx, (events) => {
    const marker = findMarker(ctx, input.id);
    const kind = input.kind ?? marker.kind;
    const severity = normaliseSeverity(kind, input.severity === undefined ? marker.severity : input.severity);
    ctx.sql('UPDATE process_markers SET kind = ?, text = ?, severity = ? WHERE id = ?').run(kind, input.text ?? marker.text, severity, marker.id);
    touch(ctx, findStep(ctx, marker.stepId).diagramId, events);
  });
  return findMarker(ctx, input.id);
}

export function deleteMarkers(ctx: CoreContext, ids: readonly string[]): ProcessSnapshot {
  return writeTransaction(ctx, (events) => {
    const markers = [...new Set(ids)].map((id) => findMarker(ctx, id));
    const diagramId = findStep(ctx, markers[0]!.stepId).diagramId;
    if (markers.some((m) => findStep(ctx, m.stepId).diagramId !== diagramId)) throw new CoreError('validation', 'errors.process.otherDiagram');
    for (const m of markers) ctx.sql('DELETE FROM process_markers WHERE id = ?').run(m.id);
    touch(ctx, diagramId, events);
    return { diagramId, lanes: [], steps: [], edges: [], markers, movedSteps: [] };
  });
}
