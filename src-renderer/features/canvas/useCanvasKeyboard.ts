import type { KeyboardEvent } from 'react';
import { type CanvasKeyAction, canvasKeyAction } from './canvas-keys';

export interface CanvasKeyboardOptions {
  /** Every box, for Ctrl+A. */
  allIds: () => string[];
  selectedIds: readonly string[];
  select: (ids: string[]) => void;
  openPanel: () => void;
  move: (action: Extract<CanvasKeyAction, { kind: 'move' }>) => void;
  remove: (targets: string[]) => void;
  /** The editor's own keys on a box; true when the key was used. */
  other?: (key: string, id: string) => boolean;
}

/** The id of the box that has the keyboard focus, if any. */
export function focusedNodeId(event: KeyboardEvent): string | undefined {
  return (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
}

/** The key handler for a diagram's region, so that nothing needs a mouse (React Flow's own keys are off). */
export function useCanvasKeyboard(o: CanvasKeyboardOptions): (event: KeyboardEvent) => void {
  return (event) => {
    const action = canvasKeyAction(event, focusedNodeId(event), o.selectedIds);
    if (!action) return;
    if (action.kind === 'clear') {
      o.select([]);
      return;
    }
    if (action.kind === 'other') {
      if (o.other?.(action.key, action.id)) event.preventDefault();
      return;
    }
    event.preventDefault();
    if (action.kind === 'selectAll') o.select(o.allIds());
    else if (action.kind === 'move') o.move(action);
    else if (action.kind === 'open') o.openPanel();
    else if (action.kind === 'select') o.select(action.ids);
    else {
      // The focused box disappears: keep the focus on the diagram, not lost on the page.
      (event.currentTarget as HTMLElement).focus();
      o.remove(action.targets);
    }
  };
}
