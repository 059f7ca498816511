import { useId } from 'react';
import './selfcheck.css';
import { RADAR_FAINT, RADAR_LINE_HEIGHT, RADAR_STYLES, type RadarFaint, type RadarSeries, radarLayout, radarPoints } from '../../../src-main/shared/radar';

interface RadarChartProps {
  title: string;
  labels: readonly string[];
  /** The current self-check first; an earlier one (before) second. */
  series: readonly RadarSeries[];
  /** The club's older self-checks, drawn as thin lines beneath. */
  faint?: RadarFaint | undefined;
  /** The values in words, for screen readers. */
  description: string;
  fontSize?: number;
  className?: string;
}

/** The self-check as a radar chart, drawn from the data (the report draws the same geometry). */
export function RadarChart({ title, labels, series, faint, description, fontSize = 19, className = 'radar' }: RadarChartProps) {
  const titleId = useId();
  const descId = useId();
  const layout = radarLayout(labels);
  const legendY = layout.height + 16;
  const older = faint && faint.values.length > 0 ? faint : null;
  return (
    <figure className={className}>
      <svg viewBox={`0 0 ${layout.width} ${legendY + (older ? 56 : 24)}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {layout.rings.map((ring, i) => (
          <polygon key={ring} points={ring} fill="none" stroke={i === 4 ? '#8a9099' : '#c8ccd2'} strokeWidth={1} />
        ))}
        {layout.axes.map((axis) => (
          <g key={axis.label}>
            <line x1={layout.cx} y1={layout.cy} x2={axis.x} y2={axis.y} stroke="#c8ccd2" />
            <text x={axis.labelX} y={axis.labelY} textAnchor={axis.anchor} fontSize={fontSize} fill="currentColor">
              {axis.lines.map((line, i) => (
                <tspan key={line} x={axis.labelX} dy={i === 0 ? 0 : RADAR_LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
        {older?.values.map((values, i) => <polygon key={i} points={radarPoints(layout, values)} fill="none" stroke={RADAR_FAINT.stroke} strokeWidth={RADAR_FAINT.width} />)}
        {older ? (
          <g>
            <line x1={20} y1={legendY + 32} x2={56} y2={legendY + 32} stroke={RADAR_FAINT.stroke} strokeWidth={RADAR_FAINT.width} />
            <text x={64} y={legendY + 38} fontSize={fontSize - 2} fill="currentColor">
              {older.name}
            </text>
          </g>
        ) : null}
        {[...series].reverse().map((s, reversed) => {
          const style = RADAR_STYLES[Math.min(series.length - 1 - reversed, 1)]!;
          return <polygon key={s.name} points={radarPoints(layout, s.values)} fill={style.fill} stroke={style.stroke} strokeWidth={3} strokeDasharray={style.dash || undefined} />;
        })}
        {series.map((s, i) => {
          const style = RADAR_STYLES[Math.min(i, 1)]!;
          const x = 20 + i * 360;
          return (
            <g key={s.name}>
              <line x1={x} y1={legendY} x2={x + 36} y2={legendY} stroke={style.stroke} strokeWidth={3} strokeDasharray={style.dash || undefined} />
              <text x={x + 44} y={legendY + 6} fontSize={fontSize - 2} fill="currentColor">
                {s.name}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
