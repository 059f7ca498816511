import { useTranslation } from 'react-i18next';
import { MEASURE_STATUSES, type Phase, type PresentationState, isOpenStatus } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { formatDate } from '../../i18n/format';
import { RadarChart } from '../selfcheck/RadarChart';
import { useSelfCheckChart } from '../selfcheck/useSelfCheck';
import { PagedFlow } from './PagedFlow';
import { PresentCards } from './PresentCards';
import { PresentChecklist, PresentDataMap } from './PresentDataProtection';
import { PresentCompare, PresentProcess } from './PresentProcess';
import { PresentStakeholders } from './PresentStakeholders';

// What the room sees of a phase's results: read-only, large, nothing to
// click, in the view the coach has open.

function PresentSelfCheck({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery('selfcheck.get', { workshopId });
  const chart = useSelfCheckChart(data);
  if (!data) return null;
  return <RadarChart className="radar radar-large" title={t('selfcheck.chartTitle')} labels={chart.labels} series={chart.series} faint={chart.faint} description={chart.description} fontSize={20} />;
}

interface ShownMeasure {
  id: string;
  title: string;
  owner: string;
  dueDate: string | null;
  status: (typeof MEASURE_STATUSES)[number];
  /** The earlier session a carried-over measure comes from; null for this one's own. */
  source: string | null;
}

/** Measures as a table for the back row; with a source column where some come from earlier sessions. */
function MeasureRows({ measures, page, withSource }: { measures: readonly ShownMeasure[]; page: number; withSource: boolean }) {
  const { t } = useTranslation();
  const due = (d: string | null): string => (d ? formatDate(d) : t('present.none'));
  return (
    <PagedFlow page={page} columnWidth="100vw" rangeLabel={(from, to, total) => t('present.rowRange', { from, to, total })}>
      <table className="present-table">
        <thead>
          <tr>
            <th scope="col">{t('present.measure')}</th>
            <th scope="col">{t('present.owner')}</th>
            <th scope="col">{t('present.due')}</th>
            <th scope="col">{t('present.status')}</th>
            {withSource && <th scope="col">{t('actions.review.source')}</th>}
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.id} data-item>
              <td>{m.title}</td>
              <td>{m.owner || t('present.none')}</td>
              <td>{due(m.dueDate)}</td>
              <td>{t(`actions.statuses.${m.status}`)}</td>
              {withSource && <td>{m.source ?? t('present.thisSession')}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </PagedFlow>
  );
}

/**
 * The action plan for the room. In a follow-up it holds the club's open
 * measures carried over from earlier sessions too, as on the coach's screen.
 */
function useShownMeasures(workshopId: string): ShownMeasure[] | undefined {
  const own = useQuery('measures.list', { workshopId });
  const workshop = useQuery('workshops.get', { id: workshopId });
  const followUp = !!workshop.data && (workshop.data.followsWorkshopId !== null || workshop.data.phases.some((p) => p.kind === 'review'));
  const review = useQuery('measures.review', { workshopId });
  if (!own.data || !workshop.data || (followUp && !review.data)) return undefined;
  const carried = followUp ? (review.data?.measures ?? []).filter((m) => isOpenStatus(m.status)).map((m) => ({ ...m, source: m.workshopTitle })) : [];
  return [...carried, ...own.data.measures.map((m) => ({ ...m, source: null }))];
}

function PresentActions({ workshopId, presentation }: { workshopId: string; presentation: PresentationState }) {
  const { t } = useTranslation();
  const measures = useShownMeasures(workshopId);
  if (!measures) return null;
  if (measures.length === 0) return <p className="present-empty">{t('present.noMeasures')}</p>;
  const withSource = measures.some((m) => m.source !== null);
  if (presentation.actionView !== 'board') return <MeasureRows measures={measures} page={presentation.page} withSource={withSource} />;
  const due = (d: string | null): string => (d ? formatDate(d) : t('present.none'));
  return (
    <PagedFlow page={presentation.page} rangeLabel={(from, to, total) => t('present.itemRange', { from, to, total })}>
      {MEASURE_STATUSES.filter((s) => s !== 'dropped' || measures.some((m) => m.status === s)).map((status) => (
        <section key={status} className="present-cluster" aria-label={t(`actions.statuses.${status}`)}>
          <h2>{t(`actions.statuses.${status}`)}</h2>
          <ul className="present-cards">
            {measures
              .filter((m) => m.status === status)
              .map((m) => (
                <li key={m.id} data-item className="present-card present-measure">
                  {m.title}
                  <span className="present-author">
                    {m.owner || t('present.none')} · {due(m.dueDate)}
                    {m.source !== null && ` · ${t('actions.carried.mark')}`}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </PagedFlow>
  );
}

/** The Rückblick for the room: each open measure of earlier sessions with its state and where it came from. */
function PresentReview({ workshopId, presentation }: { workshopId: string; presentation: PresentationState }) {
  const { t } = useTranslation();
  const { data } = useQuery('measures.review', { workshopId });
  if (!data) return null;
  if (data.measures.length === 0) return <p className="present-empty">{t('actions.review.presentEmpty')}</p>;
  return <MeasureRows measures={data.measures.map((m) => ({ ...m, source: m.workshopTitle }))} page={presentation.page} withSource />;
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
    case 'checklist':
      return <PresentChecklist phase={phase} presentation={presentation} />;
    case 'datamap':
      return <PresentDataMap phase={phase} presentation={presentation} />;
    case 'pause':
      return null;
  }
}
