import { useCallback, useState } from 'react';
import type { QueryState } from '../api/useQuery';
import type { UndoStack } from './useUndoStack';

export interface Editable<T> {
  /** What the editor shows: the core's data with the coach's latest changes already applied. */
  data: T | undefined;
  /** Applies a change to the shown copy at once. */
  change: (fn: (data: T) => T) => void;
  /** Wraps a saving action: counted as in flight until it landed, then the data reloads. */
  tracked: <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A) => Promise<R>;
}

/** Editors whose undo steps need no waiting for: nothing waits for their changes. */
const untracked = <T,>(change: Promise<T>): Promise<T> => change;

/**
 * Optimistic editing on top of a query. While changes are on their way the
 * local copy is the truth; afterwards only data loaded after the last change
 * landed may replace it (an earlier load would undo keystrokes). A refused
 * change also triggers the reload, so the editor shows what is really saved.
 *
 * `history`: for an editor whose changes push their undo step only once they
 * are saved, so that an undo pressed before that waits for them. Editors that
 * push their step when a change starts (its undo waits for the save) pass none.
 */
export function useEditable<T>(query: QueryState<T>, history?: Pick<UndoStack, 'track'>): Editable<T> {
  const [local, setLocal] = useState<{ from: T | undefined; data: T | undefined }>({ from: query.data, data: query.data });
  const [writes, setWrites] = useState({ inFlight: 0, floor: 0 });
  if (local.from !== query.data && writes.inFlight === 0 && query.version >= writes.floor) {
    setLocal({ from: query.data, data: query.data });
  }
  const change = useCallback((fn: (data: T) => T) => {
    setLocal((l) => (l.data === undefined ? l : { ...l, data: fn(l.data) }));
  }, []);
  const { reload } = query;
  const track = history?.track ?? untracked;
  const tracked = useCallback(
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        setWrites((w) => ({ ...w, inFlight: w.inFlight + 1 }));
        try {
          return await track(fn(...args));
        } finally {
          const floor = reload();
          setWrites((w) => ({ inFlight: w.inFlight - 1, floor: Math.max(w.floor, floor) }));
        }
      },
    [reload, track],
  );
  return { data: local.data, change, tracked };
}
