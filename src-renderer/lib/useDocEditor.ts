import { useCallback, useMemo, useRef, useState } from 'react';
import type { SaveState } from '../ui/SaveIndicator';
import { useAutosave } from './useAutosave';
import type { UndoStack } from './useUndoStack';

interface Step<T> {
  label: string;
  before: T;
  after: T;
  group: string | null;
  at: number;
}

export interface DocEditor<T> {
  doc: T;
  /**
   * Changes the document at once and saves it after a short pause. Changes
   * with the same `group` (typing in one field) within a moment of each other
   * are one undo step.
   */
  edit: (change: (doc: T) => T, label: string, group?: string) => void;
  state: SaveState;
  history: UndoStack;
  flush: () => void;
  /** Saves now and resolves once it is stored. */
  settled: () => Promise<void>;
}

const GROUP_WINDOW_MS = 2000;

/**
 * Editing a whole document (a template, a workshop's agenda) that is saved as
 * one: the local copy is the truth while the editor is open, every change is
 * saved a moment later, and undo/redo step through whole versions.
 */
export function useDocEditor<T>(initial: T, save: (doc: T) => Promise<unknown>): DocEditor<T> {
  const [doc, setDoc] = useState(initial);
  const current = useRef(initial);
  const [stacks, setStacks] = useState<{ done: Step<T>[]; undone: Step<T>[] }>({ done: [], undone: [] });
  const stacksRef = useRef(stacks);
  const autosave = useAutosave<{ doc: T }>((patch) => (patch.doc === undefined ? Promise.resolve() : save(patch.doc)));
  const { change: queue } = autosave;

  const apply = useCallback(
    (next: T, nextStacks: { done: Step<T>[]; undone: Step<T>[] }) => {
      current.current = next;
      stacksRef.current = nextStacks;
      setDoc(next);
      setStacks(nextStacks);
      queue({ doc: next });
    },
    [queue],
  );

  const edit = useCallback(
    (change: (doc: T) => T, label: string, group?: string) => {
      const before = current.current;
      const after = change(before);
      if (after === before) return;
      const { done } = stacksRef.current;
      const last = done.at(-1);
      const now = Date.now();
      const merged =
        last && group && last.group === group && now - last.at < GROUP_WINDOW_MS
          ? [...done.slice(0, -1), { ...last, after, at: now }]
          : [...done.slice(-199), { label, before, after, group: group ?? null, at: now }];
      apply(after, { done: merged, undone: [] });
    },
    [apply],
  );

  const history = useMemo<UndoStack>(() => {
    const { done, undone } = stacks;
    return {
      push: () => undefined,
      // Steps are taken in memory as the coach types: none is ever on its way.
      track: (change) => change,
      undo: () => {
        const step = stacksRef.current.done.at(-1);
        if (step) apply(step.before, { done: stacksRef.current.done.slice(0, -1), undone: [...stacksRef.current.undone, step] });
        return Promise.resolve();
      },
      redo: () => {
        const step = stacksRef.current.undone.at(-1);
        if (step) apply(step.after, { done: [...stacksRef.current.done, { ...step, at: 0 }], undone: stacksRef.current.undone.slice(0, -1) });
        return Promise.resolve();
      },
      canUndo: done.length > 0,
      canRedo: undone.length > 0,
      undoLabel: done.at(-1)?.label ?? null,
      redoLabel: undone.at(-1)?.label ?? null,
    };
  }, [apply, stacks]);

  return { doc, edit, state: autosave.state, history, flush: autosave.flush, settled: autosave.settled };
}
