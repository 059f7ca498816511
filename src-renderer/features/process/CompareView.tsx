import { useTranslation } from 'react-i18next';
import type { StepView } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { LoadState } from '../../ui/LoadState';

function StepLine({ step }: { step: StepView }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`processDomain.stepKinds.${step.kind}`)}: <strong>{step.label}</strong> ({step.lane})
    </>
  );
}

/** What the target process adds, drops or changes compared with today's. */
export function CompareView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const result = useQuery('process.compare', { workshopId });
  if (!result.data) return <LoadState error={result.error} onRetry={result.reload} />;
  const { added, removed, changed, unchanged } = result.data;
  const none = <p className="hint">{t('process.compare.none')}</p>;
  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('process.compare.heading')}</h3>
      <p className="lead">{t('process.compare.summary', { added: added.length, removed: removed.length, changed: changed.length, unchanged })}</p>
      <div className="compare-columns">
        <section className="compare-block compare-added" aria-labelledby="compare-added">
          <h4 id="compare-added">+ {t('process.compare.added')}</h4>
          {added.length === 0 ? none : <ul>{added.map((s) => <li key={s.id}><StepLine step={s} /></li>)}</ul>}
        </section>
        <section className="compare-block compare-removed" aria-labelledby="compare-removed">
          <h4 id="compare-removed">− {t('process.compare.removed')}</h4>
          {removed.length === 0 ? none : <ul>{removed.map((s) => <li key={s.id}><StepLine step={s} /></li>)}</ul>}
        </section>
        <section className="compare-block compare-changed" aria-labelledby="compare-changed">
          <h4 id="compare-changed">↻ {t('process.compare.changed')}</h4>
          {changed.length === 0 ? none : (
            <ul>
              {changed.map((c) => (
                <li key={c.soll.id}>
                  <span className="compare-what">{t('process.compare.what', { fields: c.changed.map((f) => t(`process.compare.fields.${f}`)).join(', ') })}</span>
                  <span>{t('process.compare.before')}: <StepLine step={c.ist} /></span>
                  <span>{t('process.compare.after')}: <StepLine step={c.soll} /></span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
