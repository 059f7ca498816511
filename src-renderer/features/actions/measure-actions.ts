import type { TFunction } from 'i18next';
import type { ActionPlan, Measure, MeasureSnapshot, MethodInput } from '../../../src-main/contract';
import { isOverdue } from '../../../src-main/shared/measure-dates';
import type { ApiClient } from '../../api/client';
import type { Command } from '../../lib/useUndoStack';

export type NewMeasure = Omit<MethodInput<'measures.create'>, 'workshopId'>;
export type MeasurePatch = Omit<MethodInput<'measures.update'>, 'id'>;
export type FollowUp = MethodInput<'measures.followUp'>;

export interface MeasureActions {
  create: (fields: NewMeasure) => Promise<Measure>;
  update: (id: string, patch: MeasurePatch) => Promise<void>;
  followUp: (input: FollowUp) => Promise<Measure>;
  remove: (ids: string[]) => Promise<void>;
}

export interface ActionDeps {
  api: ApiClient;
  t: TFunction;
  workshopId: string;
  plan: ActionPlan | undefined;
  /** Applies a change to the optimistic copy at once. */
  change: (fn: (plan: ActionPlan) => ActionPlan) => void;
  push: (command: Command) => void;
  announce: (text: string) => void;
}

/** Fields a patch can show at once; the origin needs the core to look it up. */
function patchLocal(plan: ActionPlan, id: string, patch: MeasurePatch): ActionPlan {
  const { origin: _origin, ...fields } = patch;
  return {
    ...plan,
    measures: plan.measures.map((m) => {
      if (m.id !== id) return m;
      const next: Measure = { ...m, ...fields };
      return { ...next, overdue: isOverdue(next, plan.today) };
    }),
  };
}

/** The fields of a measure that a patch touches, as they are now: what undo writes back. */
function before(measure: Measure, patch: MeasurePatch): MeasurePatch {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) {
    if (key === 'origin') {
      const o = measure.origin;
      result.origin = o && o.exists ? { kind: o.kind, id: o.id, ...(o.kind === 'note' ? { excerpt: o.label } : {}) } : null;
    } else result[key] = measure[key as keyof Measure];
  }
  return result;
}

async function after(pending: Promise<unknown>, step: () => Promise<unknown>): Promise<void> {
  await pending;
  await step();
}

/** Create, change, follow up and delete measures; every change but a follow-up lands on the undo stack. */
export function measureActions(d: ActionDeps): MeasureActions {
  const { api, t } = d;
  const find = (id: string) => d.plan?.measures.find((m) => m.id === id);
  return {
    async create(fields) {
      const pending = api.call('measures.create', { workshopId: d.workshopId, ...fields });
      let snapshot: MeasureSnapshot | null = null;
      d.push({
        label: t('actions.steps.create', { title: fields.title.trim() }),
        undo: async () => {
          snapshot = await api.call('measures.delete', { ids: [(await pending).id] });
        },
        redo: async () => {
          if (snapshot) await api.call('measures.restore', snapshot);
        },
      });
      const created = await pending;
      d.change((p) => ({ ...p, measures: [...p.measures, created] }));
      return created;
    },
    async update(id, patch) {
      const current = find(id);
      if (!current) return;
      const previous = before(current, patch);
      d.change((p) => patchLocal(p, id, patch));
      const pending = api.call('measures.update', { id, ...patch });
      const label =
        patch.status !== undefined && Object.keys(patch).length === 1
          ? t('actions.steps.move', { title: current.title, status: t(`actions.statuses.${patch.status}`) })
          : t('actions.steps.update', { title: patch.title ?? current.title });
      d.push({
        label,
        undo: () => after(pending, () => api.call('measures.update', { id, ...previous })),
        redo: async () => void (await api.call('measures.update', { id, ...patch })),
      });
      await pending;
    },
    async followUp(input) {
      const updated = await api.call('measures.followUp', input);
      d.change((p) => ({ ...p, measures: p.measures.map((m) => (m.id === updated.id ? updated : m)) }));
      return updated;
    },
    async remove(ids) {
      const title = find(ids[0]!)?.title ?? '';
      d.change((p) => ({ ...p, measures: p.measures.filter((m) => !ids.includes(m.id)) }));
      const pending = api.call('measures.delete', { ids });
      const label = ids.length === 1 ? t('actions.steps.remove', { title }) : t('actions.steps.removeMany', { count: ids.length });
      d.push({
        label,
        undo: async () => void (await api.call('measures.restore', await pending)),
        redo: async () => void (await api.call('measures.delete', { ids })),
      });
      await pending;
      d.announce(t('actions.removed', { what: label }));
    },
  };
}
