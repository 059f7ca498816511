import { type Edge, type EdgeChange, type Node, type NodeChange, applyNodeChanges } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';

/** What is selected on a diagram: boxes, or one line between them. */
export interface CanvasSelection {
  nodes: readonly string[];
  edge: string | null;
}

/** The selection after React Flow selected or unselected boxes (a click, a drag box); null when nothing changed. */
export function selectionAfterNodeChanges(current: CanvasSelection, changes: readonly NodeChange[]): CanvasSelection | null {
  const selects = changes.filter((c) => c.type === 'select');
  if (selects.length === 0) return null;
  const next = new Set(current.nodes);
  for (const c of selects) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return { nodes: [...next], edge: next.size > 0 ? null : current.edge };
}

/** The selection after React Flow selected or unselected a line; null when nothing changed. */
export function selectionAfterEdgeChanges(current: CanvasSelection, changes: readonly EdgeChange[]): CanvasSelection | null {
  const selects = changes.filter((c) => c.type === 'select');
  const picked = selects.find((c) => c.selected);
  if (picked) return { nodes: [], edge: picked.id };
  if (selects.some((c) => c.id === current.edge)) return { ...current, edge: null };
  return null;
}

interface SyncOptions<N extends Node> {
  /** What the boxes are made from: when any of these changes, `sync` runs. */
  from: readonly unknown[];
  /** The boxes for the data, reusing the objects of unchanged ones so only changed boxes re-render. */
  sync: (previous: N[]) => N[];
  /** The selected boxes and line, as the editor keeps them. */
  selectedIds: readonly string[];
  selectedEdge: string | null;
  onSelect: (nodes: string[], edge: string | null) => void;
}

/**
 * React Flow's boxes for a diagram and the selection both ways. The boxes
 * live in state, because React Flow moves them while dragging, and follow
 * the data whenever it changes.
 */
export function useCanvasSync<N extends Node, E extends Edge>({ from, sync, selectedIds, selectedEdge, onSelect }: SyncOptions<N>) {
  const [revision, setRevision] = useState(0);
  const [nodes, setNodes] = useState<N[]>([]);
  const [syncedFrom, setSyncedFrom] = useState<readonly unknown[]>([]);
  const key = [...from, revision];
  if (key.length !== syncedFrom.length || key.some((v, i) => v !== syncedFrom[i])) {
    setSyncedFrom(key);
    setNodes(sync);
  }

  const selection = useMemo<CanvasSelection>(() => ({ nodes: selectedIds, edge: selectedEdge }), [selectedIds, selectedEdge]);
  const onNodesChange = useCallback(
    (changes: NodeChange<N>[]) => {
      setNodes((nds) => applyNodeChanges(changes, nds));
      const next = selectionAfterNodeChanges(selection, changes);
      if (next) onSelect([...next.nodes], next.edge);
    },
    [onSelect, selection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<E>[]) => {
      const next = selectionAfterEdgeChanges(selection, changes);
      if (next) onSelect([...next.nodes], next.edge);
    },
    [onSelect, selection],
  );

  /** Puts every box back where the data says (after a drag was turned into data). */
  const resync = useCallback(() => setRevision((r) => r + 1), []);
  return { nodes, onNodesChange, onEdgesChange, resync };
}
