import { type Connection, useReactFlow } from '@xyflow/react';
import { type MouseEvent, useCallback, useRef, useState } from 'react';
import { useRefitOnResize } from '../../lib/useRefitOnResize';
import type { Closeness } from '../../../src-main/contract';
import { type Point, type Scores, closenessAt, pointToScores, shiftScores } from '../../../src-main/shared/stakeholder-geometry';
import { worldBounds } from './Backdrops';
import type { MapSelection } from './MapCanvas';
import type { MapView } from './map-nodes';
import type { StakeholderFlowNode } from './StakeholderNode';
import type { StakeholderActions } from './useStakeholderMap';

interface PointerOptions {
  view: MapView;
  actions: StakeholderActions;
  run: (work: Promise<unknown>) => void;
  resync: () => void;
  onSelect: (selection: MapSelection) => void;
  onAddAt: (place: { scores?: Scores; closeness?: Closeness }) => void;
}

/**
 * What the mouse does on the map: a drag changes values (grid) or the ring
 * (onion), a line from handle to handle connects two people, a double-click
 * on the empty map adds someone there. Also keeps the whole map in view.
 */
export function useMapPointer(o: PointerOptions) {
  const flow = useReactFlow();
  const { view, actions, run, resync, onSelect, onAddAt } = o;
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
        if (!start) return [];
        const scores = shiftScores(s, { x: n.position.x - start.x, y: n.position.y - start.y });
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

  const onDoubleClick = (event: MouseEvent): void => {
    if (!(event.target as HTMLElement).closest('.react-flow__pane')) return;
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    onAddAt(view === 'grid' ? { scores: pointToScores(point) } : { closeness: closenessAt(point) });
  };

  // The whole grid (or onion) fits the screen, also after the agenda folds or the window changes.
  const fitWorld = useCallback(() => void flow.fitBounds(worldBounds(view), { padding: 0.02 }), [flow, view]);
  const setContainer = useRefitOnResize(fitWorld);

  return { onNodeDragStart, onNodeDragStop, onConnect, onDoubleClick, setContainer, fitWorld, dragging };
}
