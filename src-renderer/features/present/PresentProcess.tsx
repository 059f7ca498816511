import { type CSSProperties, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentationState, ProcessDiagram, ProcessVariant, StepView } from '../../../src-main/contract';
import { MARKER_SYMBOLS } from '../../../src-main/shared/process-labels';
import { useQuery } from '../../api/useQuery';
import { PagedFlow } from './PagedFlow';
import { clampPage, projectorUnit, useBoxSize } from './fit';
import { useReportPages } from './pages';
import { type ProcessGrid, chunkByHeight, processGrid, processPages } from './process-layout';
import './present-diagrams.css';

// A process on the wall: lanes as rows, steps as boxes whose text wraps (it
// is never cut), markers as numbered badges with their full text in a
// legend beside the diagram. Columns stay wide enough to read; when they do
// not all fit, the projector shows the part around the coach's selection or
// the coach's page.

const SEVERITY = { 1: 'low', 2: 'medium', 3: 'high' } as const;

const SVG = 'http://www.w3.org/2000/svg';

let canvas: HTMLCanvasElement | null = null;

/** The width the longest word of these texts needs in bold text of this size, with the box's padding, in px. */
function longestWord(texts: string[], px: number): number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const words = texts.flatMap((text) => text.split(/\s+|(?<=-)/));
  if (!ctx) return Math.max(0, ...words.map((w) => w.length)) * 0.75 * px + 1.4 * px;
  ctx.font = `700 ${px}px ${getComputedStyle(document.body).fontFamily}`;
  return Math.max(0, ...words.map((w) => ctx.measureText(w).width)) + 1.4 * px;
}

/**
 * Arrows between the boxes, drawn after the boxes are laid out (their height
 * depends on the text), straight into the SVG: measuring must follow layout.
 */
function useEdgeLines(area: React.RefObject<HTMLDivElement | null>, layer: React.RefObject<SVGGElement | null>, diagram: ProcessDiagram): void {
  useLayoutEffect(() => {
    const root = area.current;
    const g = layer.current;
    if (!root || !g) return;
    const origin = root.getBoundingClientRect();
    const rect = (id: string): DOMRect | undefined => root.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(id)}"]`)?.getBoundingClientRect();
    const parts: Element[] = [];
    for (const e of diagram.edges) {
      const a = rect(e.sourceId);
      const b = rect(e.targetId);
      if (!a || !b) continue;
      const [x1, y1, x2, y2] =
        b.left >= a.right - 1
          ? [a.right, a.top + a.height / 2, b.left, b.top + b.height / 2]
          : a.left >= b.right - 1
            ? [a.left, a.top + a.height / 2, b.right, b.top + b.height / 2]
            : b.top > a.top
              ? [a.left + a.width / 2, a.bottom, b.left + b.width / 2, b.top]
              : [a.left + a.width / 2, a.top, b.left + b.width / 2, b.bottom];
      const line = document.createElementNS(SVG, 'line');
      const at = { x1: x1 - origin.left, y1: y1 - origin.top, x2: x2 - origin.left, y2: y2 - origin.top };
      for (const [k, v] of Object.entries(at)) line.setAttribute(k, v.toFixed(1));
      line.setAttribute('stroke', '#1b2430');
      line.setAttribute('stroke-width', '3');
      line.setAttribute('marker-end', 'url(#pp-arrow)');
      parts.push(line);
      if (e.label) {
        const text = document.createElementNS(SVG, 'text');
        text.setAttribute('x', ((at.x1 + at.x2) / 2).toFixed(1));
        text.setAttribute('y', ((at.y1 + at.y2) / 2 - 6).toFixed(1));
        text.setAttribute('class', 'pp-edge-label pp-label');
        text.textContent = e.label;
        parts.push(text);
      }
    }
    g.replaceChildren(...parts);
  });
}

type Markers = ProcessGrid['markers'];

function LegendItem({ m }: { m: Markers[number] }) {
  const { t } = useTranslation();
  return (
    <li className="pp-legend-item" data-id={m.id}>
      <strong className={`pp-badge pp-marker-${m.kind}`}>
        {MARKER_SYMBOLS[m.kind]} {m.n}
      </strong>{' '}
      {t(`processDomain.markers.${m.kind}`)}
      {m.severity ? ` (${t(`process.severities.${SEVERITY[m.severity]}`)})` : ''}: {m.text}
    </li>
  );
}

interface LegendRoom {
  /** Each marker's height in the legend, with the gap before the next, in px. */
  heights: Record<string, number>;
  /** The height the legend's list may fill, in px. */
  room: number;
}

/**
 * Measures the legend beside the diagram: every marker is laid out once,
 * hidden, at the legend's width, so the markers can be split into pages
 * that fit. Done after each render; state only changes when a size did.
 */
