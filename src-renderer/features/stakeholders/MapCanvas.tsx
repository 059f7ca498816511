import { ReactFlowProvider } from '@xyflow/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closeness, StakeholderMap } from '../../../src-main/contract';
import type { Scores } from '../../../src-main/shared/stakeholder-geometry';
import { CanvasFrame } from '../canvas/CanvasFrame';
import { GridBackdrop, OnionBackdrop } from './Backdrops';
import type { MapView } from './map-nodes';
import { type RelationFlowEdge, edgeTypes } from './RelationEdge';
import { type StakeholderFlowNode, nodeTypes } from './StakeholderNode';
import { useFlowElements } from './useFlowElements';
import { useMapKeyboard } from './useMapKeyboard';
import { useMapPointer } from './useMapPointer';
import type { StakeholderActions } from './useStakeholderMap';

export interface MapSelection {
  stakeholders: string[];
  relation: string | null;
}

export interface MapCanvasProps {
  map: StakeholderMap;
  view: MapView;
  actions: StakeholderActions;
  selection: MapSelection;
  onSelect: (selection: MapSelection) => void;
  onOpenPanel: () => void;
  /** A double-click on the empty map: add someone there. */
  onAddAt: (place: { scores?: Scores; closeness?: Closeness }) => void;
  /** Someone from the tray was dropped onto the grid. */
  onPlaced: (id: string, scores: Scores) => void;
  announce: (text: string) => void;
  run: (work: Promise<unknown>) => void;
}

function Canvas(props: MapCanvasProps) {
  const { map, view, actions, selection, onSelect, run } = props;
  const { t } = useTranslation();
  const helpId = useId();
  const flow = useFlowElements(map, view, selection, onSelect, helpId);
  const { onNodeDragStart, onNodeDragStop, onConnect, onDoubleClick, onDragOver, onDrop, setContainer, fitWorld, dragging } = useMapPointer({
    view,
    actions,
    run,
    resync: flow.resync,
    onSelect,
    onAddAt: props.onAddAt,
    onPlaced: props.onPlaced,
  });
  const onKeyDown = useMapKeyboard({
    map,
    view,
    actions,
    selectedIds: selection.stakeholders,
    select: (ids) => onSelect({ stakeholders: ids, relation: null }),
    openPanel: props.onOpenPanel,
    announce: props.announce,
    run,
  });

  return (
    <CanvasFrame<StakeholderFlowNode, RelationFlowEdge>
      containerRef={setContainer}
      className={`map-canvas map-canvas-${view}${dragging ? ' map-dragging' : ''}`}
      label={view === 'grid' ? t('stakeholders.canvasLabel') : t('stakeholders.onionLabel')}
      helpId={helpId}
      help={view === 'grid' ? t('stakeholders.keyboardHelp') : t('stakeholders.keyboardHelpOnion')}
      region={{ onKeyDown, onDoubleClick, onDragOver, onDrop, onFocus: flow.stacks.onFocus, onBlur: flow.stacks.onBlur }}
      flow={{
        nodes: flow.nodes,
        edges: flow.edges,
        nodeTypes,
        edgeTypes,
        onNodesChange: flow.onNodesChange,
        onEdgesChange: flow.onEdgesChange,
        onNodeDragStart,
        onNodeDragStop,
        onNodeMouseEnter: flow.stacks.onNodeMouseEnter,
        onNodeMouseLeave: flow.stacks.onNodeMouseLeave,
        onConnect,
        onInit: fitWorld,
        minZoom: 0.15,
      }}
      controls={{ label: t('stakeholders.controls.ariaLabel'), fitLabel: t('stakeholders.controls.fitView'), onFit: fitWorld }}
      backdrop={view === 'grid' ? <GridBackdrop /> : <OnionBackdrop />}
    />
  );
}

/** The map on React Flow: the grid of influence and interest, or the onion of closeness. */
export function MapCanvas(props: MapCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
