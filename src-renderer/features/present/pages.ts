import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Live } from '../live/useLive';

// How many pages the projector needs for what it shows: the screen that
// pages (cards, tables, a long process, a long legend) says so, and the
// projector window tells the core, so the coach's controls can say
// "Seite 2 von 3" and stop at the last page.

const PagesContext = createContext<(pages: number) => void>(() => undefined);
export const PagesProvider = PagesContext.Provider;

/** Called by a screen that pages: the count it laid out. */
export function useReportPages(pages: number): void {
  const report = useContext(PagesContext);
  useLayoutEffect(() => report(pages), [report, pages]);
}

/**
 * The projector's side: collects the count for what is shown (`key` names it;
 * a screen that does not page has one) and sends it once it changed, or when
 * the core forgot it (another phase or view). Sent a moment later, so the
 * first layout's count does not race the settled one.
 */
export function usePagesReport(live: Live, key: string): (pages: number) => void {
  const [reported, setReported] = useState<{ key: string; pages: number } | null>(null);
  const report = useCallback((pages: number) => setReported((prev) => (prev?.key === key && prev.pages === pages ? prev : { key, pages })), [key]);
  const pages = reported?.key === key ? reported.pages : 1;
  const known = live.live?.presentation.pages ?? null;
  const sent = useRef('');
  // The live object is new on every tick of the clock; its present call is what is needed.
  const present = useRef(live.present);
  useEffect(() => {
    present.current = live.present;
  });
  const ready = live.live !== undefined;
  useEffect(() => {
    const mark = `${key}|${pages}`;
    if (!ready || (sent.current === mark && known !== null)) return;
    const timer = setTimeout(() => {
      sent.current = mark;
      present.current({ pages }).catch(() => undefined);
    }, 100);
    return () => clearTimeout(timer);
  }, [ready, key, pages, known]);
  return report;
}
