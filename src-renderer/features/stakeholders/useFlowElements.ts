import type { EdgeChange, NodeChange } from '@xyflow/react';
import { type FocusEvent, type MouseEvent as ReactMouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../src-main/contract';
import { domainLabels } from '../../../src-main/shared/labels';
import { useCanvasSync } from '../canvas/useCanvasSync';
import type { MapSelection } from './MapCanvas';
import { type MapView, layoutPositions, relationEdges, syncNodes } from './map-nodes';
import type { RelationFlowEdge } from './RelationEdge';
import type { StakeholderFlowNode } from './StakeholderNode';

interface FlowElements {
  nodes: StakeholderFlowNode[];
  edges: RelationFlowEdge[];
  onNodesChange: (changes: NodeChange<StakeholderFlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<RelationFlowEdge>[]) => void;
  /** Puts every box back where its values say (after a drag was turned into values). */
  resync: () => void;
  stacks: StackHandlers;
}

export interface StackHandlers {
  onNodeMouseEnter: (event: ReactMouseEvent, node: StakeholderFlowNode) => void;
  onNodeMouseLeave: () => void;
  onFocus: (event: FocusEvent) => void;
  onBlur: () => void;
}

/**
 * React Flow's nodes and edges for the map, following the data and the
 * selection both ways; a stack of people with the same values spreads out
 * while the pointer or the focus is on it.
 */
export function useFlowElements(map: StakeholderMap, view: MapView, selection: MapSelection, onSelect: (s: MapSelection) => void, helpId: string): FlowElements {
  const { t, i18n } = useTranslation();
  const [pointed, setPointed] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const closed = useMemo(() => layoutPositions(map.stakeholders, view), [map.stakeholders, view]);
  // A stack spreads out while the pointer is on it, one of its boxes has the focus, or one is selected alone.
  const open = [pointed, focused, selection.stakeholders.length === 1 ? selection.stakeholders[0]! : null]
    .map((id) => (id ? closed.clusterOf.get(id) : undefined))
    .find((cluster) => cluster !== undefined && (closed.stacks.get(cluster)?.count ?? 0) > 1) ?? null;
  const layout = useMemo(() => (open ? layoutPositions(map.stakeholders, view, open) : closed), [closed, map.stakeholders, open, view]);
  const selected = useMemo(() => new Set(selection.stakeholders), [selection.stakeholders]);

  const attitudes = useMemo(() => domainLabels(i18n.language === 'en' ? 'en' : 'de').attitudes, [i18n.language]);
  const select = useCallback((stakeholders: string[], relation: string | null) => onSelect({ stakeholders, relation }), [onSelect]);
  const sync = useCanvasSync<StakeholderFlowNode, RelationFlowEdge>({
    from: [map, layout, selected, i18n.language],
    sync: (prev) => syncNodes(prev, map, { layout, attitudes, selected, t, language: i18n.language, helpId }),
    selectedIds: selection.stakeholders,
    selectedEdge: selection.relation,
    onSelect: select,
  });

  const edges = useMemo(() => relationEdges(map, t, selection.relation, layout.positions), [map, selection.relation, t, layout.positions]);
  const stacks = useStackPointer(setPointed, setFocused);

  return { ...sync, edges, stacks };
}

/**
 * Which box the pointer is on and which has the focus, for opening stacks.
 * Leaving a box closes its stack only after a moment, so the pointer can
 * cross the gap to a box that just spread out.
 */
function useStackPointer(setPointed: (id: string | null) => void, setFocused: (id: string | null) => void): StackHandlers {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo<StackHandlers>(
    () => ({
      onNodeMouseEnter: (_e, node) => {
        clearTimeout(timer.current);
        setPointed(node.id);
      },
      onNodeMouseLeave: () => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setPointed(null), 400);
      },
      onFocus: (event) => setFocused((event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id ?? null),
      onBlur: () => setFocused(null),
    }),
    [setFocused, setPointed],
  );
}
