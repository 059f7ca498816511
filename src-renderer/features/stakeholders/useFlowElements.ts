import { type EdgeChange, type NodeChange, applyNodeChanges } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../src-main/contract';
import { domainLabels } from '../../../src-main/shared/labels';
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
}

/**
 * React Flow's nodes and edges for the map. Nodes live in state, because React
 * Flow moves them while dragging, and follow the data whenever it changes,
 * keeping the objects of unchanged nodes so only moved ones re-render.
 */
export function useFlowElements(map: StakeholderMap, view: MapView, selection: MapSelection, onSelect: (s: MapSelection) => void, helpId: string): FlowElements {
  const { t, i18n } = useTranslation();
  const [revision, setRevision] = useState(0);
  const positions = useMemo(() => layoutPositions(map.stakeholders, view), [map.stakeholders, view]);
  const selected = useMemo(() => new Set(selection.stakeholders), [selection.stakeholders]);

  const attitudes = useMemo(() => domainLabels(i18n.language === 'en' ? 'en' : 'de').attitudes, [i18n.language]);
  const [nodes, setNodes] = useState<StakeholderFlowNode[]>([]);
  const [syncedFrom, setSyncedFrom] = useState<unknown[]>([]);
  const syncKey = [map, positions, selected, revision, i18n.language];
  if (syncKey.some((v, i) => v !== syncedFrom[i])) {
    setSyncedFrom(syncKey);
    setNodes((prev) => syncNodes(prev, map, { positions, attitudes, selected, t, language: i18n.language, helpId }));
  }

  const edges = useMemo(() => relationEdges(map, t, selection.relation), [map, selection.relation, t]);

  const onNodesChange = useCallback(
    (changes: NodeChange<StakeholderFlowNode>[]) => {
      setNodes((nds) => applyNodeChanges(changes, nds));
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length === 0) return;
      const next = new Set(selection.stakeholders);
      for (const c of selects) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      onSelect({ stakeholders: [...next], relation: next.size > 0 ? null : selection.relation });
    },
    [onSelect, selection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<RelationFlowEdge>[]) => {
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked?.type === 'select') onSelect({ stakeholders: [], relation: picked.id });
      else if (changes.some((c) => c.type === 'select' && c.id === selection.relation)) onSelect({ ...selection, relation: null });
    },
    [onSelect, selection],
  );

  const resync = useCallback(() => setRevision((r) => r + 1), []);
  return { nodes, edges, onNodesChange, onEdgesChange, resync };
}
