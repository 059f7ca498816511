import type { ProcessEdge } from '../../contract';
import type { CoreContext } from '../context';
import { findEdge } from './rows';

export interface Bridge {
  sourceId: string;
  targetId: string;
  label: string;
}

/**
 * The arrows that close the gap when steps are deleted: every remaining step
 * that led into the deleted ones is connected to every remaining step they led
 * to (through any number of deleted steps). Never a self-loop, never a second
 * arrow between two steps that are already connected. The label is the one of
 * the arrow into the deleted steps if it has one ("Ja"), else the one out.
 */
export function bridgesFor(edges: readonly ProcessEdge[], gone: ReadonlySet<string>): Bridge[] {
  const outgoing = new Map<string, ProcessEdge[]>();
  for (const e of edges) outgoing.set(e.sourceId, [...(outgoing.get(e.sourceId) ?? []), e]);
  const existing = new Set(edges.filter((e) => !gone.has(e.sourceId) && !gone.has(e.targetId)).map((e) => `${e.sourceId}>${e.targetId}`));
  const bridges: Bridge[] = [];
  for (const into of edges) {
    if (gone.has(into.sourceId) || !gone.has(into.targetId)) continue;
    for (const out of exitsFrom(into.targetId, outgoing, gone)) {
      const key = `${into.sourceId}>${out.targetId}`;
      if (into.sourceId === out.targetId || existing.has(key)) continue;
      existing.add(key);
      bridges.push({ sourceId: into.sourceId, targetId: out.targetId, label: into.label || out.label });
    }
  }
  return bridges;
}

/** Arrows that leave the deleted steps for a remaining one, walking from `entry` through deleted steps only. */
function exitsFrom(entry: string, outgoing: Map<string, ProcessEdge[]>, gone: ReadonlySet<string>): ProcessEdge[] {
  const seen = new Set([entry]);
  const queue = [entry];
  const exits: ProcessEdge[] = [];
  while (queue.length > 0) {
    for (const e of outgoing.get(queue.shift()!) ?? []) {
      if (!gone.has(e.targetId)) exits.push(e);
      else if (!seen.has(e.targetId)) {
        seen.add(e.targetId);
        queue.push(e.targetId);
      }
    }
  }
  return exits;
}

/** Draws the bridges inside the caller's transaction and returns them as stored. */
export function insertBridges(ctx: CoreContext, diagramId: string, bridges: readonly Bridge[]): ProcessEdge[] {
  return bridges.map((b) => {
    const id = ctx.newId();
    ctx.sql('INSERT INTO process_edges (id, diagram_id, source_id, target_id, label) VALUES (?, ?, ?, ?, ?)').run(id, diagramId, b.sourceId, b.targetId, b.label);
    return findEdge(ctx, id);
  });
}
