import { ViewportPortal } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { CLOSENESS_LEVELS } from '../../../src-main/contract';
import { CENTER, ONION_RADIUS, QUADRANTS, RING_RADII, WORLD_SIZE } from '../../../src-main/shared/stakeholder-geometry';

const HALF = WORLD_SIZE / 2;
const PAD = 180;

/** The power/interest grid behind the nodes, in the flow's own coordinates. */
export function GridBackdrop() {
  const { t } = useTranslation();
  return (
    <ViewportPortal>
      <svg
        className="map-backdrop"
        width={WORLD_SIZE + PAD * 2}
        height={WORLD_SIZE + PAD * 2}
        viewBox={`${-PAD} ${-PAD} ${WORLD_SIZE + PAD * 2} ${WORLD_SIZE + PAD * 2}`}
        aria-hidden="true"
        style={{ left: -PAD, top: -PAD }}
      >
        {QUADRANTS.map((q, i) => (
          <rect key={q} className={`quadrant quadrant-${q}`} x={(i % 2) * HALF} y={Math.floor(i / 2) * HALF} width={HALF} height={HALF} />
        ))}
        <line className="grid-divider" x1={HALF} y1={0} x2={HALF} y2={WORLD_SIZE} />
        <line className="grid-divider" x1={0} y1={HALF} x2={WORLD_SIZE} y2={HALF} />
        <rect className="grid-frame" x={0} y={0} width={WORLD_SIZE} height={WORLD_SIZE} />
        {QUADRANTS.map((q, i) => (
          <text
            key={q}
            className="quadrant-label"
            x={i % 2 === 0 ? 0 : WORLD_SIZE}
            y={i < 2 ? -74 : WORLD_SIZE + 126}
            textAnchor={i % 2 === 0 ? 'start' : 'end'}
          >
            {t(`domain.quadrants.${q}`)}
          </text>
        ))}
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v} className="grid-tick">
            <text x={((v - 1) / 4) * WORLD_SIZE} y={WORLD_SIZE + 32} textAnchor="middle">
              {v}
            </text>
            <text x={-14} y={WORLD_SIZE - ((v - 1) / 4) * WORLD_SIZE + 7} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text className="axis-label" x={HALF} y={WORLD_SIZE + 74} textAnchor="middle">
          {t('stakeholders.axisInterest')} →
        </text>
        <text className="axis-label" transform={`translate(-146 ${HALF}) rotate(-90)`} textAnchor="middle">
          {t('stakeholders.axisInfluence')} →
        </text>
      </svg>
    </ViewportPortal>
  );
}

/** The onion's rings, from the core team in the middle to the wider environment. */
export function OnionBackdrop() {
  const { t } = useTranslation();
  const size = ONION_RADIUS * 2 + 40;
  const origin = CENTER - size / 2;
  return (
    <ViewportPortal>
      <svg
        className="map-backdrop"
        width={size}
        height={size}
        viewBox={`${origin} ${origin} ${size} ${size}`}
        aria-hidden="true"
        style={{ left: origin, top: origin }}
      >
        {[...CLOSENESS_LEVELS].reverse().map((level) => (
          <circle key={level} className={`ring ring-${level}`} cx={CENTER} cy={CENTER} r={RING_RADII[level]} />
        ))}
        {CLOSENESS_LEVELS.map((level) => (
          <text key={level} className="ring-label" x={CENTER} y={CENTER - RING_RADII[level] + 30} textAnchor="middle">
            {t(`domain.closeness.${level}`)}
          </text>
        ))}
      </svg>
    </ViewportPortal>
  );
}

/** The part of the flow that shows the whole map, used to fit it to the screen. */
export function worldBounds(view: 'grid' | 'onion'): { x: number; y: number; width: number; height: number } {
  if (view === 'onion') {
    const r = ONION_RADIUS + 20;
    return { x: CENTER - r, y: CENTER - r, width: r * 2, height: r * 2 };
  }
  return { x: -PAD + 20, y: -PAD + 40, width: WORLD_SIZE + PAD * 2 - 40, height: WORLD_SIZE + PAD * 2 - 50 };
}
