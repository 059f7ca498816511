import { useCallback, useRef } from 'react';

/**
 * A ref for an editor that was opened to show one thing (a jump from a
 * measure to its origin): the first time the editor appears it scrolls into
 * view, wherever the page was scrolled before.
 */
export function useRevealOnce<T extends HTMLElement>(enabled: boolean): (element: T | null) => void {
  const done = useRef(false);
  return useCallback(
    (element: T | null) => {
      if (!element || !enabled || done.current) return;
      done.current = true;
      element.scrollIntoView({ block: 'start' });
    },
    [enabled],
  );
}
