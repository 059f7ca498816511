import { useEffect } from 'react';
import type { Live } from '../live/useLive';

/** Whether a key press belongs to a field (typing "b" in a card must not blank the projector). */
export function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role="dialog"]') !== null;
}

/**
 * The projector's keys: B blanks the screen and brings it back (on the
 * coach's page too); on the projector itself Page down / Page up (or the
 * arrows) turn the pages of cards, tables and long diagrams. The coach's page
 * keeps its own Page down for scrolling.
 */
export function useProjectorKeys(live: Live, { paging }: { paging: boolean }): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const p = live.live?.presentation;
      if (!p || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (e.key === 'b' || e.key === 'B') {
        e.preventDefault();
        void live.present({ blank: !p.blank }).catch(() => undefined);
      } else if (paging && ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft'].includes(e.key)) {
        e.preventDefault();
        const forward = e.key === 'PageDown' || e.key === 'ArrowRight';
        const last = p.pages === null ? Infinity : p.pages - 1;
        void live.present({ page: Math.max(0, Math.min(last, p.page + (forward ? 1 : -1))) }).catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [live, paging]);
}
