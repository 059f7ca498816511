import { useCallback, useEffect, useRef, useState } from 'react';

export interface Draft {
  /** What the input shows: the coach's draft while typing, otherwise the saved value. */
  value: string;
  change: (text: string) => void;
  /** Saves the draft now (on blur or Enter). */
  flush: () => void;
}

/**
 * A text that belongs to saved data: typed freely, saved after a short pause
 * or when the field is left, and replaced by the saved value once it is in.
 */
export function useDraft(saved: string, commit: (text: string) => Promise<void>, delay = 600): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text === null) return;
    commitRef.current(text).then(
      () => setDraft((d) => (d === text ? null : d)),
      () => undefined,
    );
  }, []);

  useEffect(() => () => flush(), [flush]);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      pending.current = text;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  return { value: draft ?? saved, change, flush };
}
