import { type RefObject, useLayoutEffect, useState } from 'react';

export interface BoxSize {
  width: number;
  height: number;
}

/** The size of a box on the projector, kept up to date when the window changes. */
export function useBoxSize(ref: RefObject<HTMLElement | null>): BoxSize {
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const next = { width: el.clientWidth, height: el.clientHeight };
      setSize((prev) => (prev.width === next.width && prev.height === next.height ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** The projector's unit in pixels: 1 % of the width, or of a 16:9 height, whichever is smaller. */
export function projectorUnit(): number {
  return Math.min(window.innerWidth / 100, (window.innerHeight * 16) / 9 / 100);
}

/** A page number the coach sent, kept inside the pages there are. */
export const clampPage = (page: number, pages: number): number => Math.max(0, Math.min(page, pages - 1));
