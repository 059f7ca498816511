import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { processLabels } from '../../../src-main/shared/process-labels';
import { useCanvasSync } from '../canvas/useCanvasSync';
import { type ProcessFlowEdge, processEdges, syncStepNodes } from './process-flow';
import type { StepFlowNode } from './StepNode';

export interface ProcessSelection {
  steps: string[];
  edge: string | null;
}

/** React Flow's nodes and edges for one diagram, following the data and the selection both ways. */
export function useProcessFlow(diagram: ProcessDiagram, selection: ProcessSelection, onSelect: (s: ProcessSelection) => void, helpId: string) {
  const { t, i18n } = useTranslation();
  const selected = useMemo(() => new Set(selection.steps), [selection.steps]);
  const words = useMemo(() => {
    const labels = processLabels(i18n.language === 'en' ? 'en' : 'de');
    return { kinds: labels.stepKinds, markers: labels.markers };
  }, [i18n.language]);
  const select = useCallback((steps: string[], edge: string | null) => onSelect({ steps, edge }), [onSelect]);
  const sync = useCanvasSync<StepFlowNode, ProcessFlowEdge>({
    from: [diagram, selected, words],
    sync: (prev) => syncStepNodes(prev, diagram, { selected, words, t, helpId }),
    selectedIds: selection.steps,
    selectedEdge: selection.edge,
    onSelect: select,
  });
  const edges = useMemo(() => processEdges(diagram, selection.edge), [diagram, selection.edge]);
  return { ...sync, edges };
}
