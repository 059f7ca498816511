import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { Attitude, Stakeholder } from '../../../src-main/contract';
import type { Point } from '../../../src-main/shared/stakeholder-geometry';
import type { StackPlace } from './grid-layout';
import { ATTITUDE_SYMBOLS } from '../../../src-main/shared/labels';
import { NODE_PADDING, NODE_WIDTH } from '../../../src-main/shared/stakeholder-geometry';
import { fitText } from '../../../src-main/shared/text-fit';

export type StakeholderFlowNode = Node<
  {
    stakeholder: Stakeholder;
    attitudes: Record<Attitude, string>;
    /** Where the values are, relative to the box's centre, when the box is drawn elsewhere. */
    anchor?: Point;
    stack?: StackPlace;
  },
  'stakeholder'
>;

/**
 * The true position of a box drawn elsewhere: a dot there, above every box
 * (it often lies under its own box), and a thin line to the box behind it.
 */
function AnchorMark({ anchor }: { anchor: Point }) {
  const pad = 2;
  const left = Math.min(0, anchor.x) - pad;
  const top = Math.min(0, anchor.y) - pad;
  return (
    <>
      <svg className="sh-anchor" style={{ left: `calc(50% + ${left}px)`, top: `calc(50% + ${top}px)` }} width={Math.abs(anchor.x) + 2 * pad} height={Math.abs(anchor.y) + 2 * pad} aria-hidden="true">
        <line x1={-left} y1={-top} x2={anchor.x - left} y2={anchor.y - top} />
      </svg>
      <span className="sh-anchor-dot" style={{ left: `calc(50% + ${anchor.x}px)`, top: `calc(50% + ${anchor.y}px)` }} aria-hidden="true" />
    </>
  );
}

function AttitudeMark({ attitude, word }: { attitude: Attitude; word: string }) {
  return (
    <span className={`sh-attitude sh-attitude-${attitude}`}>
      <span className="sh-symbol" aria-hidden="true">
        {ATTITUDE_SYMBOLS[attitude]}
      </span>
      {word}
    </span>
  );
}

/**
 * One stakeholder on the map: name, attitude as symbol + word + colour, and
 * the wanted change of attitude. Memoised: a drag re-renders only the node
 * that moves (React Flow's performance guide).
 */
function StakeholderNodeView({ data, selected }: NodeProps<StakeholderFlowNode>) {
  const s = data.stakeholder;
  // Long German words get slightly smaller type instead of being broken (bold type runs wider, hence the margin).
  const small = fitText(s.name, NODE_WIDTH - 2 * NODE_PADDING - 30, [18, 16], 2).fontSize < 18;
  const stack = data.stack;
  const lying = stack && !stack.open ? ` sh-node-stacked${stack.index > 0 ? ' sh-node-under' : ''}` : '';
  return (
    <div className={`sh-node sh-node-${s.attitude}${selected ? ' sh-node-selected' : ''}${lying}`}>
      {data.anchor && <AnchorMark anchor={data.anchor} />}
      {stack && stack.index === 0 && !stack.open && (
        <span className="sh-count" aria-hidden="true">
          {stack.count}
        </span>
      )}
      <Handle type="target" position={Position.Left} className="sh-handle" isConnectableStart={false} aria-hidden="true" />
      <span className={small ? 'sh-name sh-name-small' : 'sh-name'}>{s.name}</span>
      <span className="sh-status">
        <AttitudeMark attitude={s.attitude} word={data.attitudes[s.attitude]} />
        {s.targetAttitude !== s.attitude && (
          <span className="sh-wanted">
            <span className="sh-arrow" aria-hidden="true">
              →
            </span>
            <AttitudeMark attitude={s.targetAttitude} word={data.attitudes[s.targetAttitude]} />
          </span>
        )}
      </span>
      <Handle type="source" position={Position.Right} className="sh-handle" aria-hidden="true" />
    </div>
  );
}

export const StakeholderNode = memo(StakeholderNodeView);

/** Defined once, outside any component, as React Flow asks. */
export const nodeTypes = { stakeholder: StakeholderNode };
