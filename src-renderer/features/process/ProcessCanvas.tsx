import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { laneIndexAt } from '../../../src-main/shared/process-geometry';
import { CanvasFrame } from '../canvas/CanvasFrame';
import { usePaneDoubleClick } from '../canvas/useCanvasView';
import { LaneBackdrop } from './LaneBackdrop';
import type { ProcessFlowEdge } from './process-flow';
import { type StepFlowNode, stepNodeTypes } from './StepNode';
import { type ProcessSelection, useProcessFlow } from './useProcessFlow';
import type { ProcessActions } from './useProcessDiagram';
import { useProcessKeyboard } from './useProcessKeyboard';
import { useProcessViewport } from './useProcessViewport';

export interface ProcessCanvasProps {
  diagram: ProcessDiagram;
  actions: ProcessActions;
  selection: ProcessSelection;
  onSelect: (selection: ProcessSelection) => void;
  onOpenPanel: () => void;
  onAddAfter: (stepId: string) => void;
  /** A double-click in a lane: add a step there. */
  onAddAt: (laneId: string, x: number) => void;
  announce: (text: string) => void;
  run: (work: Promise<unknown>) => void;
}

/** Drag to move a step along its lane or into another; the drop is saved as lane and position. */
function useStepDrag(diagram: ProcessDiagram, actions: ProcessActions, run: ProcessCanvasProps['run'], resync: () => void) {
  const [dragging, setDragging] = useState(false);
  const start = useRef(new Map<string, number>());
  const onNodeDragStart = useCallback((_e: unknown, _n: StepFlowNode, dragged: StepFlowNode[]) => {
    start.current = new Map(dragged.map((n) => [n.id, n.position.x]));
    setDragging(true);
  }, []);
  const onNodeDragStop = useCallback(
    (_e: unknown, _n: StepFlowNode, dragged: StepFlowNode[]) => {
      setDragging(false);
      resync();
      const moves = dragged.flatMap((n) => {
        const step = n.data.step;
        const lane = diagram.lanes[laneIndexAt(n.position.y, diagram.lanes.length)]!;
        const x = Math.round(step.x + n.position.x - (start.current.get(n.id) ?? n.position.x));
        return lane.id === step.laneId && x === step.x ? [] : [{ id: n.id, laneId: lane.id, x }];
      });
      if (moves.length > 0) run(actions.moveSteps(moves));
    },
    [actions, diagram.lanes, resync, run],
  );
  return { dragging, onNodeDragStart, onNodeDragStop };
}

function Canvas(props: ProcessCanvasProps) {
  const { diagram, actions, selection, onSelect, run } = props;
  const { t } = useTranslation();
  const helpId = useId();
  const { nodes, edges, onNodesChange, onEdgesChange, resync } = useProcessFlow(diagram, selection, onSelect, helpId);
  const { dragging, onNodeDragStart, onNodeDragStop } = useStepDrag(diagram, actions, run, resync);
  const { setContainer, fit, fitHeight, onFocus, release } = useProcessViewport(diagram, selection.steps.length === 1 ? selection.steps[0] : null);

  const onKeyDown = useProcessKeyboard({
    diagram,
    actions,
    selection,
    select: onSelect,
    openPanel: props.onOpenPanel,
    addAfter: props.onAddAfter,
    announce: props.announce,
    run,
  });
  const onDoubleClick = usePaneDoubleClick((point) => props.onAddAt(diagram.lanes[laneIndexAt(point.y, diagram.lanes.length)]!.id, Math.round(point.x)));

  return (
    <CanvasFrame<StepFlowNode, ProcessFlowEdge>
      containerRef={setContainer}
      className={`process-canvas${dragging ? ' process-dragging' : ''}`}
      label={t('process.canvasLabel', { variant: t(`processDomain.variants.${diagram.variant}`) })}
      helpId={helpId}
      help={t('process.keyboardHelp')}
      region={{ onKeyDown, onDoubleClick, onFocus }}
      flow={{
        nodes,
        edges,
        nodeTypes: stepNodeTypes,
        onNodesChange,
        onEdgesChange,
        onNodeDragStart,
        onNodeDragStop,
        onConnect: (c) => c.source !== c.target && run(actions.connect(c.source, c.target, '').then((e) => onSelect({ steps: [], edge: e.id }))),
        onReconnect: (old, c) => c.source !== c.target && run(actions.updateEdge(old.id, { sourceId: c.source, targetId: c.target })),
        edgesReconnectable: true,
        onInit: fitHeight,
        onMoveStart: (event) => event && release(),
        minZoom: 0.1,
      }}
      controls={{ label: t('process.controls.ariaLabel'), fitLabel: t('process.controls.fitView'), onFit: fit, position: 'bottom-right' }}
      backdrop={<LaneBackdrop lanes={diagram.lanes} width={Math.max(0, ...diagram.steps.map((st) => st.x)) + 800} />}
    />
  );
}

/** The process on React Flow: steps in swimlanes, flowing left to right. */
export function ProcessCanvas(props: ProcessCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
