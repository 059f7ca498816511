import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { MarkerKind, ProcessMarker, ProcessStep, StepKind } from '../../../src-main/contract';
import { Icon, type IconName } from '../../ui/Icon';

export interface StepWords {
  kinds: Record<StepKind, string>;
  markers: Record<MarkerKind, string>;
}

export type StepFlowNode = Node<{ step: ProcessStep; number: number; markers: ProcessMarker[]; words: StepWords }, 'processStep'>;

export const MARKER_ICONS: Record<MarkerKind, IconName> = { pain: 'alert', idea: 'bulb', digital: 'bolt' };

/** A marker on a step: icon and word (and severity for pain points), never colour alone. */
export function MarkerBadge({ marker, word }: { marker: ProcessMarker; word: string }) {
  return (
    <span className={`marker-badge marker-${marker.kind}`}>
      <Icon name={MARKER_ICONS[marker.kind]} size={16} />
      {word}
      {marker.severity !== null && <span className="marker-severity">{marker.severity}</span>}
    </span>
  );
}

/** One step of the process, shaped by its kind; memoised so a drag re-renders only what moves. */
function StepNodeView({ data, selected }: NodeProps<StepFlowNode>) {
  const { step, number, markers, words } = data;
  return (
    <div className={`step-node step-${step.kind}${selected ? ' step-selected' : ''}`}>
      <Handle type="target" position={Position.Left} className="step-handle" aria-hidden="true" />
      {step.kind === 'decision' && <span className="step-diamond" aria-hidden="true" />}
      <span className="step-kind">{words.kinds[step.kind]}</span>
      <span className="step-label">
        <span className="step-number">{number}.</span> {step.label}
      </span>
      {markers.length > 0 && (
        <span className="step-markers">
          {markers.map((m) => (
            <MarkerBadge key={m.id} marker={m} word={words.markers[m.kind]} />
          ))}
        </span>
      )}
      <Handle type="source" position={Position.Right} className="step-handle" aria-hidden="true" />
    </div>
  );
}

export const StepNode = memo(StepNodeView);

/** Defined once, outside any component, as React Flow asks. */
export const stepNodeTypes = { processStep: StepNode };
