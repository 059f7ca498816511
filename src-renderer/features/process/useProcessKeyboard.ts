import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { COLUMN } from '../../../src-main/shared/process-geometry';
import type { Direction } from '../canvas/canvas-keys';
import { useCanvasKeyboard } from '../canvas/useCanvasKeyboard';
import type { ProcessSelection } from './useProcessFlow';
import type { ProcessActions } from './useProcessDiagram';

interface KeyboardOptions {
  diagram: ProcessDiagram;
  actions: ProcessActions;
  selection: ProcessSelection;
  select: (selection: ProcessSelection) => void;
  openPanel: () => void;
  /** Asks for the text of a new step that follows this one. */
  addAfter: (stepId: string) => void;
  announce: (text: string) => void;
  run: (work: Promise<unknown>) => void;
}

/** Where an arrow key takes these steps: left and right by a column along the lane, up and down into the next lane (not past the first or last). */
export function stepMoves(diagram: Pick<ProcessDiagram, 'lanes' | 'steps'>, ids: readonly string[], direction: Direction) {
  const lanes = diagram.lanes;
  return diagram.steps
    .filter((s) => ids.includes(s.id))
    .map((s) => {
      const index = Math.min(lanes.length - 1, Math.max(0, lanes.findIndex((l) => l.id === s.laneId) + direction.dy));
      return { id: s.id, laneId: lanes[index]!.id, x: s.x + direction.dx * COLUMN };
    });
}

/**
 * Keyboard control of the diagram: Tab goes along the process, Enter selects
 * and then opens the details, N adds the next step, arrows move a step along
 * its lane or into another lane, Delete removes.
 */
export function useProcessKeyboard(o: KeyboardOptions): (event: KeyboardEvent) => void {
  const { t } = useTranslation();
  return useCanvasKeyboard({
    allIds: () => o.diagram.steps.map((s) => s.id),
    selectedIds: o.selection.steps,
    select: (ids) => o.select({ steps: ids, edge: null }),
    openPanel: o.openPanel,
    move: ({ targets, direction }) => {
      const moves = stepMoves(o.diagram, targets, direction);
      const first = moves[0];
      if (!first) return;
      o.run(o.actions.moveSteps(moves));
      const step = o.diagram.steps.find((s) => s.id === first.id);
      o.announce(t('process.moved', { label: step?.label ?? '', lane: o.diagram.lanes.find((l) => l.id === first.laneId)?.name ?? '' }));
    },
    remove: (targets) => o.run(o.actions.removeSteps(targets)),
    other: (key, id) => {
      if (key.toLowerCase() !== 'n') return false;
      o.addAfter(id);
      return true;
    },
  });
}
