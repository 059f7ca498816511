import { useTranslation } from 'react-i18next';
import { LoadState } from '../../ui/LoadState';
import { RadarChart } from './RadarChart';
import { SelfCheckChanges } from './SelfCheckChanges';
import { SelfCheckRow } from './SelfCheckRow';
import { useSelfCheck, useSelfCheckChart } from './useSelfCheck';

/** Phase 2: the club rates itself in eight fields; the chart grows as the room fills it in. */
export function SelfCheckEditor({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { check, error, reload, actions, fail } = useSelfCheck(workshopId);
  const chart = useSelfCheckChart(check);
  if (!check) return <LoadState error={error} onRetry={reload} />;
  return (
    <section className="phase-section selfcheck" aria-labelledby="selfcheck-heading">
      <h3 id="selfcheck-heading">{t('selfcheck.heading')}</h3>
      <p className="section-hint">{t('selfcheck.intro')}</p>
      <div className="selfcheck-layout">
        <div className="selfcheck-chart">
          <RadarChart title={t('selfcheck.chartTitle')} labels={chart.labels} series={chart.series} faint={chart.faint} description={chart.description} />
          {check.earlier ? <p className="section-hint">{t('selfcheck.compareHint')}</p> : <p className="section-hint">{t('selfcheck.noEarlier')}</p>}
          {chart.faint ? <p className="section-hint">{t('selfcheck.olderHint')}</p> : null}
          <SelfCheckChanges check={check} />
        </div>
        <div className="selfcheck-rows">
          {check.entries.map((entry) => (
            <SelfCheckRow
              key={entry.dimension}
              entry={entry}
              onAgree={(agreed) => void actions.set(entry.dimension, { agreed }).catch(fail)}
              onRate={(ratings) => actions.rate(entry.dimension, ratings).catch(fail)}
              onNote={(note) => actions.set(entry.dimension, { note }).catch(fail)}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
