import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { Icon } from '../../ui/Icon';
import { LinkedMeasures } from '../actions/MeasureLinks';
import { MarkerBadge } from './StepNode';
import type { ProcessActions } from './useProcessDiagram';

interface BulkProps {
  count: number;
  onRemove: () => void;
  onClear: () => void;
  onPickPain: (() => void) | null;
}

/** Remove several markers at once, or pick all pain points to do so. */
function MarkerBulk({ count, onRemove, onClear, onPickPain }: BulkProps) {
  const { t } = useTranslation();
  if (count === 0) {
    return onPickPain ? (
      <div className="button-row">
        <button type="button" className="btn" onClick={onPickPain}>
          {t('process.markers.selectPain')}
        </button>
      </div>
    ) : null;
  }
  return (
    <div className="button-row">
      <button type="button" className="btn btn-danger-outline" onClick={onRemove}>
        <Icon name="trash" />
        {t('process.markers.removeSelected', { count })}
      </button>
      <button type="button" className="btn" onClick={onClear}>
        {t('process.markers.selectNone')}
      </button>
    </div>
  );
}

interface MarkerListProps {
  diagram: ProcessDiagram;
  actions: ProcessActions;
  onShow: (stepId: string) => void;
  run: (work: Promise<unknown>) => void;
  announce: (text: string) => void;
}

/**
 * All pain points, ideas and digital potential of the diagram in one list,
 * most serious first (or in process order). The action plan builds on it.
 * Several markers can be selected and removed at once (one undo step), e.g.
 * the pain points a copied target process took over from today.
 */
export function MarkerList({ diagram, actions, onShow, run, announce }: MarkerListProps) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<'severity' | 'sequence'>('severity');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const numbers = numberSteps(diagram);
  const steps = new Map(diagram.steps.map((s) => [s.id, s]));
  const rank = { pain: 0, digital: 1, idea: 2 } as const;
  const markers = [...diagram.markers].sort((a, b) =>
    order === 'severity'
      ? rank[a.kind] - rank[b.kind] || (b.severity ?? 0) - (a.severity ?? 0) || (numbers.get(a.stepId) ?? 0) - (numbers.get(b.stepId) ?? 0)
      : (numbers.get(a.stepId) ?? 0) - (numbers.get(b.stepId) ?? 0),
  );
  // Markers deleted meanwhile (here or in another window) drop out of the selection.
  const selected = markers.filter((m) => picked.has(m.id)).map((m) => m.id);
  const toggle = (id: string, on: boolean): void =>
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const removeSelected = (): void => {
    setPicked(new Set());
    run(actions.removeMarkers(selected).then(() => announce(t('process.markers.removedMany', { count: selected.length }))));
  };
  const hasPain = markers.some((m) => m.kind === 'pain');
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
        <>
          <MarkerBulk count={selected.length} onRemove={removeSelected} onClear={() => setPicked(new Set())} onPickPain={hasPain ? () => setPicked(new Set(markers.filter((m) => m.kind === 'pain').map((m) => m.id))) : null} />
          <ul className="marker-overview">
            {markers.map((m) => {
              const step = steps.get(m.stepId);
              return (
                <li key={m.id}>
                  <div className="marker-line">
                    <input type="checkbox" checked={picked.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} aria-label={t('process.markers.select', { text: m.text })} />
                    <MarkerBadge marker={m} word={t(`processDomain.markers.${m.kind}`)} />
                  </div>
                  <span className="marker-text">{m.text}</span>
                  <button type="button" className="link-button" title={t('process.markers.show')} onClick={() => onShow(m.stepId)}>
                    {t('process.markers.inStep', { number: numbers.get(m.stepId) ?? 0, label: step?.label ?? '' })}
                  </button>
                  <LinkedMeasures kind="marker" id={m.id} label={m.text} kindLabel={t(`processDomain.markers.${m.kind}`)} compact {...(m.kind === 'pain' ? {} : { suggestedTitle: m.text })} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
