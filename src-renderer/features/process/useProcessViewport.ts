import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ProcessDiagram } from '../../../src-main/contract';
import { LANE_HEIGHT, displayX } from '../../../src-main/shared/process-geometry';
import { useRefitOnResize } from '../../lib/useRefitOnResize';
import { useFitBounds, useKeepFocusInView } from '../canvas/useCanvasView';
import { clamp } from '../canvas/viewport';
import { processBounds } from './LaneBackdrop';

/**
 * What the process canvas shows: readable first (the lanes fill the height,
 * the coach pans along the flow), the whole process on request, and always
 * the step that has the keyboard focus.
 */
export function useProcessViewport(diagram: ProcessDiagram, focusStep: string | null = null) {
  const flow = useReactFlow();
  const maxX = useMemo(() => Math.max(0, ...diagram.steps.map((s) => s.x)), [diagram.steps]);
  const bounds = useMemo(() => processBounds(diagram.lanes.length, maxX), [diagram.lanes.length, maxX]);
  const fitBounds = useFitBounds();
  const fit = useCallback(() => fitBounds(bounds), [bounds, fitBounds]);
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
    const zoom = clamp((stage.clientHeight - 16) / (diagram.lanes.length * LANE_HEIGHT), 0.3, 1.1);
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
  const onFocus = useKeepFocusInView();
  return { setContainer, fit, fitHeight, onFocus, release };
}
