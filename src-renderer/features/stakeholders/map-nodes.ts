import { type Edge, MarkerType } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { Relation, Stakeholder, StakeholderMap } from '../../../src-main/contract';
import {
  type Point,
  nudgeApart,
  onionLayout,
  quadrantOf,
  scoresToPoint,
} from '../../../src-main/shared/stakeholder-geometry';
import { RELATION_STYLES } from '../../../src-main/shared/stakeholder-style';
import type { RelationFlowEdge } from './RelationEdge';
import type { StakeholderFlowNode } from './StakeholderNode';

export type MapView = 'grid' | 'onion';

/** Where each box is drawn: its values (grid) or its ring (onion), nudged so none overlap. */
export function layoutPositions(stakeholders: readonly Stakeholder[], view: MapView): Map<string, Point> {
  if (view === 'onion') return onionLayout(stakeholders);
  return nudgeApart(stakeholders.map((s) => ({ id: s.id, ...scoresToPoint(s) })));
}

export const formatScore = (value: number, language: string): string =>
  value.toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function nodeAriaLabel(s: Stakeholder, t: TFunction, language: string): string {
  return t('stakeholders.nodeLabel', {
    name: s.name,
    category: t(`domain.categories.${s.category}`),
    influence: formatScore(s.influence, language),
    interest: formatScore(s.interest, language),
    quadrant: t(`domain.quadrants.${quadrantOf(s)}`),
    attitude: t(`domain.attitudes.${s.attitude}`),
    wanted: s.targetAttitude !== s.attitude ? t('stakeholders.nodeWanted', { attitude: t(`domain.attitudes.${s.targetAttitude}`) }) : '',
    closeness: t(`domain.closeness.${s.closeness}`),
  });
}

export interface NodeContext {
  positions: Map<string, Point>;
  selected: ReadonlySet<string>;
  t: TFunction;
  language: string;
  helpId: string;
}

/**
 * Brings the flow's nodes in line with the data, reusing every node object
 * that did not change: React Flow then re-renders only what moved.
 */
export function syncNodes(previous: readonly StakeholderFlowNode[], map: StakeholderMap, ctx: NodeContext): StakeholderFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return map.stakeholders.map((s) => {
    const position = ctx.positions.get(s.id) ?? scoresToPoint(s);
    const selected = ctx.selected.has(s.id);
    const old = byId.get(s.id);
    if (old && old.data.stakeholder === s && old.selected === selected && old.position.x === position.x && old.position.y === position.y) {
      return old;
    }
    return {
      ...(old ?? {}),
      id: s.id,
      type: 'stakeholder',
      position,
      selected,
      data: { stakeholder: s },
      ariaLabel: nodeAriaLabel(s, ctx.t, ctx.language),
      domAttributes: { 'aria-describedby': ctx.helpId, 'aria-roledescription': ctx.t('stakeholders.nodeRole') },
    };
  });
}

export function relationEdge(r: Relation, names: Map<string, string>, t: TFunction, selected: boolean): RelationFlowEdge {
  const style = RELATION_STYLES[r.type];
  const edge: Edge<{ relation: Relation }, 'relation'> = {
    id: r.id,
    type: 'relation',
    source: r.sourceId,
    target: r.targetId,
    selected,
    data: { relation: r },
    ariaLabel: `${names.get(r.sourceId) ?? ''} ${t(`domain.relationTypes.${r.type}`)} ${names.get(r.targetId) ?? ''}`,
    domAttributes: { 'aria-roledescription': t('stakeholders.edgeRole') },
  };
  if (style.arrow) edge.markerEnd = { type: MarkerType.ArrowClosed, color: style.color, width: 18, height: 18 };
  return edge;
}