function useLegendRoom(): [RefObject<HTMLElement | null>, LegendRoom | null] {
  const aside = useRef<HTMLElement>(null);
  const [fit, setFit] = useState<LegendRoom | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = aside.current;
    const list = el?.querySelector<HTMLElement>('.pp-legend-measure');
    const head = el?.querySelector<HTMLElement>('h2');
    if (!el || !list || !head) return;
    const items = [...list.querySelectorAll<HTMLElement>('.pp-legend-item')];
    const gap = items.length > 1 ? parseFloat(getComputedStyle(items[1]!).marginTop) || 0 : 0;
    const heights = Object.fromEntries(items.map((item) => [item.dataset.id ?? '', Math.ceil(item.offsetHeight + gap)]));
    // Under the list stays a line for "Markierungen 7–12 von 14".
    const line = parseFloat(getComputedStyle(el).fontSize) * 1.6;
    const room = Math.floor(el.clientHeight - head.offsetHeight - parseFloat(getComputedStyle(head).marginBottom) - line + gap);
    const next = { heights, room };
    setFit((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  });
  return [aside, fit];
}

/** The page the coach asked for: its columns and the part of the legend it shows, and how many pages there are. */
function useProcessPage(grid: ProcessGrid, visible: number, presentation: PresentationState) {
  const { t } = useTranslation();
  const [legendBox, room] = useLegendRoom();
  const focus = presentation.zoom === 'selection' ? presentation.selection : [];
  const below = grid.markers.length <= 4 && grid.markers.every((m) => m.text.length <= 60);
  const pages = processPages(grid, visible, focus, (markers) => (below || !room ? [markers] : chunkByHeight(markers, room.heights, room.room)));
  const index = clampPage(presentation.page, pages.length);
  const current = pages[index]!;
  useReportPages(pages.length);
  const parts = pages.filter((p) => p.start === current.start).length;
  const [first, last] = [current.markers[0], current.markers[current.markers.length - 1]];
  const range = parts > 1 && first && last ? t('present.markerRange', { from: first.n, to: last.n, total: grid.markers.length }) : null;
  return { current, page: { 'data-page': index + 1, 'data-pages': pages.length }, legend: { shown: current.markers, all: grid.markers, below, range, box: legendBox } };
}

/** The markers' full text: below the diagram when there are few and short (the steps get the width), else beside it, page by page when long. */
function Legend({ shown, all, below, range, box }: { shown: Markers; all: Markers; below: boolean; range: string | null; box: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <aside ref={box} className={below ? 'pp-legend pp-legend-below' : 'pp-legend'} aria-label={t('present.legend')}>
      <h2>{t('present.legend')}</h2>
      <ol className="pp-legend-shown">
        {shown.map((m) => (
          <LegendItem key={m.id} m={m} />
        ))}
      </ol>
      {range && <p className="pp-legend-range">{range}</p>}
      {!below && (
        <ol className="pp-legend-measure" aria-hidden="true">
          {all.map((m) => (
            <LegendItem key={m.id} m={m} />
          ))}
        </ol>
      )}
    </aside>
  );
}

