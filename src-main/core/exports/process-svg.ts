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

/** Type sizes: the screen's, or the printed report's, where nothing is under 16 units (8 pt at the report's scale). */
interface Style {
  step: readonly number[];
  stepLines: number;
  edge: number;
  lane: readonly number[];
}

const SCREEN: Style = { step: [16, 14], stepLines: 3, edge: 14, lane: [18, 16] };
const PRINT: Style = { step: [16], stepLines: 4, edge: 16, lane: [18, 16] };
/** The smallest type of a printed diagram, in SVG units. */
export const PRINT_MIN_FONT = 16;

const MARKER_COLORS: Record<ProcessMarker['kind'], string> = { pain: '#a3221b', idea: '#6b4f00', digital: '#1c5a86' };

/** Markers as words under the step, each cut to one line (exports and the projector). */
function markerWords(p: Placed, markers: readonly ProcessMarker[], labels: ProcessLabels): string {
  return markers
    .map((m, i) => {
      const word = m.kind === 'pain' ? `${labels.markers.pain} ${m.severity ?? ''}`.trim() : labels.markers[m.kind];
      const label = fitText(`${MARKER_SYMBOLS[m.kind]} ${word}: ${m.text}`, 230, [13], 1).lines[0] ?? '';
      return `<text x="${p.x}" y="${p.y + p.height / 2 + 18 + i * 17}" text-anchor="middle" font-size="13" font-weight="600" fill="${MARKER_COLORS[m.kind]}">${escapeXml(label)}</text>`;
    })
    .join('');
}

/** Markers as their numbers under the step ("⚠ 3"), four to a line: the report lists their full text. */
function markerNumbers(p: Placed, markers: readonly ProcessMarker[], numbers: Map<string, number>): string {
  const lines: string[] = [];
  for (let i = 0; i < markers.length; i += 4) {
    const spans = markers
      .slice(i, i + 4)
      .map((m, j) => `<tspan fill="${MARKER_COLORS[m.kind]}"${j > 0 ? ' dx="10"' : ''}>${MARKER_SYMBOLS[m.kind]} ${numbers.get(m.id) ?? '?'}</tspan>`)
      .join('');
    // From the step's left edge: a way back enters the step from below in the middle.
    lines.push(`<text x="${p.x - p.width / 2 + 4}" y="${p.y + p.height / 2 + 20 + (i / 4) * 20}" font-size="${PRINT_MIN_FONT}" font-weight="700">${spans}</text>`);
  }
  return lines.join('');
}

function stepSvg(p: Placed, number: number, markers: readonly ProcessMarker[], options: ProcessSvgOptions): string {
  const style = options.print ? PRINT : SCREEN;
  const width = p.step.kind === 'decision' ? p.width * 0.62 : p.width - 20;
  const text = fitText(`${number}. ${p.step.label}`, width, style.step, style.stepLines);
  const lineHeight = text.fontSize + 3;
  const top = p.y - (text.lines.length * lineHeight) / 2 + text.fontSize - 2;
  const lines = text.lines
    .map((line, i) => `<text x="${p.x}" y="${(top + i * lineHeight).toFixed(1)}" text-anchor="middle" font-size="${text.fontSize}" font-weight="600" fill="#1b2430">${escapeXml(line)}</text>`)
    .join('');
  const badges = options.markerNumbers ? markerNumbers(p, markers, options.markerNumbers) : markerWords(p, markers, options.labels);
  return `<g>${shape(p)}${lines}${badges}</g>`;
}

/** The connector's course and the point its label sits on; null when a step is missing. */
function edgeRoute(edge: ProcessEdge, placed: Map<string, Placed>, under = 26): { path: string; mid: { x: number; y: number } } | null {
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
    const below = Math.max(a.y + a.height / 2, b.y + b.height / 2) + under;
    path = `M${a.x} ${a.y + a.height / 2} V${below} H${b.x} V${b.y + b.height / 2 + 4}`;
    mid = { x: (a.x + b.x) / 2, y: below };
  }
  return { path, mid };
}

function edgeSvg(edge: ProcessEdge, placed: Map<string, Placed>, style: Style = SCREEN): { line: string; label: string; at: number } {
  // In print the markers' numbers sit under the steps: a way back runs below them.
  const route = edgeRoute(edge, placed, style === PRINT ? 52 : 26);
  if (!route) return { line: '', label: '', at: 0 };
  const { path, mid } = route;
  return {
    at: mid.x,
    line: `<path d="${path}" fill="none" stroke="#46505c" stroke-width="2.5" marker-end="url(#process-arrow)"/>`,
    label: edge.label
      ? `<text x="${mid.x}" y="${mid.y - 6}" text-anchor="middle" font-size="${style.edge}" font-weight="700" fill="#1b2430" stroke="#ffffff" stroke-width="5" paint-order="stroke">${escapeXml(edge.label)}</text>`
      : '',
  };
}

