import type { TFunction } from 'i18next';
import type {
  MarkerKind,
  ProcessDiagram,
  ProcessEdge,
  ProcessMarker,
  ProcessSnapshot,
  ProcessStep,
  Severity,
  StepKind,
} from '../../../src-main/contract';
import type { ApiClient } from '../../api/client';
import type { Command } from '../../lib/useUndoStack';

export type StepPatch = Partial<Pick<ProcessStep, 'label' | 'kind' | 'laneId' | 'x'>>;
export interface StepMove {
  id: string;
  laneId: string;
  x: number;
}

export interface ProcessActions {
  addStep: (input: { laneId: string; kind: StepKind; label: string; after?: string; edgeLabel?: string }) => Promise<ProcessStep>;
  updateStep: (id: string, patch: StepPatch) => Promise<void>;
  moveSteps: (moves: StepMove[]) => Promise<void>;
  removeSteps: (ids: string[]) => Promise<void>;
  connect: (sourceId: string, targetId: string, label: string) => Promise<ProcessEdge>;
  updateEdge: (id: string, patch: { label?: string; sourceId?: string; targetId?: string }) => Promise<void>;
  removeEdges: (ids: string[]) => Promise<void>;
  addMarker: (stepId: string, kind: MarkerKind, text: string, severity: Severity | null) => Promise<ProcessMarker>;
  updateMarker: (id: string, patch: { text?: string; severity?: Severity | null; kind?: MarkerKind }) => Promise<void>;
  removeMarkers: (ids: string[]) => Promise<void>;
  addLane: (name: string) => Promise<void>;
  updateLane: (id: string, patch: { name?: string; position?: number }) => Promise<void>;
  removeLane: (id: string, moveStepsTo: string | null) => Promise<void>;
  layout: () => Promise<void>;
}

export interface ProcessDeps {
  api: ApiClient;
  t: TFunction;
  diagram: ProcessDiagram;
  change: (fn: (d: ProcessDiagram) => ProcessDiagram) => void;
  push: (command: Command) => void;
  announce: (text: string) => void;
}

type DeleteMethod = 'process.steps.delete' | 'process.edges.delete' | 'process.markers.delete';

// As in the stakeholder map: each step is on the undo stack the moment it
// starts, so a quick Ctrl+Z takes back exactly that change.

async function after(pending: Promise<unknown>, step: () => Promise<unknown>): Promise<void> {
  await pending;
  await step();
}

/** Undo by deleting what was created; redo by restoring what that delete took away. */
function undoCreate(d: ProcessDeps, label: string, method: DeleteMethod, created: Promise<{ id: string }>): Command {
  let snapshot: ProcessSnapshot | null = null;
  return {
    label,
    undo: async () => {
      const { id } = await created;
      snapshot = await d.api.call(method, { ids: [id] });
    },
    redo: async () => {
      if (snapshot) await d.api.call('process.restore', snapshot);
    },
  };
}

/**
 * Undo a delete by restoring its snapshot; redo by deleting again. A redone
 * step delete draws new bridging arrows, so the next undo must use the
 * latest snapshot to remove exactly those.
 */
function undoDelete(d: ProcessDeps, label: string, pending: Promise<ProcessSnapshot>, redo: () => Promise<ProcessSnapshot>): Command {
  let latest = pending;
  return {
    label,
    undo: async () => void (await d.api.call('process.restore', await latest)),
    redo: async () => {
      latest = redo();
      await latest;
    },
  };
}

const without = <T extends { id: string }>(items: T[], ids: readonly string[]): T[] => items.filter((i) => !ids.includes(i.id));

