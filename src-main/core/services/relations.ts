import type { MethodParsedInput, Relation, StakeholderMap } from '../../contract';
import { roundStoredScore } from '../../shared/stakeholder-geometry';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError } from '../errors';
import { getStakeholderMap } from './stakeholders';
import { findRelation, findStakeholder, requireWorkshop } from './stakeholder-rows';

const changed = (workshopId: string) => ({ name: 'stakeholders.changed' as const, payload: { workshopId } });

export function createRelation(ctx: CoreContext, input: MethodParsedInput<'relations.create'>): Relation {
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    const source = findStakeholder(ctx, input.sourceId);
    const target = findStakeholder(ctx, input.targetId);
    if (source.workshopId !== target.workshopId) throw new CoreError('validation', 'errors.stakeholders.otherWorkshop');
    ctx
      .sql(
        `INSERT INTO stakeholder_relations (id, workshop_id, source_id, target_id, type, label, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, source.workshopId, source.id, target.id, input.type, input.label, isoNow(ctx));
    events.push(changed(source.workshopId));
  });
  return findRelation(ctx, id);
}

export function updateRelation(ctx: CoreContext, input: MethodParsedInput<'relations.update'>): Relation {
  // Read under the write lock: the unchanged half must not be an older copy.
  writeTransaction(ctx, (events) => {
    const current = findRelation(ctx, input.id);
    ctx
      .sql('UPDATE stakeholder_relations SET type = ?, label = ? WHERE id = ?')
      .run(input.type ?? current.type, input.label ?? current.label, input.id);
    events.push(changed(current.workshopId));
  });
  return findRelation(ctx, input.id);
}

function exists(ctx: CoreContext, table: 'stakeholders' | 'stakeholder_relations', id: string): boolean {
  return ctx.sql(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/**
 * Puts deleted stakeholders and relations back with their ids (undo). All or
 * nothing: an id that exists again or a relation to nowhere refuses the lot.
 */
export function restoreStakeholders(ctx: CoreContext, input: MethodParsedInput<'stakeholders.restore'>): StakeholderMap {
  const inWorkshop = (item: { workshopId: string }) => item.workshopId === input.workshopId;
  if (!input.stakeholders.every(inWorkshop) || !input.relations.every(inWorkshop)) {
    throw new CoreError('validation', 'errors.stakeholders.otherWorkshop');
  }
  writeTransaction(ctx, (events) => {
    requireWorkshop(ctx, input.workshopId);
    for (const s of input.stakeholders) {
      if (exists(ctx, 'stakeholders', s.id)) throw new CoreError('conflict', 'errors.conflict.alreadyExists');
      ctx
        .sql(
          `INSERT INTO stakeholders (id, workshop_id, name, category, influence, interest, attitude, target_attitude, closeness, notes, created_at, updated_at)
           VALUES (@id, @workshopId, @name, @category, @influence, @interest, @attitude, @targetAttitude, @closeness, @notes, @createdAt, @updatedAt)`,
        )
        .run({ ...s, influence: roundStoredScore(s.influence), interest: roundStoredScore(s.interest) });
    }
    for (const r of input.relations) {
      if (exists(ctx, 'stakeholder_relations', r.id)) throw new CoreError('conflict', 'errors.conflict.alreadyExists');
      const source = findStakeholder(ctx, r.sourceId);
      const target = findStakeholder(ctx, r.targetId);
      if (source.workshopId !== input.workshopId || target.workshopId !== input.workshopId || r.sourceId === r.targetId) {
        throw new CoreError('validation', 'errors.stakeholders.otherWorkshop');
      }
      ctx
        .sql(
          `INSERT INTO stakeholder_relations (id, workshop_id, source_id, target_id, type, label, created_at)
           VALUES (@id, @workshopId, @sourceId, @targetId, @type, @label, @createdAt)`,
        )
        .run(r);
    }
    events.push(changed(input.workshopId));
  });
  return getStakeholderMap(ctx, input.workshopId);
}
