import type { Relation, Stakeholder } from '../../contract';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

// Row mapping and lookups shared by the stakeholder and relation services.

export interface StakeholderRow {
  id: string;
  workshop_id: string;
  name: string;
  category: Stakeholder['category'];
  influence: number | null;
  interest: number | null;
  attitude: Stakeholder['attitude'];
  target_attitude: Stakeholder['targetAttitude'];
  closeness: Stakeholder['closeness'];
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface RelationRow {
  id: string;
  workshop_id: string;
  source_id: string;
  target_id: string;
  type: Relation['type'];
  label: string;
  created_at: string;
}

export const toStakeholder = (row: StakeholderRow): Stakeholder => ({
  id: row.id,
  workshopId: row.workshop_id,
  name: row.name,
  category: row.category,
  influence: row.influence,
  interest: row.interest,
  attitude: row.attitude,
  targetAttitude: row.target_attitude,
  closeness: row.closeness,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toRelation = (row: RelationRow): Relation => ({
  id: row.id,
  workshopId: row.workshop_id,
  sourceId: row.source_id,
  targetId: row.target_id,
  type: row.type,
  label: row.label,
  createdAt: row.created_at,
});

export function requireWorkshop(ctx: CoreContext, workshopId: string): void {
  if (!ctx.sql('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) throw notFound('workshop');
}

export function findStakeholder(ctx: CoreContext, id: string): Stakeholder {
  const row = ctx.sql('SELECT * FROM stakeholders WHERE id = ?').get(id) as StakeholderRow | undefined;
  if (!row) throw notFound('stakeholder');
  return toStakeholder(row);
}

export function findRelation(ctx: CoreContext, id: string): Relation {
  const row = ctx.sql('SELECT * FROM stakeholder_relations WHERE id = ?').get(id) as RelationRow | undefined;
  if (!row) throw notFound('relation');
  return toRelation(row);
}

export function relationsOf(ctx: CoreContext, workshopId: string): Relation[] {
  const rows = ctx
    .sql('SELECT * FROM stakeholder_relations WHERE workshop_id = ? ORDER BY created_at, rowid')
    .all(workshopId) as RelationRow[];
  return rows.map(toRelation);
}

export function stakeholdersOf(ctx: CoreContext, workshopId: string): Stakeholder[] {
  const rows = ctx
    .sql('SELECT * FROM stakeholders WHERE workshop_id = ? ORDER BY created_at, rowid')
    .all(workshopId) as StakeholderRow[];
  return rows.map(toStakeholder);
}