export function stepActions(d: ProcessDeps): Pick<ProcessActions, 'addStep' | 'updateStep' | 'moveSteps' | 'removeSteps' | 'layout'> {
  const { api, t, diagram } = d;
  const find = (id: string) => diagram.steps.find((s) => s.id === id);
  return {
    async addStep(input) {
      const pending = api.call('process.steps.add', { diagramId: diagram.id, ...input });
      d.push(undoCreate(d, t('process.steps.add', { label: input.label.trim() }), 'process.steps.delete', pending.then((r) => r.step)));
      const { step, edge } = await pending;
      d.change((g) => ({ ...g, steps: [...g.steps, step], edges: edge ? [...g.edges, edge] : g.edges }));
      return step;
    },
    async updateStep(id, patch) {
      const current = find(id);
      if (!current) return;
      const before = Object.fromEntries(Object.keys(patch).map((k) => [k, current[k as keyof StepPatch]])) as StepPatch;
      d.change((g) => ({ ...g, steps: g.steps.map((s) => (s.id === id ? { ...s, ...patch } : s)) }));
      const pending = api.call('process.steps.update', { id, ...patch });
      d.push({
        label: t('process.steps.update', { label: patch.label ?? current.label }),
        undo: () => after(pending, () => api.call('process.steps.update', { id, ...before })),
        redo: async () => void (await api.call('process.steps.update', { id, ...patch })),
      });
      await pending;
    },
    async moveSteps(moves) {
      const before = moves.flatMap((m) => {
        const s = find(m.id);
        return s ? [{ id: s.id, laneId: s.laneId, x: s.x }] : [];
      });
      const byId = new Map(moves.map((m) => [m.id, m]));
      d.change((g) => ({ ...g, steps: g.steps.map((s) => ({ ...s, ...(byId.get(s.id) ?? {}) })) }));
      const pending = api.call('process.steps.move', { moves });
      d.push({
        label: moves.length === 1 ? t('process.steps.move', { label: find(moves[0]!.id)?.label ?? '' }) : t('process.steps.moveMany', { count: moves.length }),
        undo: () => after(pending, () => api.call('process.steps.move', { moves: before })),
        redo: async () => void (await api.call('process.steps.move', { moves })),
      });
      await pending;
    },
    async removeSteps(ids) {
      const label = ids.length === 1 ? t('process.steps.remove', { label: find(ids[0]!)?.label ?? '' }) : t('process.steps.removeMany', { count: ids.length });
      d.change((g) => ({
        ...g,
        steps: without(g.steps, ids),
        edges: g.edges.filter((e) => !ids.includes(e.sourceId) && !ids.includes(e.targetId)),
        markers: g.markers.filter((m) => !ids.includes(m.stepId)),
      }));
      const pending = api.call('process.steps.delete', { ids });
      d.push(undoDelete(d, label, pending, () => api.call('process.steps.delete', { ids })));
      const { bridges = [] } = await pending;
      if (bridges.length > 0) d.change((g) => ({ ...g, edges: [...g.edges, ...bridges] }));
      d.announce(t(bridges.length > 0 ? 'process.removedBridged' : 'process.removed', { what: label }));
    },
    async layout() {
      const before = diagram.steps.map((s) => ({ id: s.id, laneId: s.laneId, x: s.x }));
      const pending = api.call('process.layout', { diagramId: diagram.id });
      d.push({
        label: t('process.steps.layout'),
        undo: () => after(pending, () => api.call('process.steps.move', { moves: before })),
        redo: async () => void (await api.call('process.layout', { diagramId: diagram.id })),
      });
      const laid = await pending;
      const byId = new Map(laid.map((s) => [s.id, s]));
      d.change((g) => ({ ...g, steps: g.steps.map((s) => byId.get(s.id) ?? s) }));
      d.announce(t('process.laidOut'));
    },
  };
}

