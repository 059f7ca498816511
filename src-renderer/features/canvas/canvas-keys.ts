// What a key means on a diagram, the same on the stakeholder map and the
// process: Ctrl+A selects all; on a focused box Enter selects and then opens
// the details, Space adds to the selection or takes away, the arrows move,
// Escape clears, Delete removes. What a move means is the editor's business.

/** One step of an arrow key on screen: dx to the right, dy downwards. */
export interface Direction {
  dx: -1 | 0 | 1;
  dy: -1 | 0 | 1;
}

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: { dx: -1, dy: 0 },
  ArrowRight: { dx: 1, dy: 0 },
  ArrowUp: { dx: 0, dy: -1 },
  ArrowDown: { dx: 0, dy: 1 },
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export type CanvasKeyAction =
  | { kind: 'selectAll' }
  /** Move the focused box, or the whole selection when it holds the focused box; Shift asks for a big step. */
  | { kind: 'move'; id: string; targets: string[]; direction: Direction; big: boolean }
  | { kind: 'open' }
  | { kind: 'select'; ids: string[] }
  | { kind: 'clear' }
  | { kind: 'remove'; targets: string[] }
  /** Any other plain key on a box, for the editor's own keys (N for the next step). */
  | { kind: 'other'; id: string; key: string };

/**
 * The action a key press asks for, or null. `focused` is the box that has
 * the keyboard focus, if any. Keys held with Ctrl, Alt or Cmd (apart from
 * Ctrl+A) are left to the rest of the app: undo, redo, the browser.
 */
export function canvasKeyAction(press: KeyPress, focused: string | undefined, selected: readonly string[]): CanvasKeyAction | null {
  if (press.ctrlKey && press.key.toLowerCase() === 'a') return { kind: 'selectAll' };
  if (!focused || press.ctrlKey || press.altKey || press.metaKey) return null;
  const inSelection = selected.includes(focused);
  const targets = inSelection ? [...selected] : [focused];
  const direction = ARROW_DIRECTIONS[press.key];
  if (direction) return { kind: 'move', id: focused, targets, direction, big: press.shiftKey };
  switch (press.key) {
    case 'Enter':
      return inSelection ? { kind: 'open' } : { kind: 'select', ids: [focused] };
    case ' ':
      return { kind: 'select', ids: inSelection ? selected.filter((x) => x !== focused) : [...selected, focused] };
    case 'Escape':
      return { kind: 'clear' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'remove', targets };
    default:
      return { kind: 'other', id: focused, key: press.key };
  }
}
