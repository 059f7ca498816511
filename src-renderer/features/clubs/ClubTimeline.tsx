import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClubTimeline as Timeline, TimelineSession } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { Icon, type IconName } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { DoneBar } from './DoneBar';
import { SelfCheckTrend } from './SelfCheckTrend';
import { TimelineProgress } from './TimelineProgress';
import './timeline.css';

const KIND_ICONS: Record<TimelineSession['kind'], IconName> = { workshop: 'people', followUp: 'undo', consultation: 'info' };

function SessionItem({ s }: { s: TimelineSession }) {
  const { t } = useTranslation();
  const topic = s.topic ? (s.topicInherited ? t('timeline.topicInherited', { topic: s.topic }) : s.topic) : null;
  return (
    <li className={`timeline-item timeline-${s.kind}${s.counts ? '' : ' timeline-ahead'}`}>
      <p className="timeline-date">
        <Icon name="calendar" size={18} />
        {s.date ? formatDate(s.date) : t('workshop.noDate')}
        {!s.counts && <span className="hint"> · {t('timeline.ahead')}</span>}
      </p>
      <div className="timeline-body">
        <p className="timeline-title">
          <a href={paths.workshop(s.workshopId)}>{s.title}</a>
          <span className="badge timeline-kind">
            <Icon name={KIND_ICONS[s.kind]} size={18} />
            {t(`timeline.kinds.${s.kind}`)}
          </span>
        </p>
        <p className="timeline-topic">
          <span className="timeline-label">{t('timeline.columns.topic')}:</span> {topic ?? <span className="hint">{t('timeline.noTopic')}</span>}
        </p>
        {s.counts && <DoneBar counts={s.counts} />}
      </div>
    </li>
  );
}

/** The timeline's three parts, from the data of one call (the bench renders this with synthetic data). */
export const ClubTimelineView = memo(function ClubTimelineView({ data }: { data: Timeline }) {
  const { t } = useTranslation();
  if (data.sessions.length === 0) return <p className="hint">{t('timeline.empty')}</p>;
  return (
    <>
      <ol className="timeline" aria-label={t('timeline.sessionsCaption')}>
        {data.sessions.map((s) => (
          <SessionItem key={s.workshopId} s={s} />
        ))}
      </ol>
      <TimelineProgress data={data} />
      <SelfCheckTrend series={data.selfChecks} />
    </>
  );
});

/** "Verlauf" on the club page: every session with kind and topic, the measures over time, the self-check trend. */
export function ClubTimeline({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const query = useQuery('organisations.timeline', { id: organisationId });
  return (
    <section className="section club-timeline" aria-labelledby="club-timeline">
      <h2 id="club-timeline">{t('timeline.heading')}</h2>
      <p className="hint">{t('timeline.intro')}</p>
      {query.data ? <ClubTimelineView data={query.data} /> : <LoadState error={query.error} onRetry={query.reload} />}
    </section>
  );
}
