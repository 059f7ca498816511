import { CLOSENESS_LEVELS, type Relation, type Stakeholder, type StakeholderMap } from '../../contract';
import { ATTITUDE_SYMBOLS, type DomainLabels } from '../../shared/labels';
import {
  CENTER,
  NODE_HEIGHT,
  NODE_PADDING,
  NODE_WIDTH,
  type Point,
  QUADRANTS,
  ONION_RADIUS,
  RING_RADII,
  WORLD_SIZE,
  gridClusters,
  nudgeApart,
  onionLayout,
} from '../../shared/stakeholder-geometry';
import { ATTITUDE_COLORS, QUADRANT_FILLS, RELATION_STYLES, RING_FILLS } from '../../shared/stakeholder-style';
import { FONT_FAMILY, escapeXml, fitText } from './svg';

// The stakeholder map drawn from stored data (not from the screen), for the
// PNG export and the report. Same geometry and colours as the canvas.

export type MapView = 'grid' | 'onion';

const MARGIN = 180;
const AXIS = 76;
const GRID_SIZE = WORLD_SIZE + MARGIN * 2;
const ONION_SIZE = ONION_RADIUS * 2 + 80;

/** Type sizes: the screen's, or a printed page's, where the map is 1360 units on 451 pt and 25 units make 8.3 pt. */
interface TypeSizes {
  name: readonly number[];
  status: number;
  statusStep: number;
  relation: number;
  tick: number;
  axis: number;
  badge: number;
}
const SCREEN_TYPE: TypeSizes = { name: [18, 16], status: 15, statusStep: 19, relation: 15, tick: 20, axis: 24, badge: 20 };
const PRINT_TYPE: TypeSizes = { name: [26, 25], status: 25, statusStep: 28, relation: 25, tick: 25, axis: 26, badge: 25 };
/** The smallest type of a printed map, in SVG units. */
export const MAP_PRINT_MIN_FONT = 25;

/**
 * Where each stakeholder's box is drawn (centre), in world coordinates. On the
 * grid only placed stakeholders have a position, and those with the same
 * values share one (a stack), so no one is spread to values they do not have.
 */
export function mapPositions(map: StakeholderMap, view: MapView): Map<string, Point> {
  if (view === 'onion') return onionLayout(map.stakeholders);
  const clusters = gridClusters(map.stakeholders);
  const drawn = nudgeApart(clusters.map((c) => ({ id: c.id, ...c.at })));
  return new Map(clusters.flatMap((c) => c.members.map((id) => [id, drawn.get(c.id) ?? c.at] as const)));
}