export function edgeMarkerActions(d: ProcessDeps): Pick<ProcessActions, 'connect' | 'updateEdge' | 'removeEdges' | 'addMarker' | 'updateMarker' | 'removeMarkers'> {
  const { api, t, diagram } = d;
  return {
    async connect(sourceId, targetId, label) {
      const pending = api.call('process.edges.add', { sourceId, targetId, label });
      d.push(undoCreate(d, t('process.steps.connect'), 'process.edges.delete', pending));
      const edge = await pending;
      d.change((g) => ({ ...g, edges: [...g.edges, edge] }));
      return edge;
    },
    async updateEdge(id, patch) {
      const current = diagram.edges.find((e) => e.id === id);
      if (!current) return;
      const before = { label: current.label, sourceId: current.sourceId, targetId: current.targetId };
      d.change((g) => ({ ...g, edges: g.edges.map((e) => (e.id === id ? { ...e, ...patch } : e)) }));
      const pending = api.call('process.edges.update', { id, ...patch });
      d.push({ label: t('process.steps.updateEdge'), undo: () => after(pending, () => api.call('process.edges.update', { id, ...before })), redo: async () => void (await api.call('process.edges.update', { id, ...patch })) });
      await pending;
    },
    async removeEdges(ids) {
      d.change((g) => ({ ...g, edges: without(g.edges, ids) }));
      const pending = api.call('process.edges.delete', { ids });
      d.push(undoDelete(d, t('process.steps.removeEdge'), pending, () => api.call('process.edges.delete', { ids })));
      await pending;
    },
    async addMarker(stepId, kind, text, severity) {
      const pending = api.call('process.markers.add', { stepId, kind, text, severity });
      d.push(undoCreate(d, t('process.steps.addMarker'), 'process.markers.delete', pending));
      const marker = await pending;
      d.change((g) => ({ ...g, markers: [...g.markers, marker] }));
      return marker;
    },
    async updateMarker(id, patch) {
      const current = diagram.markers.find((m) => m.id === id);
      if (!current) return;
      const before = { text: current.text, severity: current.severity, kind: current.kind };
      d.change((g) => ({ ...g, markers: g.markers.map((m) => (m.id === id ? { ...m, ...patch } : m)) }));
      const pending = api.call('process.markers.update', { id, ...patch });
      d.push({ label: t('process.steps.updateMarker'), undo: () => after(pending, () => api.call('process.markers.update', { id, ...before })), redo: async () => void (await api.call('process.markers.update', { id, ...patch })) });
      await pending;
    },
    async removeMarkers(ids) {
      d.change((g) => ({ ...g, markers: without(g.markers, ids) }));
      const pending = api.call('process.markers.delete', { ids });
      d.push(undoDelete(d, t('process.steps.removeMarker'), pending, () => api.call('process.markers.delete', { ids })));
      await pending;
    },
  };
}

export function laneActions(d: ProcessDeps): Pick<ProcessActions, 'addLane' | 'updateLane' | 'removeLane'> {
  const { api, t, diagram } = d;
  return {
    async addLane(name) {
      const pending = api.call('process.lanes.add', { diagramId: diagram.id, name });
      let snapshot: ProcessSnapshot | null = null;
      d.push({
        label: t('process.steps.addLane', { name }),
        undo: async () => {
          const lane = await pending;
          snapshot = await api.call('process.lanes.delete', { id: lane.id, moveStepsTo: null });
        },
        redo: async () => {
          if (snapshot) await api.call('process.restore', snapshot);
        },
      });
      const lane = await pending;
      d.change((g) => ({ ...g, lanes: [...g.lanes, lane] }));
    },
    async updateLane(id, patch) {
      const current = diagram.lanes.find((l) => l.id === id);
      if (!current) return;
      const before = { name: current.name, position: current.position };
      const pending = api.call('process.lanes.update', { id, ...patch });
      d.push({ label: t('process.steps.updateLane'), undo: () => after(pending, () => api.call('process.lanes.update', { id, ...before })), redo: async () => void (await api.call('process.lanes.update', { id, ...patch })) });
      const lanes = await pending;
      d.change((g) => ({ ...g, lanes }));
    },
    async removeLane(id, moveStepsTo) {
      const name = diagram.lanes.find((l) => l.id === id)?.name ?? '';
      const pending = api.call('process.lanes.delete', { id, moveStepsTo });
      d.push(undoDelete(d, t('process.steps.removeLane', { name }), pending, () => api.call('process.lanes.delete', { id, moveStepsTo })));
      await pending;
      d.announce(t('process.removed', { what: t('process.steps.removeLane', { name }) }));
    },
  };
}
