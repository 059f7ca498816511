import type { MethodParsedInput, Stakeholder, StakeholderMap, StakeholderSnapshot } from '../../contract';
import { roundScore, roundStoredScore } from '../../shared/stakeholder-geometry';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError } from '../errors';
import { patchStatement } from './patch';
import {
  findRelation,
  findStakeholder,
  relationsOf,
  requireWorkshop,
  stakeholdersOf,
  toRelation,
  type RelationRow,
} from './stakeholder-rows';

const COLUMNS = {
  name: 'name',
  category: 'category',
  influence: 'influence',
  interest: 'interest',
  attitude: 'attitude',
  targetAttitude: 'target_attitude',
  closeness: 'closeness',
  notes: 'notes',
} as const;

const changed = (workshopId: string) => ({ name: 'stakeholders.changed' as const, payload: { workshopId } });

export function getStakeholderMap(ctx: CoreContext, workshopId: string): StakeholderMap {
  requireWorkshop(ctx, workshopId);
  return { workshopId, stakeholders: stakeholdersOf(ctx, workshopId), relations: relationsOf(ctx, workshopId) };
}

export function createStakeholder(ctx: CoreContext, input: MethodParsedInput<'stakeholders.create'>): Stakeholder {
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    requireWorkshop(ctx, input.workshopId);
    const now = isoNow(ctx);
    ctx
      .sql(
        `INSERT INTO stakeholders (id, workshop_id, name, category, influence, interest, attitude, target_attitude, closeness, notes, created_at, updated_at)
         VALUES (@id, @workshopId, @name, @category, @influence, @interest, @attitude, @targetAttitude, @closeness, @notes, @now, @now)`,
      )
      .run({
        ...input,
        id,
        now,
        influence: roundStoredScore(input.influence),
        interest: roundStoredScore(input.interest),
        targetAttitude: input.targetAttitude ?? input.attitude,
      });
    events.push(changed(input.workshopId));
  });
  return findStakeholder(ctx, id);
}

export function updateStakeholder(ctx: CoreContext, input: MethodParsedInput<'stakeholders.update'>): Stakeholder {
  const { id, ...patch } = input;
  const rounded = {
    ...patch,
    influence: patch.influence === undefined ? undefined : roundStoredScore(patch.influence),
    interest: patch.interest === undefined ? undefined : roundStoredScore(patch.interest),
  };
  writeTransaction(ctx, (events) => {
    const current = findStakeholder(ctx, id);
    const update = patchStatement('stakeholders', COLUMNS, id, rounded, isoNow(ctx));
    ctx.sql(update.sql).run(update.values);
    events.push(changed(current.workshopId));
  });
  return findStakeholder(ctx, id);
}

/** Moves one or several stakeholders at once: one drag, one transaction. */
export function moveStakeholders(ctx: CoreContext, input: MethodParsedInput<'stakeholders.move'>): Stakeholder[] {
  return writeTransaction(ctx, (events) => {
    const now = isoNow(ctx);
    const workshops = new Set<string>();
    const moved = input.moves.map((move) => {
      const current = findStakeholder(ctx, move.id);
      workshops.add(current.workshopId);
      ctx
        .sql('UPDATE stakeholders SET influence = ?, interest = ?, updated_at = ? WHERE id = ?')
        .run(roundScore(move.influence), roundScore(move.interest), now, move.id);
      return findStakeholder(ctx, move.id);
    });
    for (const workshopId of workshops) events.push(changed(workshopId));
    return moved;
  });
}

function sameWorkshop(items: readonly { workshopId: string }[]): string {
  const workshopId = items[0]!.workshopId;
  if (items.some((item) => item.workshopId !== workshopId)) {
    throw new CoreError('validation', 'errors.stakeholders.otherWorkshop');
  }
  return workshopId;
}

/** Deletes stakeholders with their relations and returns what was removed, for undo. */
export function deleteStakeholders(ctx: CoreContext, ids: readonly string[]): StakeholderSnapshot {
  return writeTransaction(ctx, (events) => {
    const stakeholders = [...new Set(ids)].map((id) => findStakeholder(ctx, id));
    const workshopId = sameWorkshop(stakeholders);
    const relations = new Map<string, RelationRow>();
    for (const s of stakeholders) {
      const rows = ctx
        .sql('SELECT * FROM stakeholder_relations WHERE source_id = ? OR target_id = ?')
        .all(s.id, s.id) as RelationRow[];
      for (const row of rows) relations.set(row.id, row);
    }
    for (const s of stakeholders) ctx.sql('DELETE FROM stakeholders WHERE id = ?').run(s.id);
    events.push(changed(workshopId));
    return { workshopId, stakeholders, relations: [...relations.values()].map(toRelation) };
  });
}

export function deleteRelations(ctx: CoreContext, ids: readonly string[]): StakeholderSnapshot {
  return writeTransaction(ctx, (events) => {
    const relations = [...new Set(ids)].map((id) => findRelation(ctx, id));
    const workshopId = sameWorkshop(relations);
    for (const r of relations) ctx.sql('DELETE FROM stakeholder_relations WHERE id = ?').run(r.id);
    events.push(changed(workshopId));
    return { workshopId, stakeholders: [], relations };
  });
}
