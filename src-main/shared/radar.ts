// The self-check's radar chart, drawn from the data: the same geometry on
// screen, on the projector and (as an SVG file) in the report.

export const RADAR_MAX = 5;

export interface RadarAxis {
  label: string;
  /** The label broken after " & " when it is long, so that it fits beside the chart. */
  lines: string[];
  /** End of the axis at value 5. */
  x: number;
  y: number;
  /** Where the label goes, a little outside the end. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  axes: RadarAxis[];
  /** Polygons of the levels 1 to 5, as SVG points. */
  rings: string[];
}

export interface RadarSeries {
  name: string;
  /** One value per axis, 1–5; null where the room gave none (drawn at the centre). */
  values: readonly (number | null)[];
}

const round = (n: number): number => Math.round(n * 10) / 10;

function pointAt(cx: number, cy: number, radius: number, index: number, count: number, value: number): [number, number] {
  // Starts at the top and goes clockwise, as people read a clock.
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (radius * Math.max(0, Math.min(RADAR_MAX, value))) / RADAR_MAX;
  return [round(cx + r * Math.cos(angle)), round(cy + r * Math.sin(angle))];
}

/** Line height of a two-line axis label, in the chart's units. */
export const RADAR_LINE_HEIGHT = 22;

function breakLabel(label: string): string[] {
  const at = label.indexOf(' & ');
  return label.length > 14 && at > 0 ? [label.slice(0, at + 2), label.slice(at + 3)] : [label];
}

/** Labels need room left and right; the width leaves it for long field names. */
export function radarLayout(labels: readonly string[], width = 760, height = 540): RadarLayout {
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.min(height / 2 - 60, width / 2 - 170);
  const count = labels.length;
  const axes = labels.map((label, i): RadarAxis => {
    const [x, y] = pointAt(cx, cy, radius, i, count, RADAR_MAX);
    const [labelX, labelY] = pointAt(cx, cy, radius + 22, i, count, RADAR_MAX);
    const dx = labelX - cx;
    const anchor = Math.abs(dx) < 8 ? 'middle' : dx > 0 ? 'start' : 'end';
    const lines = breakLabel(label);
    // Above the centre the text grows upwards, below it downwards, beside it around the axis.
    const shift = labelY < cy - 8 ? -4 - (lines.length - 1) * RADAR_LINE_HEIGHT : labelY > cy + 8 ? 14 : 5 - ((lines.length - 1) * RADAR_LINE_HEIGHT) / 2;
    return { label, lines, x, y, labelX, labelY: labelY + shift, anchor };
  });
  const rings = [1, 2, 3, 4, 5].map((level) => labels.map((_, i) => pointAt(cx, cy, radius, i, count, level).join(',')).join(' '));
  return { width, height, cx, cy, radius, axes, rings };
}

export function radarPoints(layout: RadarLayout, values: readonly (number | null)[]): string {
  return values.map((v, i) => pointAt(layout.cx, layout.cy, layout.radius, i, values.length, v ?? 0).join(',')).join(' ');
}

/** Colours that tell "before" and "now" apart also in greyscale print: dashed versus solid. */
export const RADAR_STYLES = [
  { stroke: '#0b5cad', fill: 'rgba(11, 92, 173, 0.18)', dash: '' },
  { stroke: '#8a4b00', fill: 'rgba(138, 75, 0, 0.08)', dash: '8 6' },
] as const;

/** Older sessions of the club: thin grey outlines beneath before and now, a trend without noise. */
export const RADAR_FAINT = { stroke: '#9aa3ad', width: 1.5 } as const;

/** Older self-checks drawn faintly, with one legend entry for all of them. */
export interface RadarFaint {
  name: string;
  values: readonly (readonly (number | null)[])[];
}

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * The chart as a standalone SVG document (for the report and exports). The
 * current series comes first; an earlier one is drawn dashed beneath it.
 */
export function radarSvg(labels: readonly string[], series: readonly RadarSeries[], title: string, faint?: RadarFaint): string {
  const layout = radarLayout(labels);
  const legendY = layout.height + 10;
  const hasFaint = !!faint && faint.values.length > 0;
  const height = legendY + (hasFaint ? 60 : 30);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${height}" viewBox="0 0 ${layout.width} ${height}" font-family="Arial, Helvetica, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  for (const ring of layout.rings) parts.push(`<polygon points="${ring}" fill="none" stroke="#c8ccd2" stroke-width="1"/>`);
  for (const axis of layout.axes) {
    parts.push(`<line x1="${layout.cx}" y1="${layout.cy}" x2="${axis.x}" y2="${axis.y}" stroke="#c8ccd2" stroke-width="1"/>`);
    const tspans = axis.lines.map((line, i) => `<tspan x="${axis.labelX}" dy="${i === 0 ? 0 : RADAR_LINE_HEIGHT}">${escapeXml(line)}</tspan>`).join('');
    parts.push(`<text x="${axis.labelX}" y="${axis.labelY}" text-anchor="${axis.anchor}" font-size="18" fill="#1d2329">${tspans}</text>`);
  }
  if (hasFaint) {
    for (const values of faint.values) parts.push(`<polygon points="${radarPoints(layout, values)}" fill="none" stroke="${RADAR_FAINT.stroke}" stroke-width="${RADAR_FAINT.width}"/>`);
    parts.push(`<line x1="20" y1="${legendY + 40}" x2="56" y2="${legendY + 40}" stroke="${RADAR_FAINT.stroke}" stroke-width="${RADAR_FAINT.width}"/>`);
    parts.push(`<text x="64" y="${legendY + 46}" font-size="16" fill="#1d2329">${escapeXml(faint.name)}</text>`);
  }
  [...series].reverse().forEach((s, reversedIndex) => {
    const style = RADAR_STYLES[Math.min(series.length - 1 - reversedIndex, 1)]!;
    parts.push(`<polygon points="${radarPoints(layout, s.values)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="3"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
  });
  series.forEach((s, i) => {
    const style = RADAR_STYLES[Math.min(i, 1)]!;
    const x = 20 + i * 340;
    parts.push(`<line x1="${x}" y1="${legendY + 10}" x2="${x + 36}" y2="${legendY + 10}" stroke="${style.stroke}" stroke-width="3"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`);
    parts.push(`<text x="${x + 44}" y="${legendY + 16}" font-size="16" fill="#1d2329">${escapeXml(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
