import { ViewportPortal } from '@xyflow/react';
import type { ProcessLane } from '../../../src-main/contract';
import { LANE_HEADER, LANE_HEIGHT } from '../../../src-main/shared/process-geometry';
import { fitText } from '../../../src-main/shared/text-fit';

function LaneName({ name, top }: { name: string; top: number }) {
  const { lines, fontSize } = fitText(name, LANE_HEADER - 30, [20, 18], 3);
  const first = top + LANE_HEIGHT / 2 - ((lines.length - 1) * (fontSize + 4)) / 2 + fontSize / 3;
  return (
    <text className="lane-name" fontSize={fontSize} textAnchor="middle">
      {lines.map((line, i) => (
        <tspan key={i} x={LANE_HEADER / 2} y={first + i * (fontSize + 4)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The swimlanes behind the steps: one band per role, its name on the left. */
export function LaneBackdrop({ lanes, width }: { lanes: readonly ProcessLane[]; width: number }) {
  const height = lanes.length * LANE_HEIGHT;
  return (
    <ViewportPortal>
      <svg className="lane-backdrop" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        {lanes.map((lane, i) => (
          <g key={lane.id}>
            <rect className={i % 2 === 0 ? 'lane lane-even' : 'lane'} x={0} y={i * LANE_HEIGHT} width={width} height={LANE_HEIGHT} />
            <rect className="lane-header" x={0} y={i * LANE_HEIGHT} width={LANE_HEADER} height={LANE_HEIGHT} />
            <LaneName name={lane.name} top={i * LANE_HEIGHT} />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
}

/** The part of the flow that shows the whole process, to fit it to the screen. */
export function processBounds(lanes: number, maxX: number): { x: number; y: number; width: number; height: number } {
  return { x: -10, y: -10, width: Math.max(maxX + 160, LANE_HEADER + 900), height: lanes * LANE_HEIGHT + 20 };
}
