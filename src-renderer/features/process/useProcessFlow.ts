import { type EdgeChange, type NodeChange, applyNodeChanges } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { processLabels } from '../../../src-main/shared/process-labels';
import { type ProcessFlowEdge, processEdges, syncStepNodes } from './process-flow';
import type { StepFlowNode } from './StepNode';

export interface ProcessSelection {
  steps: string[];
  edge: string | null;
}

/**
 * React Flow's nodes and edges for one diagram. Nodes live in state (React
 * Flow moves them while dragging) and follow the data whenever it changes.
 */
export function useProcessFlow(diagram: ProcessDiagram, selection: ProcessSelection, onSelect: (s: ProcessSelection) => void, helpId: string) {
  const { t, i18n } = useTranslation();
  const [revision, setRevision] = useState(0);
  const selected = useMemo(() => new Set(selection.steps), [selection.steps]);
  const words = useMemo(() => {
    const labels = processLabels(i18n.language === 'en' ? 'en' : 'de');
    return { kinds: labels.stepKinds, markers: labels.markers };
  }, [i18n.language]);

  const [nodes, setNodes] = useState<StepFlowNode[]>([]);
  const [syncedFrom, setSyncedFrom] = useState<unknown[]>([]);
  const syncKey = [diagram, selected, revision, words];
  if (syncKey.some((v, i) => v !== syncedFrom[i])) {
    setSyncedFrom(syncKey);
    setNodes((prev) => syncStepNodes(prev, diagram, { selected, words, t, helpId }));
  }
  const edges = useMemo(() => processEdges(diagram, selection.edge), [diagram, selection.edge]);

  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      setNodes((nds) => applyNodeChanges(changes, nds));
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length === 0) return;
      const next = new Set(selection.steps);
      for (const c of selects) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      onSelect({ steps: [...next], edge: next.size > 0 ? null : selection.edge });
    },
    [onSelect, selection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ProcessFlowEdge>[]) => {
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked?.type === 'select') onSelect({ steps: [], edge: picked.id });
      else if (changes.some((c) => c.type === 'select' && c.id === selection.edge)) onSelect({ ...selection, edge: null });
    },
    [onSelect, selection],
  );

  const resync = useCallback(() => setRevision((r) => r + 1), []);
  return { nodes, edges, onNodesChange, onEdgesChange, resync };
}