/** A count on the top box of a stack of stakeholders with the same values. */
function stackBadge(at: Point, count: number, type: TypeSizes = SCREEN_TYPE): string {
  const x = at.x + NODE_WIDTH / 2 - 6;
  const y = at.y - NODE_HEIGHT / 2 + 6;
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="20" fill="#1b2430"/><text x="${x.toFixed(1)}" y="${(y + 7).toFixed(1)}" text-anchor="middle" font-size="${type.badge}" font-weight="700" fill="#ffffff">${count}</text>`;
}

/** Stakeholders without both values are not drawn on the grid; their names stand below it, as in the app's tray. */
function unplacedSvg(names: readonly string[], label: string): { svg: string; height: number } {
  if (names.length === 0) return { svg: '', height: 0 };
  const lines = fitText(`${label}: ${names.join(', ')}`, GRID_SIZE - 80, [22], 6).lines;
  const top = WORLD_SIZE + MARGIN + 10;
  const svg = lines.map((line, i) => `<text x="${-MARGIN + 40}" y="${top + 28 * (i + 1)}" font-size="22" font-weight="${i === 0 ? 700 : 400}" fill="#1b2430">${escapeXml(line)}</text>`).join('\n');
  return { svg, height: 28 * lines.length + 30 };
}

function gridBackground(labels: DomainLabels, type: TypeSizes = SCREEN_TYPE): string {
  const half = WORLD_SIZE / 2;
  const cells = QUADRANTS.map((q, i) => {
    const x = (i % 2) * half;
    const y = Math.floor(i / 2) * half;
    return `<rect x="${x}" y="${y}" width="${half}" height="${half}" fill="${QUADRANT_FILLS[q]}"/>`;
  }).join('\n');
  // Quadrant names sit outside the plot, where no stakeholder can cover them.
  const names = QUADRANTS.map((q, i) => {
    const left = i % 2 === 0;
    const top = i < 2;
    return `<text x="${left ? 0 : WORLD_SIZE}" y="${top ? -74 : WORLD_SIZE + AXIS + 50}" text-anchor="${left ? 'start' : 'end'}" font-size="28" font-weight="700" fill="#3a4450">${escapeXml(labels.quadrants[q])}</text>`;
  }).join('\n');
  const ticks = [1, 2, 3, 4, 5]
    .map((v) => {
      const pos = ((v - 1) / 4) * WORLD_SIZE;
      return `<text x="${pos}" y="${WORLD_SIZE + 30}" text-anchor="middle" font-size="${type.tick}" fill="#46505c">${v}</text>
<text x="-14" y="${WORLD_SIZE - pos + 7}" text-anchor="end" font-size="${type.tick}" fill="#46505c">${v}</text>`;
    })
    .join('\n');
  return `${cells}
<line x1="${half}" y1="0" x2="${half}" y2="${WORLD_SIZE}" stroke="#8a939d" stroke-width="2" stroke-dasharray="6 6"/>
<line x1="0" y1="${half}" x2="${WORLD_SIZE}" y2="${half}" stroke="#8a939d" stroke-width="2" stroke-dasharray="6 6"/>
<rect x="0" y="0" width="${WORLD_SIZE}" height="${WORLD_SIZE}" fill="none" stroke="#6b7480" stroke-width="2"/>
${names}
${ticks}`;
}

function gridAxes(axisLabels: { interest: string; influence: string }, type: TypeSizes = SCREEN_TYPE): string {
  return `<text x="${WORLD_SIZE / 2}" y="${WORLD_SIZE + AXIS}" text-anchor="middle" font-size="${type.axis}" font-weight="700" fill="#1b2430">${escapeXml(axisLabels.interest)} →</text>
<text transform="translate(${-MARGIN + 34} ${WORLD_SIZE / 2}) rotate(-90)" text-anchor="middle" font-size="${type.axis}" font-weight="700" fill="#1b2430">${escapeXml(axisLabels.influence)} →</text>`;
}

function onionBackground(labels: DomainLabels): string {
  const rings = [...CLOSENESS_LEVELS]
    .reverse()
    .map((level) => {
      const fill = RING_FILLS[CLOSENESS_LEVELS.indexOf(level)];
      return `<circle cx="${CENTER}" cy="${CENTER}" r="${RING_RADII[level]}" fill="${fill}" stroke="#8a939d" stroke-width="2"/>`;
    })
    .join('\n');
  const names = CLOSENESS_LEVELS.map(
    (level) =>
      `<text x="${CENTER}" y="${CENTER - RING_RADII[level] + 28}" text-anchor="middle" font-size="22" font-weight="700" fill="#3a4450" stroke="${RING_FILLS[CLOSENESS_LEVELS.indexOf(level)]}" stroke-width="6" paint-order="stroke">${escapeXml(labels.closeness[level])}</text>`,
  ).join('\n');
  return `${rings}\n${names}`;
}

/** Where the line from a box's centre towards a point leaves the box. */
function boxExit(center: Point, towards: Point): Point {
  const dx = towards.x - center.x;
  const dy = towards.y - center.y;
  if (dx === 0 && dy === 0) return center;
  const scale = Math.min(
    dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy),
  );
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}

/** A relation as its line and its label; labels are drawn last so no box hides them. */
function relationSvg(relation: Relation, positions: Map<string, Point>, labels: DomainLabels, type: TypeSizes = SCREEN_TYPE): { line: string; label: string } {
  const a = positions.get(relation.sourceId);
  const b = positions.get(relation.targetId);
  if (!a || !b) return { line: '', label: '' };
  const start = boxExit(a, b);
  const end = boxExit(b, a);
  const style = RELATION_STYLES[relation.type];
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const marker = style.arrow ? ' marker-end="url(#arrow)"' : '';
  const text = relation.label ? `${labels.relationTypes[relation.type]}: ${relation.label}` : labels.relationTypes[relation.type];
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  return {
    line: `<line x1="${start.x.toFixed(1)}" y1="${start.y.toFixed(1)}" x2="${end.x.toFixed(1)}" y2="${end.y.toFixed(1)}" stroke="${style.color}" stroke-width="3"${dash}${marker}/>`,
    label: `<text x="${mid.x.toFixed(1)}" y="${(mid.y - 8).toFixed(1)}" text-anchor="middle" font-size="${type.relation}" font-weight="600" fill="${style.color}" stroke="#ffffff" stroke-width="5" paint-order="stroke">${escapeXml(text)}</text>`,
  };
}

/** Attitude today and, where it should change, the wanted one: each with symbol and word. */
export function attitudeLines(s: Stakeholder, labels: DomainLabels): string[] {
  const today = `${ATTITUDE_SYMBOLS[s.attitude]} ${labels.attitudes[s.attitude]}`;
  if (s.targetAttitude === s.attitude) return [today];
  return [`${today} →`, `${ATTITUDE_SYMBOLS[s.targetAttitude]} ${labels.attitudes[s.targetAttitude]}`];
}

function nodeSvg(s: Stakeholder, at: Point, labels: DomainLabels, type: TypeSizes = SCREEN_TYPE): string {
  const color = ATTITUDE_COLORS[s.attitude];
  // In print a long name may take a third line (its status is one line of symbols) rather than be cut.
  const name = fitText(s.name, NODE_WIDTH - 2 * NODE_PADDING, type.name, type === PRINT_TYPE ? 3 : 2);
  // In print the words would not fit at a legible size: the symbols stay, the words are in the report's table.
  const status = type === PRINT_TYPE ? [s.targetAttitude === s.attitude ? ATTITUDE_SYMBOLS[s.attitude] : `${ATTITUDE_SYMBOLS[s.attitude]} → ${ATTITUDE_SYMBOLS[s.targetAttitude]}`] : attitudeLines(s, labels);
  const nameStep = name.fontSize + 4;
  const statusStep = type.statusStep;
  const height = name.lines.length * nameStep + status.length * statusStep;
  // The box grows (about its centre) only for such a name; else it has the canvas's size.
  const boxHeight = type === PRINT_TYPE ? Math.max(NODE_HEIGHT, height + 8) : NODE_HEIGHT;
  const x = at.x - NODE_WIDTH / 2;
  const y = at.y - boxHeight / 2;
  let baseline = at.y - height / 2 + name.fontSize;
  const parts = name.lines.map((line) => {
    const text = `<text x="${at.x}" y="${baseline.toFixed(1)}" text-anchor="middle" font-size="${name.fontSize}" font-weight="700" fill="#1b2430">${escapeXml(line)}</text>`;
    baseline += nameStep;
    return text;
  });
  baseline += statusStep - nameStep + 2;
  for (const [i, line] of status.entries()) {
    const fill = i === 0 ? color : ATTITUDE_COLORS[s.targetAttitude];
    parts.push(`<text x="${at.x}" y="${baseline.toFixed(1)}" text-anchor="middle" font-size="${type.status}" font-weight="600" fill="${fill}">${escapeXml(line)}</text>`);
    baseline += statusStep;
  }
  const dash = s.attitude === 'critical' ? ' stroke-dasharray="none"' : '';
  return `<g>
<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${NODE_WIDTH}" height="${boxHeight}" rx="10" fill="#ffffff" stroke="${color}" stroke-width="${s.attitude === 'critical' ? 5 : 3}"${dash}/>
${parts.join('\n')}
</g>`;
}

export interface MapSvgOptions {
  view: MapView;
  labels: DomainLabels;
  axisLabels: { interest: string; influence: string; unplaced: string };
  title: string;
  /** Drawn for a printed page: larger type; the attitude as symbols ("○ → +"), its words are in the report's tables. */
  print?: boolean;
}

/** The whole map as one self-contained SVG document. */
export function stakeholderMapSvg(map: StakeholderMap, options: MapSvgOptions): string {
  const positions = mapPositions(map, options.view);
  const grid = options.view === 'grid';
  // In print the relations' words are large too: drawn under the boxes, so no word hides a name.
  const type = options.print ? PRINT_TYPE : SCREEN_TYPE;
  const background = grid ? gridBackground(options.labels, type) + gridAxes(options.axisLabels, type) : onionBackground(options.labels);
  const relations = map.relations.map((r) => relationSvg(r, positions, options.labels, type));
  const drawn = map.stakeholders.filter((s) => positions.has(s.id));
  const stackSize = new Map<string, number>();
  for (const s of drawn) stackSize.set(JSON.stringify(positions.get(s.id)), (stackSize.get(JSON.stringify(positions.get(s.id))) ?? 0) + 1);
  // A stack is drawn once: its first box, with the count of those who share its values.
  const seen = new Set<string>();
  const nodes = drawn
    .flatMap((s) => {
      const at = positions.get(s.id)!;
      const key = JSON.stringify(at);
      if (grid && seen.has(key)) return [];
      seen.add(key);
      const count = grid ? (stackSize.get(key) ?? 1) : 1;
      return [nodeSvg(s, at, options.labels, type) + (count > 1 ? stackBadge(at, count, type) : '')];
    })
    .join('\n');
  // On a printed page the report lists those not yet placed in a table of their own.
  const tray = grid && !options.print ? unplacedSvg(map.stakeholders.filter((s) => !positions.has(s.id)).map((s) => s.name), options.axisLabels.unplaced) : { svg: '', height: 0 };
  const size = grid ? GRID_SIZE : ONION_SIZE;
  const height = size + tray.height;
  const origin = grid ? -MARGIN : CENTER - ONION_SIZE / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${height}" viewBox="${origin} ${origin} ${size} ${height}" font-family="${FONT_FAMILY}" role="img">
<title>${escapeXml(options.title)}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${RELATION_STYLES.influences.color}"/></marker></defs>
<rect x="${origin}" y="${origin}" width="${size}" height="${height}" fill="#ffffff"/>
${background}
${tray.svg}
${relations.map((r) => r.line).join('\n')}
${options.print ? relations.map((r) => r.label).join('\n') : ''}
${nodes}
${options.print ? '' : relations.map((r) => r.label).join('\n')}
</svg>`;
}

export const MAP_IMAGE_SIZE = { grid: GRID_SIZE, onion: ONION_SIZE };