export interface ProcessSvgOptions {
  labels: ProcessLabels;
  title: string;
  numbers: Map<string, number>;
  /** Drawn for print: larger type, markers by their number (see `markerNumbers`). */
  print?: boolean;
  /** Each marker's number; when given, markers show it instead of their (cut) text. */
  markerNumbers?: Map<string, number>;
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

function laneHeader(lane: ProcessDiagram['lanes'][number], i: number, style: Style): string {
  const y = i * LANE_HEIGHT;
  const name = fitText(lane.name, LANE_HEADER - 30, style.lane, 3);
  const text = name.lines
    .map((line, j) => `<text x="${LANE_HEADER / 2}" y="${y + LANE_HEIGHT / 2 + (j - (name.lines.length - 1) / 2) * (name.fontSize + 4) + 6}" text-anchor="middle" font-size="${name.fontSize}" font-weight="700" fill="#1b2430">${escapeXml(line)}</text>`)
    .join('');
  return `<rect x="0" y="${y}" width="${LANE_HEADER}" height="${LANE_HEIGHT}" fill="#e3eef6" stroke="#b9bfc7" stroke-width="1.5"/>${text}`;
}

function markersOf(diagram: ProcessDiagram): Map<string, ProcessMarker[]> {
  const byStep = new Map<string, ProcessMarker[]>();
  for (const m of diagram.markers) byStep.set(m.stepId, [...(byStep.get(m.stepId) ?? []), m]);
  return byStep;
}

const ARROW_DEFS = '<marker id="process-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#46505c"/></marker>';

export function processSvg(diagram: ProcessDiagram, options: ProcessSvgOptions): string {
  const style = options.print ? PRINT : SCREEN;
  const { placed, right, svgOpen, background } = layout(diagram);
  const lanes = diagram.lanes.map((lane, i) => `${laneBand(i, right)}\n${laneHeader(lane, i, style)}`).join('\n');
  const markersByStep = markersOf(diagram);
  const edges = diagram.edges.map((e) => edgeSvg(e, placed, style));
  const steps = [...placed.values()].map((p) => stepSvg(p, options.numbers.get(p.step.id) ?? 0, markersByStep.get(p.step.id) ?? [], options)).join('\n');
  return `${svgOpen}
<title>${escapeXml(options.title)}</title>
<defs>${ARROW_DEFS}</defs>
${background}
${lanes}
${edges.map((e) => e.line).join('\n')}
${steps}
${edges.map((e) => e.label).join('\n')}
</svg>`;
}

/** A part of a diagram for one page: the flow from x0 to x1, lanes [lane0, lane1), with the lane names at the left. */
export interface ProcessPage {
  x0: number;
  x1: number;
  lane0: number;
  lane1: number;
}

/** Room around a page's picture, in SVG units. */
export const PAGE_MARGIN = 12;

/** The size of a page's picture in SVG units. */
export const pageSize = (page: ProcessPage): { width: number; height: number } => ({
  width: LANE_HEADER + (page.x1 - page.x0) + 2 * PAGE_MARGIN,
  height: (page.lane1 - page.lane0) * LANE_HEIGHT + 2 * PAGE_MARGIN,
});

/**
 * One page of a long or tall diagram, at the same scale as every other page:
 * only what lies on the page is drawn (a long process is not drawn 20 times
 * over), cut at the page's edges; the lane names repeat on every page.
 */
export function processPageSvg(diagram: ProcessDiagram, options: ProcessSvgOptions, page: ProcessPage): string {
  const style = options.print ? PRINT : SCREEN;
  const { placed } = layout(diagram);
  const { width, height } = pageSize(page);
  const top = page.lane0 * LANE_HEIGHT;
  const bottom = page.lane1 * LANE_HEIGHT;
  const onPage = (left: number, right: number): boolean => right >= page.x0 - 30 && left <= page.x1 + 30;
  const bands = diagram.lanes.map((_, i) => i).filter((i) => i >= page.lane0 && i < page.lane1);
  const markersByStep = markersOf(diagram);
  const edges = diagram.edges
    .filter((e) => {
      const a = placed.get(e.sourceId);
      const b = placed.get(e.targetId);
      return a && b && onPage(Math.min(a.x, b.x) - a.width, Math.max(a.x, b.x) + b.width);
    })
    .map((e) => edgeSvg(e, placed, style));
  const steps = [...placed.values()]
    .filter((p) => onPage(p.x - p.width / 2, p.x + p.width / 2))
    .map((p) => stepSvg(p, options.numbers.get(p.step.id) ?? 0, markersByStep.get(p.step.id) ?? [], options))
    .join('\n');
  // An arrow's word belongs to the page its middle is on, drawn whole.
  const labels = edges.filter((e) => e.label && e.at >= page.x0 && e.at < page.x1).map((e) => e.label);
  const shift = LANE_HEADER - page.x0;
  const right = LANE_HEADER + page.x1 - page.x0;
  // White over what reaches past the page's edges (a clip path would cost resvg a whole extra layer per page).
  const covers = [
    [-PAGE_MARGIN, top - PAGE_MARGIN, PAGE_MARGIN, height],
    [right, top - PAGE_MARGIN, PAGE_MARGIN, height],
    [-PAGE_MARGIN, top - PAGE_MARGIN, width, PAGE_MARGIN],
    [-PAGE_MARGIN, bottom, width, PAGE_MARGIN],
  ]
    .map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ffffff"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${-PAGE_MARGIN} ${top - PAGE_MARGIN} ${width} ${height}" font-family="${FONT_FAMILY}" role="img">
<title>${escapeXml(options.title)}</title>
<defs>${ARROW_DEFS}</defs>
<rect x="${-PAGE_MARGIN}" y="${top - PAGE_MARGIN}" width="${width}" height="${height}" fill="#ffffff"/>
<g transform="translate(${shift} 0)">
${bands.map((i) => `<rect x="${page.x0}" y="${i * LANE_HEIGHT}" width="${page.x1 - page.x0}" height="${LANE_HEIGHT}" fill="${i % 2 === 0 ? '#f6f4ef' : '#ffffff'}" stroke="#b9bfc7" stroke-width="1.5"/>`).join('\n')}
${edges.map((e) => e.line).join('\n')}
${steps}
</g>
${covers}
${bands.map((i) => laneHeader(diagram.lanes[i]!, i, style)).join('\n')}
<g transform="translate(${shift} 0)">${labels.join('\n')}</g>
</svg>`;
}
