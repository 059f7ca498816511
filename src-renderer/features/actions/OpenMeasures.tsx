import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenMeasure } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { FollowUpDialog } from './FollowUpDialog';
import { OPEN_SHOWN } from './measure-filter';
import { DueDate, MeasureStatusBadge } from './MeasureBadges';
import './actions.css';
import './links.css';

function OpenItem({ m, showWorkshop, onFollowUp }: { m: OpenMeasure; showWorkshop: boolean; onFollowUp: (m: OpenMeasure) => void }) {
  const { t } = useTranslation();
  const href = m.phaseId ? paths.phase(m.workshopId, m.phaseId, m.id) : paths.workshop(m.workshopId);
  return (
    <li className={m.overdue ? 'open-item open-item-overdue' : 'open-item'}>
      <div className="open-item-body">
        <a href={href} className="measure-title">
          {m.title}
        </a>
        <p className="open-meta">
          <MeasureStatusBadge status={m.status} />
          <span>{t('actions.open.owner', { owner: m.owner || t('actions.noOwner') })}</span>
          <span className="open-due">
            {t('actions.open.due')} <DueDate dueDate={m.dueDate} overdue={m.overdue} />
          </span>
        </p>
        {m.status === 'blocked' && m.blockedReason && <p className="open-line">{t('actions.open.blockedBecause', { reason: m.blockedReason })}</p>}
        <p className="open-line">
          {m.lastUpdate
            ? t('actions.open.lastUpdate', { date: formatDate(m.lastUpdate.date), note: m.lastUpdate.note || t(`actions.statuses.${m.lastUpdate.status}`) })
            : t('actions.open.noUpdate')}
        </p>
        {showWorkshop && (
          <p className="open-line hint">
            {t('actions.open.fromWorkshop', { title: m.workshopTitle, date: m.workshopDate ? formatDate(m.workshopDate) : t('workshop.noDate') })}
          </p>
        )}
      </div>
      <button type="button" className="btn" aria-label={t('actions.open.followUpLabel', { title: m.title })} onClick={() => onFollowUp(m)}>
        <Icon name="edit" size={20} />
        {t('actions.followUp.open')}
      </button>
    </li>
  );
}

/** "Was ist offen?": every measure of the club not yet done, late ones first, with a follow-up at hand. */
export function OpenMeasures({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const query = useQuery('measures.open', { organisationId });
  const [followUp, setFollowUp] = useState<OpenMeasure | null>(null);
  const data = query.data;
  const overdue = data?.measures.filter((m) => m.overdue).length ?? 0;
  // A club coached over months has many open measures: the first ones (late ones first) at once, the rest on request.
  const [showAll, setShowAll] = useState(false);
  const fromSeveral = useMemo(() => new Set(data?.measures.map((m) => m.workshopId)).size > 1, [data]);
  return (
    <section className="section" aria-labelledby="club-open">
      <div className="section-header">
        <h2 id="club-open">{t('actions.open.heading')}</h2>
        {data && data.measures.length > 0 && (
          <p className="plan-summary">
            {t('actions.open.count', { count: data.measures.length })}
            {overdue > 0 && <strong className="plan-summary-overdue"> · {t('actions.summaryOverdue', { count: overdue })}</strong>}
          </p>
        )}
      </div>
      {!data ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : data.measures.length === 0 ? (
        <p className="hint">{t('actions.open.empty')}</p>
      ) : (
        <>
          <ul className="open-list" aria-label={t('actions.open.caption')}>
            {(showAll ? data.measures : data.measures.slice(0, OPEN_SHOWN)).map((m) => (
              <OpenItem key={m.id} m={m} showWorkshop={fromSeveral} onFollowUp={setFollowUp} />
            ))}
          </ul>
          {!showAll && data.measures.length > OPEN_SHOWN && (
            <button type="button" className="btn open-show-all" onClick={() => setShowAll(true)}>
              {t('actions.open.showAll', { count: data.measures.length })}
            </button>
          )}
        </>
      )}
      {followUp && data && (
        <FollowUpDialog measure={followUp} today={data.today} submit={(input) => api.call('measures.followUp', input)} onClose={() => setFollowUp(null)} />
      )}
    </section>
  );
}
