import { useReactFlow } from '@xyflow/react';
import { type FocusEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ProcessDiagram } from '../../../src-main/contract';
import { LANE_HEIGHT, displayX } from '../../../src-main/shared/process-geometry';
import { useRefitOnResize } from '../../lib/useRefitOnResize';
import { processBounds } from './LaneBackdrop';

/** A step reached with Tab may lie outside the view: bring it in (React Flow's own auto-pan is off with our keyboard handling). */
function keepInView(event: FocusEvent, flow: ReturnType<typeof useReactFlow>): void {
  const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
  const pane = (event.currentTarget as HTMLElement).getBoundingClientRect();
  if (!node) return;
  const box = node.getBoundingClientRect();
  if (box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom) return;
  const internal = flow.getInternalNode(node.dataset.id ?? '');
  if (!internal) return;
  const { x, y } = internal.internals.positionAbsolute;
  void flow.setCenter(x + (internal.measured.width ?? 0) / 2, y + (internal.measured.height ?? 0) / 2, { zoom: flow.getZoom(), duration: 200 });
}

/**
 * What the process canvas shows: readable first (the lanes fill the height,
 * the coach pans along the flow), the whole process on request, and always
 * the step that has the keyboard focus.
 */
export function useProcessViewport(diagram: ProcessDiagram, focusStep: string | null = null) {
  const flow = useReactFlow();
  const maxX = useMemo(() => Math.max(0, ...diagram.steps.map((s) => s.x)), [diagram.steps]);
  const bounds = useMemo(() => processBounds(diagram.lanes.length, maxX), [diagram.lanes.length, maxX]);
  const fit = useCallback(() => void flow.fitBounds(bounds, { padding: 0.02 }), [bounds, flow]);
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  // A step asked for from elsewhere (a measure's origin) stays centred through
  // the first fits, until the coach selects something else or pans.
  const pending = useRef(focusStep);
  // Read inside the fit, not a dependency of it: a new fit function would make the resize observer fit again after every edit.
  const steps = useRef(diagram.steps);
  useEffect(() => {
    steps.current = diagram.steps;
  }, [diagram.steps]);
  useEffect(() => {
    if (focusStep !== pending.current) pending.current = null;
  }, [focusStep]);
  const release = useCallback(() => {
    pending.current = null;
  }, []);
  const fitHeight = useCallback(() => {
    if (!stage) return;
    const zoom = Math.min(1.1, Math.max(0.3, (stage.clientHeight - 16) / (diagram.lanes.length * LANE_HEIGHT)));
    const focusX = pending.current ? displayX(steps.current).get(pending.current) : undefined;
    const x = focusX === undefined ? 8 : Math.min(8, stage.clientWidth / 2 - focusX * zoom);
    void flow.setViewport({ x, y: 8, zoom });
  }, [diagram.lanes.length, flow, stage]);
  const observe = useRefitOnResize(fitHeight);
  const setContainer = useCallback(
    (element: HTMLDivElement | null) => {
      setStage(element);
      observe(element);
    },
    [observe],
  );
  const onFocus = (event: FocusEvent): void => keepInView(event, flow);
  return { setContainer, fit, fitHeight, onFocus, release };
}
