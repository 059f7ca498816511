import { useTranslation } from 'react-i18next';
import { MEASURE_STATUSES, type Phase, type PresentationState } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { formatDate } from '../../i18n/format';
import { RadarChart } from '../selfcheck/RadarChart';
import { useSelfCheckChart } from '../selfcheck/useSelfCheck';
import { PagedFlow } from './PagedFlow';
import { PresentCards } from './PresentCards';
import { PresentCompare, PresentProcess } from './PresentProcess';
import { PresentStakeholders } from './PresentStakeholders';

// What the room sees of a phase's results: read-only, large, nothing to
// click, in the view the coach has open.

function PresentSelfCheck({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery('selfcheck.get', { workshopId });
  const chart = useSelfCheckChart(data);
  if (!data) return null;
  return <RadarChart className="radar radar-large" title={t('selfcheck.chartTitle')} labels={chart.labels} series={chart.series} description={chart.description} fontSize={20} />;
}

function PresentActions({ workshopId, presentation }: { workshopId: string; presentation: PresentationState }) {
  const { t } = useTranslation();
  const { data } = useQuery('measures.list', { workshopId });
  if (!data) return null;
  if (data.measures.length === 0) return <p className="present-empty">{t('present.noMeasures')}</p>;
  const due = (d: string | null): string => (d ? formatDate(d) : t('present.none'));
  if (presentation.actionView === 'board') {
    return (
      <PagedFlow page={presentation.page} rangeLabel={(from, to, total) => t('present.itemRange', { from, to, total })}>
        {MEASURE_STATUSES.filter((s) => s !== 'dropped' || data.measures.some((m) => m.status === s)).map((status) => (
          <section key={status} className="present-cluster" aria-label={t(`actions.statuses.${status}`)}>
            <h2>{t(`actions.statuses.${status}`)}</h2>
            <ul className="present-cards">
              {data.measures
                .filter((m) => m.status === status)
                .map((m) => (
                  <li key={m.id} data-item className="present-card present-measure">
                    {m.title}
                    <span className="present-author">
                      {m.owner || t('present.none')} · {due(m.dueDate)}
                    </span>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </PagedFlow>
    );
  }
  return (
    <PagedFlow page={presentation.page} columnWidth="100vw" rangeLabel={(from, to, total) => t('present.rowRange', { from, to, total })}>
      <table className="present-table">
        <thead>
          <tr>
            <th scope="col">{t('present.measure')}</th>
            <th scope="col">{t('present.owner')}</th>
            <th scope="col">{t('present.due')}</th>
            <th scope="col">{t('present.status')}</th>
          </tr>
        </thead>
        <tbody>
          {data.measures.map((m) => (
            <tr key={m.id} data-item>
              <td>{m.title}</td>
              <td>{m.owner || t('present.none')}</td>
              <td>{due(m.dueDate)}</td>
              <td>{t(`actions.statuses.${m.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PagedFlow>
  );
}

/** The Rückblick for the room: each open measure of earlier sessions with its state and where it came from. */
function PresentReview({ workshopId, presentation }: { workshopId: string; presentation: PresentationState }) {
  const { t } = useTranslation();
  const { data } = useQuery('measures.review', { workshopId });
  if (!data) return null;
  if (data.measures.length === 0) return <p className="present-empty">{t('actions.review.presentEmpty')}</p>;
  const due = (d: string | null): string => (d ? formatDate(d) : t('present.none'));
  return (
    <PagedFlow page={presentation.page} columnWidth="100vw" rangeLabel={(from, to, total) => t('present.rowRange', { from, to, total })}>
      <table className="present-table">
        <thead>
          <tr>
            <th scope="col">{t('present.measure')}</th>
            <th scope="col">{t('present.owner')}</th>
            <th scope="col">{t('present.due')}</th>
            <th scope="col">{t('present.status')}</th>
            <th scope="col">{t('actions.review.source')}</th>
          </tr>
        </thead>
        <tbody>
          {data.measures.map((m) => (
            <tr key={m.id} data-item>
              <td>{m.title}</td>
              <td>{m.owner || t('present.none')}</td>
              <td>{due(m.dueDate)}</td>
              <td>{t(`actions.statuses.${m.status}`)}</td>
              <td>{m.workshopTitle}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PagedFlow>
  );
}

export function PresentContent({ workshopId, phase, presentation }: { workshopId: string; phase: Phase; presentation: PresentationState }) {
  switch (phase.kind) {
    case 'cards':
    case 'voting':
      return <PresentCards phaseId={phase.id} presentation={presentation} />;
    case 'selfcheck':
      return <PresentSelfCheck workshopId={workshopId} />;
    case 'stakeholders':
      return <PresentStakeholders workshopId={workshopId} presentation={presentation} />;
    case 'process_current':
      return <PresentProcess workshopId={workshopId} variant="ist" presentation={presentation} />;
    case 'process_target':
      return presentation.processView === 'compare' ? (
        <PresentCompare workshopId={workshopId} presentation={presentation} />
      ) : (
        <PresentProcess workshopId={workshopId} variant="soll" presentation={presentation} />
      );
    case 'actions':
      return <PresentActions workshopId={workshopId} presentation={presentation} />;
    case 'discussion':
      return null;
    case 'review':
      return <PresentReview workshopId={workshopId} presentation={presentation} />;
  }
}
