import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface Command {
  /** What the step did, for the buttons' labels ("Vorstand verschoben"). */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export interface UndoStack {
  push: (command: Command) => void;
  /**
   * Marks a change on its way to the core, which pushes its step when it
   * lands: an undo pressed meanwhile waits for it, and takes back that change,
   * not the one before it.
   */
  track: <T>(change: Promise<T>) => Promise<T>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

interface Stacks {
  done: Command[];
  undone: Command[];
}

const LIMIT = 200;

/**
 * Undo and redo for an editor. Every change the coach makes is pushed as a
 * command that knows how to take itself back; steps run one after another so
 * fast Ctrl+Z presses never overtake each other. A step that fails is dropped
 * (the error goes to `onError`), keeping the stack honest.
 */
export function useUndoStack(onError: (error: unknown) => void): UndoStack {
  const [stacks, setStacks] = useState<Stacks>({ done: [], undone: [] });
  // The queued steps read the latest stacks, which may be newer than the last render.
  const latest = useRef(stacks);
  useLayoutEffect(() => {
    latest.current = stacks;
  }, [stacks]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(new Set<Promise<unknown>>());

  const update = useCallback((next: Stacks) => {
    latest.current = next;
    setStacks(next);
  }, []);

  const push = useCallback(
    (command: Command) => update({ done: [...latest.current.done.slice(-(LIMIT - 1)), command], undone: [] }),
    [update],
  );

  const track = useCallback(<T,>(change: Promise<T>): Promise<T> => {
    pending.current.add(change);
    const landed = (): void => void pending.current.delete(change);
    change.then(landed, landed);
    return change;
  }, []);

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      // Only the changes made before this press: one made after it is not what the coach meant to take back.
      const before = [...pending.current];
      queue.current = queue.current.then(async () => {
        await Promise.allSettled(before);
        const { done, undone } = latest.current;
        const source = direction === 'undo' ? done : undone;
        const command = source[source.length - 1];
        if (!command) return;
        update(direction === 'undo' ? { done: done.slice(0, -1), undone } : { done, undone: undone.slice(0, -1) });
        try {
          await (direction === 'undo' ? command.undo() : command.redo());
          const now = latest.current;
          update(direction === 'undo' ? { ...now, undone: [...now.undone, command] } : { ...now, done: [...now.done, command] });
        } catch (error) {
          onError(error);
        }
      });
      return queue.current;
    },
    [onError, update],
  );

  return {
    push,
    track,
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo: stacks.done.length > 0,
    canRedo: stacks.undone.length > 0,
    undoLabel: stacks.done[stacks.done.length - 1]?.label ?? null,
    redoLabel: stacks.undone[stacks.undone.length - 1]?.label ?? null,
  };
}
