import type { ProcessDiagram, ProcessEdge, ProcessMarker, ProcessStep } from '../../contract';
import { MARKER_SYMBOLS, type ProcessLabels } from '../../shared/process-labels';
import { LANE_HEADER, LANE_HEIGHT, STEP_SIZE, displayX, laneCenter } from '../../shared/process-geometry';
import { FONT_FAMILY, escapeXml, fitText } from './svg';

// A process diagram drawn from stored data, for the PNG/SVG export and the
// report: lanes as bands, steps by kind, arrows with their labels, markers.

const MARGIN = 30;

interface Placed {
  step: ProcessStep;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fill, outline and outline width of each kind of step. */
const STEP_STYLE: Record<ProcessStep['kind'], { fill: string; stroke: string; width: number }> = {
  start: { fill: '#e6f3e9', stroke: '#1f7a3a', width: 3 },
  end: { fill: '#eef1f4', stroke: '#1b2430', width: 5 },
  decision: { fill: '#fdf1c7', stroke: '#8a5300', width: 3 },
  document: { fill: '#e5eef6', stroke: '#1c5a86', width: 3 },
  step: { fill: '#ffffff', stroke: '#46505c', width: 3 },
};

const paint = (kind: ProcessStep['kind']): string => `fill="${STEP_STYLE[kind].fill}" stroke="${STEP_STYLE[kind].stroke}" stroke-width="${STEP_STYLE[kind].width}"`;

function shape(p: Placed): string {
  const { x, y, width: w, height: h } = p;
  const left = x - w / 2;
  const top = y - h / 2;
  switch (p.step.kind) {
    case 'start':
    case 'end':
      return `<rect x="${left}" y="${top}" width="${w}" height="${h}" rx="${h / 2}" ${paint(p.step.kind)}/>`;
    case 'decision':
      return `<path d="M${x} ${top} L${left + w} ${y} L${x} ${top + h} L${left} ${y} Z" ${paint('decision')}/>`;
    case 'document':
      return `<path d="M${left} ${top} H${left + w} V${top + h - 10} Q${left + w * 0.75} ${top + h - 22} ${x} ${top + h - 10} T${left} ${top + h - 10} Z" ${paint('document')}/>`;
    default:
      return `<rect x="${left}" y="${top}" width="${w}" height="${h}" rx="8" ${paint('step')}/>`;
  }
}

function stepSvg(p: Placed, number: number, markers: readonly ProcessMarker[], labels: ProcessLabels): string {
  const width = p.step.kind === 'decision' ? p.width * 0.62 : p.width - 20;
  const text = fitText(`${number}. ${p.step.label}`, width, [16, 14], p.step.kind === 'decision' ? 3 : 3);
  const lineHeight = text.fontSize + 3;
  const top = p.y - (text.lines.length * lineHeight) / 2 + text.fontSize - 2;
  const lines = text.lines
    .map((line, i) => `<text x="${p.x}" y="${(top + i * lineHeight).toFixed(1)}" text-anchor="middle" font-size="${text.fontSize}" font-weight="600" fill="#1b2430">${escapeXml(line)}</text>`)
    .join('');
  const badges = markers
    .map((m, i) => {
      const word = m.kind === 'pain' ? `${labels.markers.pain} ${m.severity ?? ''}`.trim() : labels.markers[m.kind];
      const label = fitText(`${MARKER_SYMBOLS[m.kind]} ${word}: ${m.text}`, 230, [13], 1).lines[0] ?? '';
      const color = m.kind === 'pain' ? '#a3221b' : m.kind === 'idea' ? '#6b4f00' : '#1c5a86';
      return `<text x="${p.x}" y="${p.y + p.height / 2 + 18 + i * 17}" text-anchor="middle" font-size="13" font-weight="600" fill="${color}">${escapeXml(label)}</text>`;
    })
    .join('');
  return `<g>${shape(p)}${lines}${badges}</g>`;
}

/** The connector's course and the point its label sits on; null when a step is missing. */
function edgeRoute(edge: ProcessEdge, placed: Map<string, Placed>): { path: string; mid: { x: number; y: number } } | null {
  const a = placed.get(edge.sourceId);
  const b = placed.get(edge.targetId);
  if (!a || !b) return null;
  const start = { x: a.x + a.width / 2, y: a.y };
  const end = { x: b.x - b.width / 2, y: b.y };
  let path: string;
  let mid: { x: number; y: number };
  if (end.x >= start.x + 20) {
    const bend = (start.x + end.x) / 2;
    path = `M${start.x} ${start.y} H${bend} V${end.y} H${end.x - 4}`;
    mid = { x: bend, y: (start.y + end.y) / 2 };
  } else {
    // Backwards (e.g. "Nein → zurück zu Schritt 3"): around underneath.
    const below = Math.max(a.y + a.height / 2, b.y + b.height / 2) + 26;
    path = `M${a.x} ${a.y + a.height / 2} V${below} H${b.x} V${b.y + b.height / 2 + 4}`;
    mid = { x: (a.x + b.x) / 2, y: below };
  }
  return { path, mid };
}

function edgeSvg(edge: ProcessEdge, placed: Map<string, Placed>): { line: string; label: string } {
  const route = edgeRoute(edge, placed);
  if (!route) return { line: '', label: '' };
  const { path, mid } = route;
  return {
    line: `<path d="${path}" fill="none" stroke="#46505c" stroke-width="2.5" marker-end="url(#process-arrow)"/>`,
    label: edge.label
      ? `<text x="${mid.x}" y="${mid.y - 6}" text-anchor="middle" font-size="14" font-weight="700" fill="#1b2430" stroke="#ffffff" stroke-width="5" paint-order="stroke">${escapeXml(edge.label)}</text>`
      : '',
  };
}

export interface ProcessSvgOptions {
  labels: ProcessLabels;
  title: string;
  numbers: Map<string, number>;
}

function layout(diagram: ProcessDiagram): { placed: Map<string, Placed>; right: number; svgOpen: string; background: string } {
  const laneIndex = new Map(diagram.lanes.map((l, i) => [l.id, i]));
  const xs = displayX(diagram.steps);
  const placed = new Map<string, Placed>(
    diagram.steps.map((step) => [step.id, { step, x: xs.get(step.id) ?? step.x, y: laneCenter(laneIndex.get(step.laneId) ?? 0), ...STEP_SIZE[step.kind] }]),
  );
  const right = Math.max(LANE_HEADER + 400, ...[...placed.values()].map((p) => p.x + p.width / 2 + 140));
  const width = right + MARGIN * 2;
  const height = diagram.lanes.length * LANE_HEIGHT + MARGIN * 2;
  const svgOpen = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${-MARGIN} ${-MARGIN} ${width} ${height}" font-family="${FONT_FAMILY}" role="img">`;
  return { placed, right, svgOpen, background: `<rect x="${-MARGIN}" y="${-MARGIN}" width="${width}" height="${height}" fill="#ffffff"/>` };
}

const laneBand = (i: number, right: number): string =>
  `<rect x="0" y="${i * LANE_HEIGHT}" width="${right}" height="${LANE_HEIGHT}" fill="${i % 2 === 0 ? '#f6f4ef' : '#ffffff'}" stroke="#b9bfc7" stroke-width="1.5"/>`;

/**
 * The same diagram without what is too small to see when it is shrunk far
 * (words, arrowheads, the exact outlines): lanes, connectors, and the steps
 * as boxes in their kind's colours, one shape per kind. Drawing it is a
 * fraction of the work of the full picture.
 */
export function processOverviewSvg(diagram: ProcessDiagram): string {
  const { placed, right, svgOpen, background } = layout(diagram);
  const lanes = diagram.lanes.map((_, i) => laneBand(i, right)).join('');
  const connectors = diagram.edges.map((e) => edgeRoute(e, placed)?.path ?? '').join('');
  const boxes = new Map<ProcessStep['kind'], string>();
  for (const p of placed.values()) boxes.set(p.step.kind, `${boxes.get(p.step.kind) ?? ''}M${p.x - p.width / 2} ${p.y - p.height / 2}h${p.width}v${p.height}h${-p.width}z`);
  const steps = [...boxes].map(([kind, d]) => `<path d="${d}" ${paint(kind)}/>`).join('');
  return `${svgOpen}${background}${lanes}<path d="${connectors}" fill="none" stroke="#46505c" stroke-width="2.5"/>${steps}</svg>`;
}

export function processSvg(diagram: ProcessDiagram, options: ProcessSvgOptions): string {
  const { placed, right, svgOpen, background } = layout(diagram);
  const lanes = diagram.lanes
    .map((lane, i) => {
      const y = i * LANE_HEIGHT;
      const name = fitText(lane.name, LANE_HEADER - 30, [18, 16], 3);
      const text = name.lines
        .map((line, j) => `<text x="${LANE_HEADER / 2}" y="${y + LANE_HEIGHT / 2 + (j - (name.lines.length - 1) / 2) * (name.fontSize + 4) + 6}" text-anchor="middle" font-size="${name.fontSize}" font-weight="700" fill="#1b2430">${escapeXml(line)}</text>`)
        .join('');
      return `${laneBand(i, right)}
<rect x="0" y="${y}" width="${LANE_HEADER}" height="${LANE_HEIGHT}" fill="#e3eef6" stroke="#b9bfc7" stroke-width="1.5"/>${text}`;
    })
    .join('\n');
  const markersByStep = new Map<string, ProcessMarker[]>();
  for (const m of diagram.markers) markersByStep.set(m.stepId, [...(markersByStep.get(m.stepId) ?? []), m]);
  const edges = diagram.edges.map((e) => edgeSvg(e, placed));
  const steps = [...placed.values()].map((p) => stepSvg(p, options.numbers.get(p.step.id) ?? 0, markersByStep.get(p.step.id) ?? [], options.labels)).join('\n');
  return `${svgOpen}
<title>${escapeXml(options.title)}</title>
<defs><marker id="process-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#46505c"/></marker></defs>
${background}
${lanes}
${edges.map((e) => e.line).join('\n')}
${steps}
${edges.map((e) => e.label).join('\n')}
</svg>`;
}
