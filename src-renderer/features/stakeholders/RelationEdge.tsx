import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps, type InternalNode, getStraightPath, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../../src-main/contract';

export type RelationFlowEdge = Edge<{ relation: Relation }, 'relation'>;

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
  const { t } = useTranslation();
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to || !data) return null;
  const start = borderPoint(from, to);
  const end = borderPoint(to, from);
  const [path, labelX, labelY] = getStraightPath({ sourceX: start.x, sourceY: start.y, targetX: end.x, targetY: end.y });
  const { relation } = data;
  const text = relation.label
    ? `${t(`domain.relationTypes.${relation.type}`)}: ${relation.label}`
    : t(`domain.relationTypes.${relation.type}`);
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`rel rel-${relation.type}${selected ? ' rel-selected' : ''}`} />
      <EdgeLabelRenderer>
        <div
          className={`rel-label rel-label-${relation.type}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {text}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);

export const edgeTypes = { relation: RelationEdge };
