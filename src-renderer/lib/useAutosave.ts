import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../i18n/errors';
import type { SaveState } from '../ui/SaveIndicator';

export interface Autosave<P extends object> {
  state: SaveState;
  /** Field → message for the last refused save. */
  errors: Record<string, string>;
  /** Queues a change; it is saved after a short pause in typing. */
  change: (patch: Partial<P>) => void;
  /** Saves what is queued now (on blur, before leaving the screen). */
  flush: () => void;
  /** Saves what is queued now and resolves once everything sent so far is stored (or refused). */
  settled: () => Promise<void>;
}

/**
 * Saves edits as they happen: changes are merged and written after a short
 * pause, never lost when the screen closes, and a refused change keeps its
 * message next to the field until it is fixed.
 */
export function useAutosave<P extends object>(save: (patch: Partial<P>) => Promise<unknown>, delay = 400): Autosave<P> {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const pending = useRef<Partial<P> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    setState({ kind: 'saving' });
    const saving = saveRef.current(patch);
    inFlight.current = saving.catch(() => undefined);
    saving.then(
      () => {
        setErrors((current) => {
          const next = { ...current };
          for (const key of Object.keys(patch)) delete next[key];
          return next;
        });
        setState({ kind: 'saved', at: new Date().toISOString() });
      },
      (error: unknown) => {
        setErrors((current) => ({ ...current, ...fieldErrors(t, error) }));
        setState({ kind: 'failed', message: errorMessage(t, error) });
      },
    );
  }, [t]);

  const change = useCallback(
    (patch: Partial<P>) => {
      pending.current = { ...(pending.current ?? {}), ...patch };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const settled = useCallback(async () => {
    flush();
    await inFlight.current;
  }, [flush]);

  return { state, errors, change, flush, settled };
}
