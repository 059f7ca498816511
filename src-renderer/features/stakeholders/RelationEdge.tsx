import { BaseEdge, type Edge, type EdgeProps, type InternalNode, getStraightPath, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import type { Relation } from '../../../src-main/contract';

export type RelationFlowEdge = Edge<{ relation: Relation; text: string }, 'relation'>;

/** Where the line between two boxes leaves a box: edges attach to the border, not the centre. */
function borderPoint(node: InternalNode, towards: InternalNode): { x: number; y: number } {
  const w = node.measured.width ?? 0;
  const h = node.measured.height ?? 0;
  const cx = node.internals.positionAbsolute.x + w / 2;
  const cy = node.internals.positionAbsolute.y + h / 2;
  const tx = towards.internals.positionAbsolute.x + (towards.measured.width ?? 0) / 2;
  const ty = towards.internals.positionAbsolute.y + (towards.measured.height ?? 0) / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(dx === 0 ? Infinity : w / 2 / Math.abs(dx), dy === 0 ? Infinity : h / 2 / Math.abs(dy));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/**
 * A relation as a straight line from border to border. The kind shows as
 * line style (solid, arrow, dashed), colour and a word, never colour alone.
 */
function RelationEdgeView({ id, source, target, data, markerEnd, selected }: EdgeProps<RelationFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to || !data) return null;
  const start = borderPoint(from, to);
  const end = borderPoint(to, from);
  const [path, labelX, labelY] = getStraightPath({ sourceX: start.x, sourceY: start.y, targetX: end.x, targetY: end.y });
  const { relation, text } = data;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`rel rel-${relation.type}${selected ? ' rel-selected' : ''}`} />
      {/* SVG text, not an HTML label: hundreds of relations stay cheap to draw. */}
      <text className={`rel-label rel-label-${relation.type}`} x={labelX} y={labelY} textAnchor="middle" dominantBaseline="middle">
        {text}
      </text>
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);

export const edgeTypes = { relation: RelationEdge };
