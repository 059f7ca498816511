import type { ProcessDiagram, ProcessEdge, ProcessLane, ProcessMarker, ProcessStep } from '../../contract';
import type { CoreContext } from '../context';
import { CoreError, notFound } from '../errors';

// Row mapping and lookups for the process diagram services.

interface DiagramRow {
  id: string;
  workshop_id: string;
  variant: ProcessDiagram['variant'];
  updated_at: string;
}
interface LaneRow {
  id: string;
  diagram_id: string;
  position: number;
  name: string;
}
interface StepRow {
  id: string;
  diagram_id: string;
  lane_id: string;
  kind: ProcessStep['kind'];
  label: string;
  x: number;
  origin_id: string | null;
  created_at: string;
  updated_at: string;
}
interface EdgeRow {
  id: string;
  diagram_id: string;
  source_id: string;
  target_id: string;
  label: string;
}
interface MarkerRow {
  id: string;
  step_id: string;
  kind: ProcessMarker['kind'];
  text: string;
  severity: number | null;
  created_at: string;
}

export const toLane = (r: LaneRow): ProcessLane => ({ id: r.id, diagramId: r.diagram_id, position: r.position, name: r.name });
export const toStep = (r: StepRow): ProcessStep => ({
  id: r.id,
  diagramId: r.diagram_id,
  laneId: r.lane_id,
  kind: r.kind,
  label: r.label,
  x: r.x,
  originId: r.origin_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
export const toEdge = (r: EdgeRow): ProcessEdge => ({ id: r.id, diagramId: r.diagram_id, sourceId: r.source_id, targetId: r.target_id, label: r.label });
export const toMarker = (r: MarkerRow): ProcessMarker => ({
  id: r.id,
  stepId: r.step_id,
  kind: r.kind,
  text: r.text,
  severity: r.severity as ProcessMarker['severity'],
  createdAt: r.created_at,
});

export interface DiagramRef {
  id: string;
  workshopId: string;
}

export function findDiagram(ctx: CoreContext, id: string): DiagramRef & { variant: ProcessDiagram['variant']; updatedAt: string } {
  const row = ctx.sql('SELECT * FROM process_diagrams WHERE id = ?').get(id) as DiagramRow | undefined;
  if (!row) throw notFound('diagram');
  return { id: row.id, workshopId: row.workshop_id, variant: row.variant, updatedAt: row.updated_at };
}

export function diagramIdFor(ctx: CoreContext, workshopId: string, variant: ProcessDiagram['variant']): string | null {
  const row = ctx.sql('SELECT id FROM process_diagrams WHERE workshop_id = ? AND variant = ?').get(workshopId, variant) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

export function findLane(ctx: CoreContext, id: string): ProcessLane {
  const row = ctx.sql('SELECT * FROM process_lanes WHERE id = ?').get(id) as LaneRow | undefined;
  if (!row) throw notFound('lane');
  return toLane(row);
}

export function findStep(ctx: CoreContext, id: string): ProcessStep {
  const row = ctx.sql('SELECT * FROM process_steps WHERE id = ?').get(id) as StepRow | undefined;
  if (!row) throw notFound('step');
  return toStep(row);
}

export function findEdge(ctx: CoreContext, id: string): ProcessEdge {
  const row = ctx.sql('SELECT * FROM process_edges WHERE id = ?').get(id) as EdgeRow | undefined;
  if (!row) throw notFound('edge');
  return toEdge(row);
}

export function findMarker(ctx: CoreContext, id: string): ProcessMarker {
  const row = ctx.sql('SELECT * FROM process_markers WHERE id = ?').get(id) as MarkerRow | undefined;
  if (!row) throw notFound('marker');
  return toMarker(row);
}

/** A lane of the same diagram, or a clear refusal. */
export function laneOfDiagram(ctx: CoreContext, laneId: string, diagramId: string): ProcessLane {
  const lane = findLane(ctx, laneId);
  if (lane.diagramId !== diagramId) throw new CoreError('validation', 'errors.process.otherDiagram');
  return lane;
}

export function lanesOf(ctx: CoreContext, diagramId: string): ProcessLane[] {
  return (ctx.sql('SELECT * FROM process_lanes WHERE diagram_id = ? ORDER BY position').all(diagramId) as LaneRow[]).map(toLane);
}

export function stepsOf(ctx: CoreContext, diagramId: string): ProcessStep[] {
  return (ctx.sql('SELECT * FROM process_steps WHERE diagram_id = ? ORDER BY x, rowid').all(diagramId) as StepRow[]).map(toStep);
}

export function edgesOf(ctx: CoreContext, diagramId: string): ProcessEdge[] {
  return (ctx.sql('SELECT * FROM process_edges WHERE diagram_id = ? ORDER BY rowid').all(diagramId) as EdgeRow[]).map(toEdge);
}

export function markersOf(ctx: CoreContext, diagramId: string): ProcessMarker[] {
  return (
    ctx
      .sql(
        `SELECT m.* FROM process_markers m JOIN process_steps s ON s.id = m.step_id
         WHERE s.diagram_id = ? ORDER BY m.created_at, m.rowid`,
      )
      .all(diagramId) as MarkerRow[]
  ).map(toMarker);
}

export function loadDiagram(ctx: CoreContext, id: string): ProcessDiagram {
  const d = findDiagram(ctx, id);
  return {
    id: d.id,
    workshopId: d.workshopId,
    variant: d.variant,
    lanes: lanesOf(ctx, id),
    steps: stepsOf(ctx, id),
    edges: edgesOf(ctx, id),
    markers: markersOf(ctx, id),
    updatedAt: d.updatedAt,
  };
}
