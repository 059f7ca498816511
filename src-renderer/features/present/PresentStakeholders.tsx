import { type CSSProperties, type RefObject, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSENESS_LEVELS, type PresentationState, type Stakeholder } from '../../../src-main/contract';
import { ATTITUDE_SYMBOLS } from '../../../src-main/shared/labels';
import { CENTER, ONION_RADIUS, QUADRANTS, RING_RADII, onionLayout } from '../../../src-main/shared/stakeholder-geometry';
import { ATTITUDE_COLORS, QUADRANT_FILLS, RING_FILLS } from '../../../src-main/shared/stakeholder-style';
import { useQuery } from '../../api/useQuery';
import { formatNumber } from '../../i18n/format';
import { PagedFlow } from './PagedFlow';
import { boundsOf, cssTransform, zoomToRect } from '../canvas/viewport';
import { type BoxSize, useBoxSize } from './fit';
import './present-diagrams.css';

// The stakeholder map on the wall, drawn in HTML at the projector's text size
// (labels never shrink with the picture): the grid of influence and interest,
// the onion of closeness, or the table. Stakeholders with the same values
// stand together at their true place; those without values wait in a tray.

type Placed = Stakeholder & { influence: number; interest: number };
const isPlaced = (s: Stakeholder): s is Placed => s.influence !== null && s.interest !== null;

interface Stack {
  key: string;
  x: number;
  y: number;
  members: Stakeholder[];
}

/** The zoom that brings the coach's selection close, or none. */
function zoomTo(points: { x: number; y: number }[], size: BoxSize): CSSProperties | undefined {
  if (points.length === 0 || size.width === 0) return undefined;
  return { transform: cssTransform(zoomToRect(boundsOf(points), size, { margin: 0.5, minZoom: 1, maxZoom: 2.2 })), transformOrigin: '0 0' };
}

const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * Names that would cover each other move: to the other side of their dot, or
 * a little down or up, staying close to their dot and inside the map. The
 * dot stays at the true values. Done on the laid-out DOM after each render
 * (the names' sizes come from the font).
 */
function useUntangle(layer: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    const root = layer.current;
    if (!root) return;
    const bounds = root.getBoundingClientRect();
    const inside = (r: DOMRect): boolean => r.left >= bounds.left - 1 && r.right <= bounds.right + 1 && r.top >= bounds.top - 1 && r.bottom <= bounds.bottom + 1;
    const stacks = [...root.querySelectorAll<HTMLElement>('.pm-stack')];
    for (const el of stacks) {
      el.classList.toggle('pm-stack-left', el.dataset.side === 'left');
      el.querySelector<HTMLElement>('.pm-names')!.style.marginTop = '';
    }
    const taken = stacks.map((el) => el.querySelector('.pm-dot')!.getBoundingClientRect());
    const free = (r: DOMRect): boolean => inside(r) && !taken.some((t) => overlap(r, t));
    const ordered = stacks.map((el) => ({ el, top: el.getBoundingClientRect().top })).sort((a, b) => a.top - b.top);
    for (const { el } of ordered) {
      const names = el.querySelector<HTMLElement>('.pm-names')!;
      const preferred = el.dataset.side === 'left';
      const step = names.getBoundingClientRect().height / 2;
      const place = (left: boolean, dy: number): DOMRect => {
        el.classList.toggle('pm-stack-left', left);
        names.style.marginTop = dy === 0 ? '' : `${dy * step}px`;
        return names.getBoundingClientRect();
      };
      const tries = [0, 1, -1, 2, -2, 3].flatMap((dy): [boolean, number][] => [
        [preferred, dy],
        [!preferred, dy],
      ]);
      const found = tries.find(([left, dy]) => free(place(left, dy)));
      // Nowhere free: next to the dot, on whichever side stays inside the map.
      if (!found && !inside(place(preferred, 0))) place(!preferred, 0);
      taken.push(names.getBoundingClientRect());
    }
  });
}

