import { type CSSProperties, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { clampPage, useBoxSize } from './fit';
import { useReportPages } from './pages';

interface PagedFlowProps {
  /** The coach's page ("weiter"); kept inside the pages there are. */
  page: number;
  /** Narrowest column, in em of the flow's text: as many columns as fit. One column: a page per screen. */
  columnWidth?: string;
  className?: string;
  /** Spread items evenly over the columns when all fit on one screen; groups (which start their own column) keep false. */
  balance?: boolean;
  /** With few items, text may grow up to this many times its size (the flow sets --grow), as long as all stays on one screen. */
  grow?: number;
  /** What the room reads when not all fits, e.g. "Karten 13–24 von 40". */
  rangeLabel: (from: number, to: number, total: number) => string;
  children: ReactNode;
}

interface Shown {
  pages: number;
  from: number;
  to: number;
  total: number;
}

/**
 * Lays items out in as many columns as fit the box, at their full size, and
 * shows one screen of columns at a time. Items never break across columns,
 * so none is cut; what is on other pages is said in words under the items.
 * Items carry data-item so they can be counted.
 */
/**
 * The largest text size (as a factor, in steps of 0.05, at most `max`) at
 * which everything in the flow stays on one screen; 1 when it needs pages
 * anyway. Tries sizes on the laid-out flow, then leaves the found one set.
 */
function growToFit(flow: HTMLElement, width: number, max: number): number {
  const fitsAt = (g: number): boolean => {
    flow.style.setProperty('--grow', String(g));
    return flow.scrollWidth <= width + 1;
  };
  let lo = 1;
  if (max > 1 && fitsAt(1)) {
    let hi = max;
    if (fitsAt(hi)) lo = hi;
    else {
      while (hi - lo > 0.05) {
        const mid = Math.round(((lo + hi) / 2) * 20) / 20;
        if (mid <= lo || mid >= hi) break;
        if (fitsAt(mid)) lo = mid;
        else hi = mid;
      }
    }
  }
  flow.style.setProperty('--grow', String(lo));
  return lo;
}

export function PagedFlow({ page, columnWidth = '13em', className = '', balance = false, grow = 1, rangeLabel, children }: PagedFlowProps) {
  const box = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const [shown, setShown] = useState<Shown>({ pages: 1, from: 0, to: 0, total: 0 });
  const [labelHeight, setLabelHeight] = useState(0);
  const [scale, setScale] = useState(1);
  const gap = 32;
  const pages = shown.pages;
  const current = clampPage(page, pages);
  const height = Math.max(0, size.height - labelHeight);
  useReportPages(pages);

  // After every render: the items and their sizes change with the data, and
  // the state is only set when what is shown really changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const b = box.current;
    const f = flow.current;
    if (!b || !f || size.width === 0) return;
    if (grow > 1) {
      const found = growToFit(f, size.width, grow);
      setScale((prev) => (prev === found ? prev : found));
    }
    const step = size.width + gap;
    const count = Math.max(1, Math.ceil((f.scrollWidth + gap) / step - 0.01));
    const items = [...f.querySelectorAll<HTMLElement>('[data-item]')];
    const left = b.getBoundingClientRect().left;
    const visible = items.map((el, i) => ({ i, x: el.getBoundingClientRect().left - left })).filter(({ x }) => x >= -2 && x < size.width - 2);
    const next = { pages: count, from: visible.length ? visible[0]!.i + 1 : 0, to: visible.length ? visible[visible.length - 1]!.i + 1 : 0, total: items.length };
    setShown((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    // The range line takes space only when there is more than one page.
    const wanted = count > 1 ? Math.ceil(parseFloat(getComputedStyle(b).fontSize) * 1.6) : 0;
    setLabelHeight((prev) => (count > 1 || prev === 0 ? wanted : prev));
  });

  return (
    <div ref={box} className={`present-paged ${className}`}>
      <div
        ref={flow}
        className="present-flow"
        style={
          {
            '--grow': grow > 1 ? scale : undefined,
            height,
            columnWidth,
            columnGap: gap,
            columnFill: balance && pages === 1 && shown.total > 0 ? 'balance' : 'auto',
            transform: `translateX(${-current * (size.width + gap)}px)`,
          } as CSSProperties
        }
        data-page={current + 1}
        data-grow={grow > 1 ? scale : undefined}
        data-pages={pages}
      >
        {children}
      </div>
      {pages > 1 && (
        <p className="present-range" role="status">
          {rangeLabel(shown.from, shown.to, shown.total)}
        </p>
      )}
    </div>
  );
}
