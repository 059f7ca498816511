import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarkerKind, ProcessDiagram, ProcessVariant } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { LinkedMeasures, useMeasureLinks } from './MeasureLinks';
import './actions.css';

// The action plan turns the day's pain points and ideas into measures. Those
// not taken up yet are listed here, so the coach does not go back to phase 6.

const SHOWN_FIRST = 6;
const KINDS: readonly MarkerKind[] = ['pain', 'idea'];

export interface UnplannedMarker {
  id: string;
  kind: MarkerKind;
  text: string;
  severity: number | null;
  step: string;
  variant: ProcessVariant;
}

/**
 * Pain points and ideas of both processes without a measure, heaviest pain
 * first. A Soll marker copied with its step from the Ist ("Ist übernehmen")
 * is the same point: it is listed once, and a measure on either copy covers it.
 */
export function unplannedMarkers(diagrams: readonly (ProcessDiagram | null | undefined)[], hasMeasure: (markerId: string) => boolean): UnplannedMarker[] {
  const all: (UnplannedMarker & { key: string })[] = [];
  for (const d of diagrams) {
    if (!d) continue;
    const steps = new Map(d.steps.map((s) => [s.id, s]));
    for (const m of d.markers) {
      const step = steps.get(m.stepId);
      if (!step || !KINDS.includes(m.kind)) continue;
      const key = `${step.originId ?? step.id}|${m.kind}|${m.text}`;
      all.push({ id: m.id, kind: m.kind, text: m.text, severity: m.severity, step: step.label, variant: d.variant, key });
    }
  }
  const covered = new Set(all.filter((m) => hasMeasure(m.id)).map((m) => m.key));
  const seen = new Set<string>();
  const open = all.filter((m) => {
    if (covered.has(m.key) || seen.has(m.key)) return false;
    seen.add(m.key);
    return true;
  });
  const rank = (m: UnplannedMarker): number => (m.kind === 'pain' ? 10 - (m.severity ?? 0) : 20);
  return open.sort((a, b) => rank(a) - rank(b)).map(({ key: _key, ...m }) => m);
}

export function UnplannedMarkers({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const links = useMeasureLinks();
  const ist = useQuery('process.get', { workshopId, variant: 'ist' });
  const soll = useQuery('process.get', { workshopId, variant: 'soll' });
  const [all, setAll] = useState(false);
  const markers = useMemo(() => (links ? unplannedMarkers([ist.data, soll.data], (id) => links.linked(id).length > 0) : []), [ist.data, soll.data, links]);
  if (markers.length === 0) return null;
  const shown = all ? markers : markers.slice(0, SHOWN_FIRST);
  return (
    <section className="section unplanned" aria-labelledby="unplanned-heading">
      <div className="section-header">
        <h2 id="unplanned-heading">{t('actions.unplanned.heading')}</h2>
        <span className="hint">{t('actions.unplanned.count', { count: markers.length })}</span>
      </div>
      <p className="hint">{t('actions.unplanned.hint')}</p>
      <ul className="unplanned-list">
        {shown.map((m) => (
          <li key={m.id} className="unplanned-item" data-marker-id={m.id}>
            <div className="unplanned-text">
              <span className={`marker-kind marker-kind-${m.kind}`}>{t(`processDomain.markers.${m.kind}`)}</span>
              <strong>{m.text}</strong>
              {m.severity !== null && <span className="hint"> · {t('actions.unplanned.severity', { value: m.severity })}</span>}
              <span className="hint unplanned-where">{t('actions.unplanned.where', { variant: t(`processDomain.variants.${m.variant}`), step: m.step })}</span>
            </div>
            <LinkedMeasures kind="marker" id={m.id} label={m.text} kindLabel={t(`processDomain.markers.${m.kind}`)} suggestedTitle={m.text} compact />
          </li>
        ))}
      </ul>
      {markers.length > SHOWN_FIRST && (
        <button type="button" className="btn btn-small" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? t('actions.unplanned.showFewer') : t('actions.unplanned.showAll', { count: markers.length })}
        </button>
      )}
    </section>
  );
}
