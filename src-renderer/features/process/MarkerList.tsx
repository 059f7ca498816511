import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { LinkedMeasures } from '../actions/MeasureLinks';
import { MarkerBadge } from './StepNode';

/**
 * All pain points, ideas and digital potential of the diagram in one list,
 * most serious first (or in process order). The action plan builds on it.
 */
export function MarkerList({ diagram, onShow }: { diagram: ProcessDiagram; onShow: (stepId: string) => void }) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<'severity' | 'sequence'>('severity');
  const numbers = numberSteps(diagram);
  const steps = new Map(diagram.steps.map((s) => [s.id, s]));
  const rank = { pain: 0, digital: 1, idea: 2 } as const;
  const markers = [...diagram.markers].sort((a, b) =>
    order === 'severity'
      ? rank[a.kind] - rank[b.kind] || (b.severity ?? 0) - (a.severity ?? 0) || (numbers.get(a.stepId) ?? 0) - (numbers.get(b.stepId) ?? 0)
      : (numbers.get(a.stepId) ?? 0) - (numbers.get(b.stepId) ?? 0),
  );
  return (
    <section className="panel-section marker-list" aria-labelledby="marker-list-heading">
      <div className="section-header">
        <h3 id="marker-list-heading">{t('process.markers.heading')}</h3>
        <label className="compact-select">
          <span className="visually-hidden">{t('process.markers.sortBy')}</span>
          <select value={order} onChange={(e) => setOrder(e.target.value as 'severity' | 'sequence')}>
            <option value="severity">{t('process.markers.bySeverity')}</option>
            <option value="sequence">{t('process.markers.byOrder')}</option>
          </select>
        </label>
      </div>
      {markers.length === 0 ? (
        <p className="hint">{t('process.markers.empty')}</p>
      ) : (
        <ul className="marker-overview">
          {markers.map((m) => {
            const step = steps.get(m.stepId);
            return (
              <li key={m.id}>
                <MarkerBadge marker={m} word={t(`processDomain.markers.${m.kind}`)} />
                <span className="marker-text">{m.text}</span>
                <button type="button" className="link-button" title={t('process.markers.show')} onClick={() => onShow(m.stepId)}>
                  {t('process.markers.inStep', { number: numbers.get(m.stepId) ?? 0, label: step?.label ?? '' })}
                </button>
                <LinkedMeasures kind="marker" id={m.id} label={m.text} kindLabel={t(`processDomain.markers.${m.kind}`)} compact {...(m.kind === 'pain' ? {} : { suggestedTitle: m.text })} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
