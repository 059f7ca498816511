import { useEffect, useState } from 'react';

/**
 * Calls `fit` whenever the element changes size (the agenda folds, the window
 * is resized, a projector is plugged in). Returns the ref callback to attach.
 */
export function useRefitOnResize(fit: () => void): (element: HTMLDivElement | null) => void {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => fit());
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fit]);
  return setElement;
}
