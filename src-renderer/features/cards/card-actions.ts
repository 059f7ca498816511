import type { TFunction } from 'i18next';
import type { Card, CardBoard, CardColor, CardSnapshot, Cluster } from '../../../src-main/contract';
import type { ApiClient } from '../../api/client';
import type { Command } from '../../lib/useUndoStack';
import { upsertCard } from './board-patch';

export interface NewCard {
  text: string;
  color: CardColor;
  author: string;
  clusterId: string | null;
}
export type CardPatch = Partial<Pick<Card, 'text' | 'color' | 'author'>>;

export interface CardActions {
  add: (card: NewCard) => Promise<Card>;
  update: (id: string, patch: CardPatch) => Promise<void>;
  remove: (ids: string[]) => Promise<void>;
  move: (ids: string[], clusterId: string | null) => Promise<void>;
  addCluster: (name: string, cardIds: string[]) => Promise<Cluster>;
  renameCluster: (id: string, name: string) => Promise<void>;
  removeCluster: (id: string) => Promise<void>;
}

export interface CardDeps {
  api: ApiClient;
  t: TFunction;
  phaseId: string;
  /** The board as shown when the action runs. */
  board: () => CardBoard | undefined;
  change: (fn: (board: CardBoard) => CardBoard) => void;
  push: (command: Command) => void;
  announce: (text: string) => void;
}

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Moves cards back where they were, one call per former cluster. */
async function moveBack(api: ApiClient, before: readonly Card[]): Promise<void> {
  const byCluster = new Map<string | null, string[]>();
  for (const c of before) byCluster.set(c.clusterId, [...(byCluster.get(c.clusterId) ?? []), c.id]);
  for (const [clusterId, ids] of byCluster) await api.call('cards.move', { ids, clusterId });
}

/** Groups: create (with cards), rename, dissolve (the cards stay). */
function clusterActions(d: CardDeps): Pick<CardActions, 'addCluster' | 'renameCluster' | 'removeCluster'> {
  const { api, t, phaseId } = d;
  return {
    async addCluster(name, cardIds) {
      const cluster = await api.call('clusters.add', { phaseId, name, cardIds });
      d.change((b) => ({ ...b, clusters: [...b.clusters, cluster], cards: b.cards.map((c) => (cardIds.includes(c.id) ? { ...c, clusterId: cluster.id } : c)) }));
      let snapshot: CardSnapshot | null = null;
      d.push({
        label: t('cards.steps.addCluster', { name: cluster.name }),
        undo: async () => {
          snapshot = await api.call('clusters.delete', { id: cluster.id });
        },
        redo: async () => {
          if (snapshot) await api.call('cards.restore', snapshot);
        },
      });
      return cluster;
    },
    async renameCluster(id, name) {
      const previous = d.board()?.clusters.find((c) => c.id === id)?.name;
      d.change((b) => ({ ...b, clusters: b.clusters.map((c) => (c.id === id ? { ...c, name } : c)) }));
      await api.call('clusters.rename', { id, name });
      if (!previous) return;
      d.push({
        label: t('cards.steps.renameCluster', { name }),
        undo: async () => void (await api.call('clusters.rename', { id, name: previous })),
        redo: async () => void (await api.call('clusters.rename', { id, name })),
      });
    },
    async removeCluster(id) {
      const name = d.board()?.clusters.find((c) => c.id === id)?.name ?? '';
      d.change((b) => ({ ...b, clusters: b.clusters.filter((c) => c.id !== id), cards: b.cards.map((c) => (c.clusterId === id ? { ...c, clusterId: null } : c)) }));
      const snapshot = await api.call('clusters.delete', { id });
      const label = t('cards.steps.removeCluster', { name });
      d.push({
        label,
        undo: async () => void (await api.call('cards.restore', snapshot)),
        redo: async () => void (await api.call('clusters.delete', { id })),
      });
      d.announce(t('cards.removed', { what: label }));
    },
  };
}

/** Every change to the cards of a phase: shown at once, saved right away, and undoable. */
export function cardActions(d: CardDeps): CardActions {
  const { api, t, phaseId } = d;
  const cardsById = (ids: readonly string[]): Card[] => d.board()?.cards.filter((c) => ids.includes(c.id)) ?? [];
  return {
    async add(card) {
      const created = await api.call('cards.add', { phaseId, ...card });
      // The event with the same card may have come first: put in, not added twice.
      d.change((b) => ({ ...b, cards: upsertCard(b.cards, created) }));
      let snapshot: CardSnapshot | null = null;
      d.push({
        label: t('cards.steps.add', { text: short(created.text) }),
        undo: async () => {
          snapshot = await api.call('cards.delete', { ids: [created.id] });
        },
        redo: async () => {
          if (snapshot) await api.call('cards.restore', snapshot);
        },
      });
      return created;
    },
    async update(id, patch) {
      const current = cardsById([id])[0];
      if (!current) return;
      const previous: CardPatch = Object.fromEntries(Object.keys(patch).map((k) => [k, current[k as keyof CardPatch]]));
      d.change((b) => ({ ...b, cards: b.cards.map((c) => (c.id === id ? { ...c, ...patch } : c)) }));
      await api.call('cards.update', { id, ...patch });
      d.push({
        label: t('cards.steps.update', { text: short(patch.text ?? current.text) }),
        undo: async () => void (await api.call('cards.update', { id, ...previous })),
        redo: async () => void (await api.call('cards.update', { id, ...patch })),
      });
    },
    async remove(ids) {
      const first = cardsById(ids)[0];
      d.change((b) => ({ ...b, cards: b.cards.filter((c) => !ids.includes(c.id)) }));
      const snapshot = await api.call('cards.delete', { ids });
      const label = ids.length === 1 ? t('cards.steps.remove', { text: short(first?.text ?? '') }) : t('cards.steps.removeMany', { count: ids.length });
      d.push({
        label,
        undo: async () => void (await api.call('cards.restore', snapshot)),
        redo: async () => void (await api.call('cards.delete', { ids })),
      });
      d.announce(t('cards.removed', { what: label }));
    },
    async move(ids, clusterId) {
      const before = cardsById(ids);
      d.change((b) => ({ ...b, cards: b.cards.map((c) => (ids.includes(c.id) ? { ...c, clusterId } : c)) }));
      await api.call('cards.move', { ids, clusterId });
      const target = clusterId ? (d.board()?.clusters.find((c) => c.id === clusterId)?.name ?? '') : t('cards.unclustered');
      d.push({
        label: t('cards.steps.move', { count: ids.length, target }),
        undo: () => moveBack(api, before),
        redo: async () => void (await api.call('cards.move', { ids, clusterId })),
      });
    },
    ...clusterActions(d),
  };
}
