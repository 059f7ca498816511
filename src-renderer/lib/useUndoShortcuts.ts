import { useEffect, useEffectEvent } from 'react';
import type { UndoStack } from './useUndoStack';

export const isTextInput = (target: EventTarget | null): boolean =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;


/**
 * Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) anywhere on the page while the editor is
 * open, also after the focused box was deleted. Text fields keep their own undo.
 */
export function useUndoShortcuts(history: UndoStack): void {
  const onShortcut = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.defaultPrevented || isTextInput(event.target)) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      void history.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      void history.redo();
    }
  });
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent): void => onShortcut(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

