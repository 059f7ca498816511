import { type Connection, useReactFlow } from '@xyflow/react';
import { type DragEvent, useCallback, useRef, useState } from 'react';
import { useRefitOnResize } from '../../lib/useRefitOnResize';
import type { Closeness } from '../../../src-main/contract';
import { type Point, type Scores, closenessAt, pointToScores, shiftScores } from '../../../src-main/shared/stakeholder-geometry';
import { usePaneDoubleClick, useFitBounds } from '../canvas/useCanvasView';
import { worldBounds } from './Backdrops';
import type { MapSelection } from './MapCanvas';
import type { MapView } from './map-nodes';
import { TRAY_DRAG_TYPE } from './StakeholderTray';
import type { StakeholderFlowNode } from './StakeholderNode';
import type { StakeholderActions } from './useStakeholderMap';

interface PointerOptions {
  view: MapView;
  actions: StakeholderActions;
  run: (work: Promise<unknown>) => void;
  resync: () => void;
  onSelect: (selection: MapSelection) => void;
  onAddAt: (place: { scores?: Scores; closeness?: Closeness }) => void;
  /** Someone from the tray now stands on the grid. */
  onPlaced: (id: string, scores: Scores) => void;
}

/**
 * What the mouse does on the map: a drag changes values (grid) or the ring
 * (onion), a line from handle to handle connects two people, a double-click
 * on the empty map adds someone there. Also keeps the whole map in view.
 */
export function useMapPointer(o: PointerOptions) {
  const flow = useReactFlow();
  const { view, actions, run, resync, onSelect, onAddAt, onPlaced } = o;
  const dragStart = useRef(new Map<string, Point>());
  const [dragging, setDragging] = useState(false);

  const onNodeDragStart = useCallback((_e: unknown, _node: StakeholderFlowNode, dragged: StakeholderFlowNode[]) => {
    dragStart.current = new Map(dragged.map((n) => [n.id, { ...n.position }]));
    setDragging(true);
  }, []);

  const onNodeDragStop = useCallback(
    (_e: unknown, _node: StakeholderFlowNode, dragged: StakeholderFlowNode[]) => {
      setDragging(false);
      resync();
      if (view === 'onion') {
        for (const n of dragged) {
          const closeness = closenessAt(n.position);
          if (closeness !== n.data.stakeholder.closeness) run(actions.update(n.id, { closeness }));
        }
        return;
      }
      const moves = dragged.flatMap((n) => {
        const start = dragStart.current.get(n.id);
        const s = n.data.stakeholder;
        if (!start || s.influence === null || s.interest === null) return [];
        const delta = { x: n.position.x - start.x, y: n.position.y - start.y };
        if (delta.x === 0 && delta.y === 0) return [];
        // A box spread out of a stack stands beside its values: where it is let go gives its values.
        const scores = n.data.stack?.open ? pointToScores(n.position) : shiftScores({ influence: s.influence, interest: s.interest }, delta);
        return scores.influence === s.influence && scores.interest === s.interest ? [] : [{ id: n.id, ...scores }];
      });
      if (moves.length > 0) run(actions.move(moves));
    },
    [actions, resync, run, view],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source === c.target) return;
      run(actions.connect(c.source, c.target, 'collaborates', '').then((r) => onSelect({ stakeholders: [], relation: r.id })));
    },
    [actions, onSelect, run],
  );

  // A stakeholder dragged in from the tray takes its values from the drop point.
  const onDragOver = (event: DragEvent): void => {
    if (view !== 'grid' || !event.dataTransfer.types.includes(TRAY_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (event: DragEvent): void => {
    const id = event.dataTransfer.getData(TRAY_DRAG_TYPE);
    if (view !== 'grid' || !id) return;
    event.preventDefault();
    const scores = pointToScores(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    run(actions.move([{ id, ...scores }]).then(() => onPlaced(id, scores)));
  };

  const onDoubleClick = usePaneDoubleClick((point) => onAddAt(view === 'grid' ? { scores: pointToScores(point) } : { closeness: closenessAt(point) }));

  // The whole grid (or onion) fits the screen, also after the agenda folds or the window changes.
  const fitBounds = useFitBounds();
  const fitWorld = useCallback(() => fitBounds(worldBounds(view)), [fitBounds, view]);
  const setContainer = useRefitOnResize(fitWorld);

  return { onNodeDragStart, onNodeDragStop, onConnect, onDoubleClick, onDragOver, onDrop, setContainer, fitWorld, dragging };
}
