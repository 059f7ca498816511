import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { COLUMN } from '../../../src-main/shared/process-geometry';
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

/**
 * Keyboard control of the diagram: Tab goes along the process, Enter selects
 * and then opens the details, N adds the next step, arrows move a step along
 * its lane or into another lane, Delete removes.
 */
export function useProcessKeyboard(o: KeyboardOptions): (event: KeyboardEvent) => void {
  const { t } = useTranslation();

  const move = (ids: string[], dx: number, dLane: number): void => {
    const lanes = o.diagram.lanes;
    const moves = o.diagram.steps
      .filter((s) => ids.includes(s.id))
      .map((s) => {
        const index = Math.min(lanes.length - 1, Math.max(0, lanes.findIndex((l) => l.id === s.laneId) + dLane));
        return { id: s.id, laneId: lanes[index]!.id, x: s.x + dx };
      });
    const first = moves[0];
    if (!first) return;
    o.run(o.actions.moveSteps(moves));
    const step = o.diagram.steps.find((s) => s.id === first.id);
    o.announce(t('process.moved', { label: step?.label ?? '', lane: lanes.find((l) => l.id === first.laneId)?.name ?? '' }));
  };

  return (event) => {
    if (event.ctrlKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      o.select({ steps: o.diagram.steps.map((s) => s.id), edge: null });
      return;
    }
    const id = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
    if (!id || event.ctrlKey || event.altKey || event.metaKey) return;
    const targets = o.selection.steps.includes(id) ? [...o.selection.steps] : [id];
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-COLUMN, 0], ArrowRight: [COLUMN, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const arrow = arrows[event.key];
    if (arrow) {
      event.preventDefault();
      move(targets, arrow[0], arrow[1]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (o.selection.steps.includes(id)) o.openPanel();
      else o.select({ steps: [id], edge: null });
    } else if (event.key === ' ') {
      event.preventDefault();
      o.select({ steps: o.selection.steps.includes(id) ? o.selection.steps.filter((x) => x !== id) : [...o.selection.steps, id], edge: null });
    } else if (event.key.toLowerCase() === 'n') {
      event.preventDefault();
      o.addAfter(id);
    } else if (event.key === 'Escape') {
      o.select({ steps: [], edge: null });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      (event.currentTarget as HTMLElement).focus();
      o.run(o.actions.removeSteps(targets));
    }
  };
}