function Diagram({ diagram, presentation }: { diagram: ProcessDiagram; presentation: PresentationState }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const grid = processGrid(diagram);
  const base = 1.1 * projectorUnit();
  // Columns as wide as the longest word needs (German has long ones), never narrower than 7 em.
  const header = Math.min(9 * base, Math.max(5 * base, longestWord(diagram.lanes.map((l) => l.name), base)));
  const usable = size.width - header;
  const minColumn = Math.max(7 * base, longestWord(diagram.steps.map((s) => `${s.label} 00.`), base) / 0.9);
  const visible = Math.max(1, Math.min(grid.columns, Math.floor(usable / minColumn)));
  // Room to spare: larger text, up to half as large again.
  const scale = visible === grid.columns ? Math.max(1, Math.min(1.5, usable / (grid.columns * minColumn))) : 1;
  const { current, page, legend } = useProcessPage(grid, visible, presentation);
  const start = current.start;
  const shownSteps = diagram.steps.filter((s) => {
    const c = grid.columnOf.get(s.id) ?? 0;
    return c >= start && c < start + visible;
  });
  const colWidth = usable / visible;
  const lanes = [...diagram.lanes].sort((a, b) => a.position - b.position);
  const laneHeight = size.height / Math.max(1, lanes.length);
  const edges = useRef<SVGGElement>(null);
  useEdgeLines(area, edges, diagram);
  const selected = new Set(presentation.selection);
  const numbers = shownSteps.map((s) => grid.numbers.get(s.id) ?? 0);
  return (
    <div className="pp" role="img" aria-label={t(`present.pictures.${diagram.variant}`)} style={{ '--pp-scale': scale.toFixed(3) } as CSSProperties} {...page}>
      <div ref={box} className="pp-area">
        <div ref={area} className="pp-lanes">
          {lanes.map((lane, i) => (
            <div key={lane.id} className="pp-lane" style={{ top: i * laneHeight, height: laneHeight }}>
              <div className="pp-lane-name pp-label" style={{ width: header }}>
                {lane.name}
              </div>
            </div>
          ))}
          <svg className="pp-edges" width={size.width} height={size.height} aria-hidden="true">
            <defs>
              <marker id="pp-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0 0 L10 5 L0 10 z" fill="#1b2430" />
              </marker>
            </defs>
            <g ref={edges} />
          </svg>
          {shownSteps.map((s) => {
            const lane = Math.max(0, lanes.findIndex((l) => l.id === s.laneId));
            const c = (grid.columnOf.get(s.id) ?? 0) - start;
            const marks = grid.markers.filter((m) => m.stepId === s.id);
            return (
              <div
                key={s.id}
                data-step-id={s.id}
                className={`pp-step pp-kind-${s.kind}${selected.has(s.id) ? ' pm-selected' : ''}`}
                style={{ left: header + c * colWidth + colWidth * 0.05, width: colWidth * 0.9, top: lane * laneHeight + laneHeight / 2, maxHeight: laneHeight * 0.94 }}
              >
                <span className="pp-label">
                  <span className="pp-number">{grid.numbers.get(s.id)}.</span> {s.label}
                </span>
                {marks.length > 0 && (
                  <span className="pp-marks">
                    {marks.map((m) => (
                      <span key={m.id} className={`pp-badge pp-marker-${m.kind}`}>
                        {MARKER_SYMBOLS[m.kind]} {m.n}
                      </span>
                    ))}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {grid.markers.length > 0 && <Legend {...legend} />}
      {visible < grid.columns && (
        <p className="present-range pp-range">{t('present.stepRange', { from: Math.min(...numbers), to: Math.max(...numbers), total: diagram.steps.length })}</p>
      )}
    </div>
  );
}

export function PresentProcess({ workshopId, variant, presentation }: { workshopId: string; variant: ProcessVariant; presentation: PresentationState }) {
  const { t } = useTranslation();
  const { data } = useQuery('process.get', { workshopId, variant });
  if (data === undefined) return null;
  if (data === null || data.steps.length === 0) return <p className="present-empty">{t(`present.pictures.${variant}`)}</p>;
  return <Diagram diagram={data} presentation={presentation} />;
}

function StepLine({ step }: { step: StepView }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`processDomain.stepKinds.${step.kind}`)}: <strong>{step.label}</strong> ({step.lane})
    </>
  );
}

/** "Vergleich mit heute": what the target process adds, drops or changes, as on the coach's screen. */
export function PresentCompare({ workshopId, presentation }: { workshopId: string; presentation: PresentationState }) {
  const { t } = useTranslation();
  const { data } = useQuery('process.compare', { workshopId });
  if (!data) return null;
  const none = <li className="present-card present-none">{t('process.compare.none')}</li>;
  const blocks = [
    { key: 'added', title: `+ ${t('process.compare.added')}`, items: data.added.map((s) => <StepLine key={s.id} step={s} />) },
    { key: 'removed', title: `− ${t('process.compare.removed')}`, items: data.removed.map((s) => <StepLine key={s.id} step={s} />) },
    {
      key: 'changed',
      title: `↻ ${t('process.compare.changed')}`,
      items: data.changed.map((c) => (
        <span key={c.soll.id}>
          {t('process.compare.before')}: <StepLine step={c.ist} />
          <br />
          {t('process.compare.after')}: <StepLine step={c.soll} />
        </span>
      )),
    },
  ];
  return (
    <section className="present-compare" aria-label={t('present.compareHeading')}>
      <h2 className="present-section-title">{t('present.compareHeading')}</h2>
      <p className="present-note">{t('present.unchanged', { count: data.unchanged })}</p>
      <PagedFlow page={presentation.page} columnWidth="16em" rangeLabel={(from, to, total) => t('present.itemRange', { from, to, total })}>
        {blocks.map((b) => (
          <section key={b.key} className={`present-cluster present-compare-${b.key}`} aria-label={b.title}>
            <h2>{b.title}</h2>
            <ul className="present-cards">
              {b.items.length === 0
                ? none
                : b.items.map((item, i) => (
                    <li key={i} data-item className="present-card present-compare-item">
                      {item}
                    </li>
                  ))}
            </ul>
          </section>
        ))}
      </PagedFlow>
    </section>
  );
}