function StackLabel({ stack, selected, right }: { stack: Stack; selected: Set<string>; right: boolean }) {
  const { t } = useTranslation();
  const first = stack.members[0]!;
  const chosen = stack.members.some((m) => selected.has(m.id));
  return (
    <div className={`pm-stack${right ? ' pm-stack-left' : ''}${chosen ? ' pm-selected' : ''}`} data-side={right ? 'left' : 'right'} style={{ left: stack.x, top: stack.y }}>
      <span className="pm-dot" style={{ background: stack.members.length > 1 ? '#1b2430' : ATTITUDE_COLORS[first.attitude] }} aria-hidden="true">
        {stack.members.length > 1 ? stack.members.length : ATTITUDE_SYMBOLS[first.attitude]}
      </span>
      <ul className="pm-names" aria-label={stack.members.length > 1 ? t('present.stack', { count: stack.members.length }) : undefined}>
        {stack.members.map((m) => (
          <li key={m.id} className="pm-label">
            <span className="pm-symbol">{ATTITUDE_SYMBOLS[m.attitude]}</span> {m.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Grid({ placed, selected, zoom }: { placed: Placed[]; selected: Set<string>; zoom: boolean }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  useUntangle(layer);
  const pad = 0.07;
  const at = (s: Placed) => ({
    x: size.width * (pad + (1 - 2 * pad) * ((s.interest - 1) / 4)),
    y: size.height * (pad + (1 - 2 * pad) * ((5 - s.influence) / 4)),
  });
  const stacks = new Map<string, Stack>();
  for (const s of placed) {
    const key = `${s.influence}|${s.interest}`;
    const stack = stacks.get(key) ?? { key, ...at(s), members: [] };
    stack.members.push(s);
    stacks.set(key, stack);
  }
  const focus = zoom ? placed.filter((s) => selected.has(s.id)).map(at) : [];
  return (
    <div className="pm-grid-frame">
      <p className="pm-axis pm-axis-y">{t('stakeholders.axisInfluence')} →</p>
      <div ref={box} className="pm-plot">
        <div ref={layer} className="pm-layer" style={zoomTo(focus, size)}>
          {QUADRANTS.map((q) => (
            <div key={q} className={`pm-quadrant pm-q-${q}`} style={{ background: QUADRANT_FILLS[q] }}>
              <span>{t(`domain.quadrants.${q}`)}</span>
            </div>
          ))}
          {[...stacks.values()].map((stack) => (
            <StackLabel key={stack.key} stack={stack} selected={selected} right={stack.x > size.width * 0.62} />
          ))}
        </div>
      </div>
      <p className="pm-axis pm-axis-x">{t('stakeholders.axisInterest')} →</p>
    </div>
  );
}

function Onion({ stakeholders, selected }: { stakeholders: Stakeholder[]; selected: Set<string> }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  const points = onionLayout(stakeholders);
  // An ellipse over the whole box: more room for the names than a circle.
  const rx = size.width / 2;
  const ry = size.height / 2;
  return (
    <div ref={box} className="pm-onion">
      {[...CLOSENESS_LEVELS].reverse().map((level) => {
        const f = RING_RADII[level] / ONION_RADIUS;
        const i = CLOSENESS_LEVELS.indexOf(level);
        return (
          <div key={level} className="pm-ring" style={{ width: 2 * rx * f, height: 2 * ry * f, left: rx - rx * f, top: ry - ry * f, background: RING_FILLS[i] }}>
            <span className="pm-ring-name">{t(`domain.closeness.${level}`)}</span>
          </div>
        );
      })}
      {stakeholders.map((s) => {
        const p = points.get(s.id) ?? { x: CENTER, y: CENTER };
        return (
          <div
            key={s.id}
            className={`pm-onion-node${selected.has(s.id) ? ' pm-selected' : ''}`}
            style={{ left: rx + ((p.x - CENTER) / ONION_RADIUS) * rx, top: ry + ((p.y - CENTER) / ONION_RADIUS) * ry, borderColor: ATTITUDE_COLORS[s.attitude] }}
          >
            <span className="pm-label">
              <span className="pm-symbol">{ATTITUDE_SYMBOLS[s.attitude]}</span> {s.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}

function Table({ stakeholders, page }: { stakeholders: Stakeholder[]; page: number }) {
  const { t, i18n } = useTranslation();
  const score = (v: number | null): string => (v === null ? t('present.none') : formatNumber(v, i18n.language));
  return (
    <PagedFlow page={page} columnWidth="100vw" rangeLabel={(from, to, total) => t('present.rowRange', { from, to, total })}>
      <table className="present-table" aria-label={t('present.table')}>
        <thead>
          <tr>
            <th scope="col">{t('stakeholders.fields.name')}</th>
            <th scope="col">{t('stakeholders.fields.category')}</th>
            <th scope="col">{t('stakeholders.fields.influence')}</th>
            <th scope="col">{t('stakeholders.fields.interest')}</th>
            <th scope="col">{t('stakeholders.fields.attitude')}</th>
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((s) => (
            <tr key={s.id} data-item>
              <td>{s.name}</td>
              <td>{t(`domain.categories.${s.category}`)}</td>
              <td>{score(s.influence)}</td>
              <td>{score(s.interest)}</td>
              <td>
                {ATTITUDE_SYMBOLS[s.attitude]} {t(`domain.attitudes.${s.attitude}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PagedFlow>
  );
}

export function PresentStakeholders({ workshopId, presentation }: { workshopId: string; presentation: PresentationState }) {
  const { t } = useTranslation();
  const { data } = useQuery('stakeholders.map', { workshopId });
  if (!data) return null;
  const view = presentation.stakeholderView;
  if (view === 'table') return <Table stakeholders={data.stakeholders} page={presentation.page} />;
  const selected = new Set(presentation.selection);
  const placed = data.stakeholders.filter(isPlaced);
  const waiting = view === 'grid' ? data.stakeholders.filter((s) => !isPlaced(s)) : [];
  return (
    <div className="pm" role="img" aria-label={t('present.pictures.stakeholders')} data-view={view}>
      {view === 'grid' ? <Grid placed={placed} selected={selected} zoom={presentation.zoom === 'selection'} /> : <Onion stakeholders={data.stakeholders} selected={selected} />}
      {waiting.length > 0 && (
        <aside className="pm-tray">
          <h2>{t('present.tray')}</h2>
          <ul>
            {waiting.map((s) => (
              <li key={s.id} className="pm-label">
                <span className="pm-symbol">{ATTITUDE_SYMBOLS[s.attitude]}</span> {s.name}
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}
