import type { TFunction } from 'i18next';
import type { Relation, RelationType, Stakeholder, StakeholderMap, StakeholderSnapshot } from '../../../src-main/contract';
import type { ApiClient } from '../../api/client';
import type { Command } from '../../lib/useUndoStack';

export type StakeholderPatch = Partial<Omit<Stakeholder, 'id' | 'workshopId' | 'createdAt' | 'updatedAt'>>;
export type NewStakeholder = StakeholderPatch & { name: string };
export interface Move {
  id: string;
  influence: number;
  interest: number;
}

export interface StakeholderActions {
  create: (fields: NewStakeholder) => Promise<Stakeholder>;
  update: (id: string, patch: StakeholderPatch) => Promise<void>;
  move: (moves: Move[]) => Promise<void>;
  remove: (ids: string[]) => Promise<void>;
  connect: (sourceId: string, targetId: string, type: RelationType, label: string) => Promise<Relation>;
  updateRelation: (id: string, patch: { type?: RelationType; label?: string }) => Promise<void>;
  removeRelations: (ids: string[]) => Promise<void>;
}

export interface ActionDeps {
  api: ApiClient;
  t: TFunction;
  workshopId: string;
  map: StakeholderMap | undefined;
  /** Applies a change to the optimistic copy at once. */
  change: (fn: (m: StakeholderMap) => StakeholderMap) => void;
  push: (command: Command) => void;
  announce: (text: string) => void;
}

const pick = <T extends object>(source: T, keys: readonly string[]): Partial<T> =>
  Object.fromEntries(keys.map((k) => [k, source[k as keyof T]])) as Partial<T>;

function patchLocal(map: StakeholderMap, id: string, patch: StakeholderPatch): StakeholderMap {
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

// Every step goes onto the undo stack the moment it starts, not when the core
// answers: a quick Ctrl+Z right after a change must take back that change.

/** Runs a step once the change it takes back has landed. */
async function after(pending: Promise<unknown>, step: () => Promise<unknown>): Promise<void> {
  await pending;
  await step();
}

/** Undo by deleting what was created, redo by restoring what the delete took away. */
function removable(d: ActionDeps, label: string, kind: 'stakeholders' | 'relations', created: Promise<{ id: string }>): Command {
  let snapshot: StakeholderSnapshot | null = null;
  return {
    label,
    undo: async () => {
      const { id } = await created;
      snapshot = await d.api.call(kind === 'stakeholders' ? 'stakeholders.delete' : 'relations.delete', { ids: [id] });
    },
    redo: async () => {
      if (snapshot) await d.api.call('stakeholders.restore', snapshot);
    },
  };
}

/** Create, change, move and delete stakeholders; each step lands on the undo stack. */
export function stakeholderActions(d: ActionDeps): Pick<StakeholderActions, 'create' | 'update' | 'move' | 'remove'> {
  const { api, t } = d;
  const find = (id: string) => d.map?.stakeholders.find((s) => s.id === id);
  return {
    async create(fields) {
      const pending = api.call('stakeholders.create', { workshopId: d.workshopId, ...fields });
      d.push(removable(d, t('stakeholders.steps.create', { name: fields.name.trim() }), 'stakeholders', pending));
      const created = await pending;
      d.change((m) => ({ ...m, stakeholders: [...m.stakeholders, created] }));
      return created;
    },
    async update(id, patch) {
      const current = find(id);
      if (!current) return;
      const before = pick(current, Object.keys(patch));
      d.change((m) => patchLocal(m, id, patch));
      const pending = api.call('stakeholders.update', { id, ...patch });
      d.push({
        label: t('stakeholders.steps.update', { name: patch.name ?? current.name }),
        undo: () => after(pending, () => api.call('stakeholders.update', { id, ...before })),
        redo: async () => void (await api.call('stakeholders.update', { id, ...patch })),
      });
      await pending;
    },
    async move(moves) {
      const before = moves.flatMap((mv) => {
        const s = find(mv.id);
        return s ? [{ id: s.id, influence: s.influence, interest: s.interest }] : [];
      });
      d.change((m) => moves.reduce((acc, mv) => patchLocal(acc, mv.id, mv), m));
      const pending = api.call('stakeholders.move', { moves });
      // Undo of a first placement takes the values away again: back into the tray.
      const placedBefore = before.filter((b): b is Move => b.influence !== null && b.interest !== null);
      const undoMove = async (): Promise<void> => {
        if (placedBefore.length > 0) await api.call('stakeholders.move', { moves: placedBefore });
        for (const b of before) if (b.influence === null || b.interest === null) await api.call('stakeholders.update', b);
      };
      d.push({
        label: moves.length === 1 ? t('stakeholders.steps.move', { name: find(moves[0]!.id)?.name ?? '' }) : t('stakeholders.steps.moveMany', { count: moves.length }),
        undo: () => after(pending, undoMove),
        redo: async () => void (await api.call('stakeholders.move', { moves })),
      });
      await pending;
    },
    async remove(ids) {
      d.change((m) => ({
        ...m,
        stakeholders: m.stakeholders.filter((s) => !ids.includes(s.id)),
        relations: m.relations.filter((r) => !ids.includes(r.sourceId) && !ids.includes(r.targetId)),
      }));
      const name = find(ids[0]!)?.name ?? '';
      const pending = api.call('stakeholders.delete', { ids });
      const label = ids.length === 1 ? t('stakeholders.steps.remove', { name }) : t('stakeholders.steps.removeMany', { count: ids.length });
      d.push({
        label,
        undo: async () => void (await api.call('stakeholders.restore', await pending)),
        redo: async () => void (await api.call('stakeholders.delete', { ids })),
      });
      await pending;
      d.announce(t('stakeholders.removed', { what: label }));
    },
  };
}

/** Connect, change and remove relations; each step lands on the undo stack. */
export function relationActions(d: ActionDeps): Pick<StakeholderActions, 'connect' | 'updateRelation' | 'removeRelations'> {
  const { api, t } = d;
  const nameOf = (id: string): string => d.map?.stakeholders.find((s) => s.id === id)?.name ?? '';
  return {
    async connect(sourceId, targetId, type, label) {
      const pending = api.call('relations.create', { sourceId, targetId, type, label });
      d.push(removable(d, t('stakeholders.steps.connect', { from: nameOf(sourceId), to: nameOf(targetId) }), 'relations', pending));
      const relation = await pending;
      d.change((m) => ({ ...m, relations: [...m.relations, relation] }));
      return relation;
    },
    async updateRelation(id, patch) {
      const current = d.map?.relations.find((r) => r.id === id);
      if (!current) return;
      const before = { type: current.type, label: current.label };
      d.change((m) => ({ ...m, relations: m.relations.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
      const pending = api.call('relations.update', { id, ...patch });
      d.push({
        label: t('stakeholders.steps.updateRelation'),
        undo: () => after(pending, () => api.call('relations.update', { id, ...before })),
        redo: async () => void (await api.call('relations.update', { id, ...patch })),
      });
      await pending;
    },
    async removeRelations(ids) {
      d.change((m) => ({ ...m, relations: m.relations.filter((r) => !ids.includes(r.id)) }));
      const pending = api.call('relations.delete', { ids });
      d.push({
        label: t('stakeholders.steps.removeRelation'),
        undo: async () => void (await api.call('stakeholders.restore', await pending)),
        redo: async () => void (await api.call('relations.delete', { ids })),
      });
      await pending;
    },
  };
}
