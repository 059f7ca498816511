import { ConnectionMode, ControlButton, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closeness, StakeholderMap } from '../../../src-main/contract';
import type { Scores } from '../../../src-main/shared/stakeholder-geometry';
import { Icon } from '../../ui/Icon';
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

function useAriaLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'controls.ariaLabel': t('stakeholders.controls.ariaLabel'),
      'controls.zoomIn.ariaLabel': t('stakeholders.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('stakeholders.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('stakeholders.controls.fitView'),
      'controls.interactive.ariaLabel': t('stakeholders.controls.interactive'),
    }),
    [t],
  );
}

function Canvas(props: MapCanvasProps) {
  const { map, view, actions, selection, onSelect, run } = props;
  const { t } = useTranslation();
  const helpId = useId();
  const ariaLabelConfig = useAriaLabels();
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
    <div
      ref={setContainer}
      tabIndex={-1}
      className={`map-canvas map-canvas-${view}${dragging ? ' map-dragging' : ''}`}
      role="region"
      aria-label={view === 'grid' ? t('stakeholders.canvasLabel') : t('stakeholders.onionLabel')}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
      onDoubleClick={onDoubleClick}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onFocus={flow.stacks.onFocus}
      onBlur={flow.stacks.onBlur}
    >
      <p id={helpId} className="visually-hidden">
        {view === 'grid' ? t('stakeholders.keyboardHelp') : t('stakeholders.keyboardHelpOnion')}
      </p>
      <ReactFlow<StakeholderFlowNode, RelationFlowEdge>
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={flow.onNodesChange}
        onEdgesChange={flow.onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onNodeMouseEnter={flow.stacks.onNodeMouseEnter}
        onNodeMouseLeave={flow.stacks.onNodeMouseLeave}
        onConnect={onConnect}
        onInit={fitWorld}
        nodeOrigin={[0.5, 0.5]}
        minZoom={0.15}
        maxZoom={2.5}
        disableKeyboardA11y
        deleteKeyCode={null}
        edgesFocusable={false}
        zoomOnDoubleClick={false}
        connectionMode={ConnectionMode.Loose}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        {view === 'grid' ? <GridBackdrop /> : <OnionBackdrop />}
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={fitWorld} aria-label={t('stakeholders.controls.fitView')} title={t('stakeholders.controls.fitView')}>
            <Icon name="fit" size={20} />
          </ControlButton>
        </Controls>
      </ReactFlow>
    </div>
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
