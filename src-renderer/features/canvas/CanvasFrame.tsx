import {
  ConnectionMode,
  ControlButton,
  Controls,
  type Edge,
  type Node,
  type PanelPosition,
  ReactFlow,
  type ReactFlowProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type HTMLAttributes, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

export interface CanvasControlsProps {
  /** The name of the zoom buttons' group. */
  label: string;
  fitLabel: string;
  onFit: () => void;
  position?: PanelPosition;
}

export interface CanvasFrameProps<N extends Node, E extends Edge> {
  /** Ref callback for the region, e.g. to fit again when it changes size. */
  containerRef: (element: HTMLDivElement | null) => void;
  className: string;
  label: string;
  /** The keyboard help, read out with the region and with every box. */
  helpId: string;
  help: string;
  /** Handlers on the region: keys, double-clicks, drops, focus. */
  region: Pick<HTMLAttributes<HTMLDivElement>, 'onKeyDown' | 'onDoubleClick' | 'onFocus' | 'onBlur' | 'onDragOver' | 'onDrop'>;
  /** The editor's own React Flow props: boxes, lines, drags, connections. */
  flow: ReactFlowProps<N, E>;
  controls: CanvasControlsProps;
  /** What stands behind the boxes: grid, onion, lanes. */
  backdrop: ReactNode;
}

// What both editors ask of React Flow: boxes placed by their centre, our own
// keyboard handling instead of React Flow's (it would delete without undo),
// no zoom on double-click (that adds a box), lines from any handle.
const FLOW_DEFAULTS = {
  nodeOrigin: [0.5, 0.5],
  maxZoom: 2.5,
  disableKeyboardA11y: true,
  deleteKeyCode: null,
  edgesFocusable: false,
  zoomOnDoubleClick: false,
  connectionMode: ConnectionMode.Loose,
  proOptions: { hideAttribution: true },
} satisfies Partial<ReactFlowProps>;

/** Zoom in, zoom out and "show all" (the group's name comes through React Flow's label config). */
function CanvasControls({ fitLabel, onFit, position }: CanvasControlsProps) {
  return (
    <Controls position={position} showInteractive={false} showFitView={false}>
      <ControlButton onClick={onFit} aria-label={fitLabel} title={fitLabel}>
        <Icon name="fit" size={20} />
      </ControlButton>
    </Controls>
  );
}

/** A diagram editor's canvas: a focusable region with its keyboard help, React Flow with the shared settings, and the zoom buttons. */
export function CanvasFrame<N extends Node, E extends Edge>({ containerRef, className, label, helpId, help, region, flow, controls, backdrop }: CanvasFrameProps<N, E>) {
  const { t } = useTranslation();
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': controls.label,
      // The zoom buttons' words have always lived in the map's catalogue; both editors use them.
      'controls.zoomIn.ariaLabel': t('stakeholders.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('stakeholders.controls.zoomOut'),
    }),
    [controls.label, t],
  );
  return (
    <div ref={containerRef} tabIndex={-1} className={className} role="region" aria-label={label} aria-describedby={helpId} {...region}>
      <p id={helpId} className="visually-hidden">
        {help}
      </p>
      <ReactFlow<N, E> {...FLOW_DEFAULTS} ariaLabelConfig={ariaLabelConfig} {...flow}>
        {backdrop}
        <CanvasControls {...controls} />
      </ReactFlow>
    </div>
  );
}
