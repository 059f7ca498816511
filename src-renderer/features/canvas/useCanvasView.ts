import { type XYPosition, useReactFlow, useStoreApi } from '@xyflow/react';
import { type FocusEvent, type MouseEvent, useCallback } from 'react';
import { type Rect, fitRect, isInside } from './viewport';

/** Shows all of `bounds` (in the flow's coordinates) in the canvas, with the canvas's zoom range. */
export function useFitBounds(): (bounds: Rect, padding?: number) => void {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (bounds, padding = 0.02) => {
      const { width, height, minZoom, maxZoom } = store.getState();
      void flow.setViewport(fitRect(bounds, { width, height }, { padding, minZoom, maxZoom }));
    },
    [flow, store],
  );
}

/**
 * A focus handler for the canvas: a box reached with Tab that lies outside
 * the view is brought in (React Flow's own auto-pan is off with our keys).
 */
export function useKeepFocusInView(): (event: FocusEvent) => void {
  const flow = useReactFlow();
  return useCallback(
    (event) => {
      const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      if (!node || isInside(node.getBoundingClientRect(), (event.currentTarget as HTMLElement).getBoundingClientRect())) return;
      const internal = flow.getInternalNode(node.dataset.id ?? '');
      if (!internal) return;
      const { x, y } = internal.internals.positionAbsolute;
      void flow.setCenter(x + (internal.measured.width ?? 0) / 2, y + (internal.measured.height ?? 0) / 2, { zoom: flow.getZoom(), duration: 200 });
    },
    [flow],
  );
}

/** A double-click on the empty canvas (not on a box or a line), handed on as a point in the flow's coordinates. */
export function usePaneDoubleClick(onPoint: (point: XYPosition) => void): (event: MouseEvent) => void {
  const flow = useReactFlow();
  return (event) => {
    if (!(event.target as HTMLElement).closest('.react-flow__pane')) return;
    onPoint(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };
}
