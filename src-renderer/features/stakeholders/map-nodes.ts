import { type Edge, MarkerType } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { Attitude, Relation, Stakeholder, StakeholderMap } from '../../../src-main/contract';
import { type Point, placedQuadrant } from '../../../src-main/shared/stakeholder-geometry';
import { RELATION_STYLES } from '../../../src-main/shared/stakeholder-style';
import type { MapLayout, StackPlace } from './grid-layout';
import type { RelationFlowEdge } from './RelationEdge';
import type { StakeholderFlowNode } from './StakeholderNode';

export { type MapView, layoutPositions } from './grid-layout';

/** 3.5 → "3,5" in German, "3.5" in English (scores always have one decimal); no value → "". */
export function formatScore(value: number | null, language: string): string {
  if (value === null) return '';
  const text = value.toFixed(1);
  return language === 'en' ? text : text.replace('.', ',');
}

/**
 * A catalogue sentence with {{placeholders}} as a plain function: i18next's
 * interpolation is too slow to run for hundreds of boxes on every change.
 */
export function sentence<K extends string>(t: TFunction, key: string, names: readonly K[]): (values: Record<K, string>) => string {
  const lookup = t as unknown as (key: string, options: Record<string, string>) => string;
  const template = lookup(key, Object.fromEntries(names.map((n) => [n, `{{${n}}}`])));
  return (values) => template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name as K] ?? match);
}

/** Looks each fixed text up once per render, not once per box (hundreds of boxes). */
function cachedLookup(t: TFunction): (key: string) => string {
  const cache = new Map<string, string>();
  const lookup = t as unknown as (key: string) => string;
  return (key) => {
    let text = cache.get(key);
    if (text === undefined) {
      text = lookup(key);
      cache.set(key, text);
    }
    return text;
  };
}

const wantedSentences = new WeakMap<TFunction, (values: { attitude: string }) => string>();
function wanted(t: TFunction): (values: { attitude: string }) => string {
  let fill = wantedSentences.get(t);
  if (!fill) {
    fill = sentence(t, 'stakeholders.nodeWanted', ['attitude'] as const);
    wantedSentences.set(t, fill);
  }
  return fill;
}

const NODE_LABEL_PARTS = ['name', 'category', 'influence', 'interest', 'quadrant', 'attitude', 'wanted', 'closeness'] as const;

export function nodeAriaLabel(
  s: Stakeholder,
  t: TFunction,
  language: string,
  label: (key: string) => string = cachedLookup(t),
  fill = sentence(t, 'stakeholders.nodeLabel', NODE_LABEL_PARTS),
): string {
  const quadrant = placedQuadrant(s);
  const missing = label('stakeholders.noValue');
  return fill({
    name: s.name,
    category: label(`domain.categories.${s.category}`),
    influence: formatScore(s.influence, language) || missing,
    interest: formatScore(s.interest, language) || missing,
    quadrant: quadrant ? label(`domain.quadrants.${quadrant}`) : label('stakeholders.tray.heading'),
    attitude: label(`domain.attitudes.${s.attitude}`),
    wanted: s.targetAttitude !== s.attitude ? wanted(t)({ attitude: label(`domain.attitudes.${s.targetAttitude}`) }) : '',
    closeness: label(`domain.closeness.${s.closeness}`),
  });
}

export interface NodeContext {
  layout: MapLayout;
  /** The attitude words in the UI language, shared by every box. */
  attitudes: Record<Attitude, string>;
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
  const label = cachedLookup(ctx.t);
  const fill = sentence(ctx.t, 'stakeholders.nodeLabel', NODE_LABEL_PARTS);
  const roleDescription = ctx.t('stakeholders.nodeRole');
  const stackWords = sentence(ctx.t, 'stakeholders.stackLabel', ['count'] as const);
  return map.stakeholders.flatMap((s) => {
    const position = ctx.layout.positions.get(s.id);
    // Not yet placed: no box on the grid (it waits in the tray beside the map).
    if (!position) return [];
    const trueAt = ctx.layout.anchors.get(s.id);
    const anchor: Point | undefined = trueAt ? { x: trueAt.x - position.x, y: trueAt.y - position.y } : undefined;
    const stack = ctx.layout.stacks.get(s.id);
    const selected = ctx.selected.has(s.id);
    const old = byId.get(s.id);
    if (
      old &&
      old.data.stakeholder === s &&
      old.data.attitudes === ctx.attitudes &&
      old.data.anchor?.x === anchor?.x &&
      old.data.anchor?.y === anchor?.y &&
      sameStack(old.data.stack, stack) &&
      old.selected === selected &&
      old.position.x === position.x &&
      old.position.y === position.y
    ) {
      return [old];
    }
    const base = nodeAriaLabel(s, ctx.t, ctx.language, label, fill);
    const node: StakeholderFlowNode = {
      ...(old ?? {}),
      id: s.id,
      type: 'stakeholder',
      position,
      selected,
      // The top box of a stack lies above the others; an open stack above everything.
      zIndex: stack ? (stack.open ? 1000 : 0) + stack.count - stack.index : 0,
      data: { stakeholder: s, attitudes: ctx.attitudes, anchor, stack },
      ariaLabel: stack ? `${base} ${stackWords({ count: String(stack.count) })}` : base,
      domAttributes: { 'aria-describedby': ctx.helpId, 'aria-roledescription': roleDescription },
    };
    return [node];
  });
}

function sameStack(a: StackPlace | undefined, b: StackPlace | undefined): boolean {
  return a === b || (!!a && !!b && a.cluster === b.cluster && a.index === b.index && a.count === b.count && a.open === b.open);
}

/** The words of a relation ("beeinflusst: Budget"), looked up once per kind. */
export function relationText(r: Relation, label: (key: string) => string): string {
  const kind = label(`domain.relationTypes.${r.type}`);
  return r.label ? `${kind}: ${r.label}` : kind;
}

/** The lines between boxes; a relation to someone not drawn (not yet placed) has no line. */
export function relationEdges(map: StakeholderMap, t: TFunction, selectedId: string | null, drawn: ReadonlyMap<string, Point>): RelationFlowEdge[] {
  const label = cachedLookup(t);
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const roleDescription = t('stakeholders.edgeRole');
  return map.relations.filter((r) => drawn.has(r.sourceId) && drawn.has(r.targetId)).map((r) => {
    const style = RELATION_STYLES[r.type];
    const edge: Edge<{ relation: Relation; text: string }, 'relation'> = {
      id: r.id,
      type: 'relation',
      source: r.sourceId,
      target: r.targetId,
      selected: r.id === selectedId,
      data: { relation: r, text: relationText(r, label) },
      ariaLabel: `${names.get(r.sourceId) ?? ''} ${label(`domain.relationTypes.${r.type}`)} ${names.get(r.targetId) ?? ''}`,
      domAttributes: { 'aria-roledescription': roleDescription },
    };
    if (style.arrow) edge.markerEnd = { type: MarkerType.ArrowClosed, color: style.color, width: 18, height: 18 };
    return edge;
  });
}
