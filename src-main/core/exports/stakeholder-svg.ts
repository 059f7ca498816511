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
  nudgeApart,
  onionLayout,
  scoresToPoint,
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

/** Where each stakeholder's box is drawn (centre), in world coordinates. */
export function mapPositions(map: StakeholderMap, view: MapView): Map<string, Point> {
  if (view === 'onion') return onionLayout(map.stakeholders);
  return nudgeApart(map.stakeholders.map((s) => ({ id: s.id, ...scoresToPoint(s) })));
}

function gridBackground(labels: DomainLabels): string {
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
      return `<text x="${pos}" y="${WORLD_SIZE + 30}" text-anchor="middle" font-size="20" fill="#46505c">${v}</text>
<text x="-14" y="${WORLD_SIZE - pos + 7}" text-anchor="end" font-size="20" fill="#46505c">${v}</text>`;
    })
    .join('\n');
  return `${cells}
<line x1="${half}" y1="0" x2="${half}" y2="${WORLD_SIZE}" stroke="#8a939d" stroke-width="2" stroke-dasharray="6 6"/>
<line x1="0" y1="${half}" x2="${WORLD_SIZE}" y2="${half}" stroke="#8a939d" stroke-width="2" stroke-dasharray="6 6"/>
<rect x="0" y="0" width="${WORLD_SIZE}" height="${WORLD_SIZE}" fill="none" stroke="#6b7480" stroke-width="2"/>
${names}
${ticks}`;
}

function gridAxes(axisLabels: { interest: string; influence: string }): string {
  return `<text x="${WORLD_SIZE / 2}" y="${WORLD_SIZE + AXIS}" text-anchor="middle" font-size="24" font-weight="700" fill="#1b2430">${escapeXml(axisLabels.interest)} →</text>
<text transform="translate(${-MARGIN + 34} ${WORLD_SIZE / 2}) rotate(-90)" text-anchor="middle" font-size="24" font-weight="700" fill="#1b2430">${escapeXml(axisLabels.influence)} →</text>`;
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
function relationSvg(relation: Relation, positions: Map<string, Point>, labels: DomainLabels): { line: string; label: string } {
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
    label: `<text x="${mid.x.toFixed(1)}" y="${(mid.y - 8).toFixed(1)}" text-anchor="middle" font-size="15" font-weight="600" fill="${style.color}" stroke="#ffffff" stroke-width="5" paint-order="stroke">${escapeXml(text)}</text>`,
  };
}

/** Attitude today and, where it should change, the wanted one: each with symbol and word. */
export function attitudeLines(s: Stakeholder, labels: DomainLabels): string[] {
  const today = `${ATTITUDE_SYMBOLS[s.attitude]} ${labels.attitudes[s.attitude]}`;
  if (s.targetAttitude === s.attitude) return [today];
  return [`${today} →`, `${ATTITUDE_SYMBOLS[s.targetAttitude]} ${labels.attitudes[s.targetAttitude]}`];
}

function nodeSvg(s: Stakeholder, at: Point, labels: DomainLabels): string {
  const x = at.x - NODE_WIDTH / 2;
  const y = at.y - NODE_HEIGHT / 2;
  const color = ATTITUDE_COLORS[s.attitude];
  const name = fitText(s.name, NODE_WIDTH - 2 * NODE_PADDING, [18, 16], 2);
  const status = attitudeLines(s, labels);
  const nameStep = name.fontSize + 4;
  const statusStep = 19;
  const height = name.lines.length * nameStep + status.length * statusStep;
  let baseline = at.y - height / 2 + name.fontSize;
  const parts = name.lines.map((line) => {
    const text = `<text x="${at.x}" y="${baseline.toFixed(1)}" text-anchor="middle" font-size="${name.fontSize}" font-weight="700" fill="#1b2430">${escapeXml(line)}</text>`;
    baseline += nameStep;
    return text;
  });
  baseline += 19 - nameStep + 2;
  for (const [i, line] of status.entries()) {
    const fill = i === 0 ? color : ATTITUDE_COLORS[s.targetAttitude];
    parts.push(`<text x="${at.x}" y="${baseline.toFixed(1)}" text-anchor="middle" font-size="15" font-weight="600" fill="${fill}">${escapeXml(line)}</text>`);
    baseline += statusStep;
  }
  const dash = s.attitude === 'critical' ? ' stroke-dasharray="none"' : '';
  return `<g>
<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="10" fill="#ffffff" stroke="${color}" stroke-width="${s.attitude === 'critical' ? 5 : 3}"${dash}/>
${parts.join('\n')}
</g>`;
}

export interface MapSvgOptions {
  view: MapView;
  labels: DomainLabels;
  axisLabels: { interest: string; influence: string };
  title: string;
}

/** The whole map as one self-contained SVG document. */
export function stakeholderMapSvg(map: StakeholderMap, options: MapSvgOptions): string {
  const positions = mapPositions(map, options.view);
  const background = options.view === 'grid' ? gridBackground(options.labels) + gridAxes(options.axisLabels) : onionBackground(options.labels);
  const relations = map.relations.map((r) => relationSvg(r, positions, options.labels));
  const nodes = map.stakeholders.map((s) => nodeSvg(s, positions.get(s.id) ?? scoresToPoint(s), options.labels)).join('\n');
  const size = options.view === 'grid' ? GRID_SIZE : ONION_SIZE;
  const origin = options.view === 'grid' ? -MARGIN : CENTER - ONION_SIZE / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${origin} ${origin} ${size} ${size}" font-family="${FONT_FAMILY}" role="img">
<title>${escapeXml(options.title)}</title>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${RELATION_STYLES.influences.color}"/></marker></defs>
<rect x="${origin}" y="${origin}" width="${size}" height="${size}" fill="#ffffff"/>
${background}
${relations.map((r) => r.line).join('\n')}
${nodes}
${relations.map((r) => r.label).join('\n')}
</svg>`;
}

export const MAP_IMAGE_SIZE = { grid: GRID_SIZE, onion: ONION_SIZE };
