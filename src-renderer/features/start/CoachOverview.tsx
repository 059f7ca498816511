import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClubWithoutFollowUp, CoachOverview as Overview, OverdueClub, UpcomingDate } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import '../actions/actions.css';
import './overview.css';

function OverdueItem({ club }: { club: OverdueClub }) {
  const { t } = useTranslation();
  const more = club.count - club.measures.length;
  return (
    <li className="overview-item">
      <a className="overview-club" href={paths.club(club.organisationId)}>
        {club.organisationName}
      </a>
      <span className="overdue-badge">
        <Icon name="alert" size={16} />
        {t('overview.overdueCount', { count: club.count })}
      </span>
      <ul className="overview-sub">
        {club.measures.map((m) => (
          <li key={m.id}>{t('overview.overdueItem', { title: m.title, date: formatDate(m.dueDate) })}</li>
        ))}
        {more > 0 && <li className="hint">{t('overview.overdueMore', { count: more })}</li>}
      </ul>
    </li>
  );
}

function UpcomingItem({ item }: { item: UpcomingDate }) {
  const { t } = useTranslation();
  return (
    <li className="overview-item">
      <span className="overview-date">
        <Icon name="calendar" size={18} />
        {formatDate(item.date)}
      </span>
      <a className="overview-club" href={paths.club(item.organisationId)}>
        {item.organisationName}
      </a>
      <span className="overview-line">
        {item.source === 'agreed' ? t('overview.agreed', { title: item.title }) : `${item.title} · ${t(`timeline.kinds.${item.kind}`)}`}
      </span>
    </li>
  );
}

function WithoutItem({ club }: { club: ClubWithoutFollowUp }) {
  const { t } = useTranslation();
  return (
    <li className="overview-item">
      <a className="overview-club" href={paths.club(club.organisationId)}>
        {club.organisationName}
      </a>
      <span className="overview-line">
        {t('overview.withoutOpen', { count: club.openMeasures })} ·{' '}
        {club.lastSessionDate ? t('overview.lastSession', { date: formatDate(club.lastSessionDate) }) : t('overview.noSession')}
      </span>
    </li>
  );
}

function Part({ id, heading, empty, children }: { id: string; heading: string; empty: string | null; children: ReactNode }) {
  return (
    <div className="overview-part" role="group" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {empty !== null ? <p className="hint">{empty}</p> : <ul className="overview-list">{children}</ul>}
    </div>
  );
}

export function CoachOverviewView({ data }: { data: Overview }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="hint">{t('overview.intro', { date: formatDate(data.today) })}</p>
      <div className="overview-grid">
        <Part id="overview-upcoming" heading={t('overview.upcomingHeading')} empty={data.upcoming.length === 0 ? t('overview.upcomingEmpty', { date: formatDate(data.until) }) : null}>
          {data.upcoming.map((u) => (
            <UpcomingItem key={`${u.source}-${u.workshopId}-${u.date}`} item={u} />
          ))}
        </Part>
        <Part id="overview-overdue" heading={t('overview.overdueHeading')} empty={data.overdue.length === 0 ? t('overview.overdueEmpty') : null}>
          {data.overdue.map((c) => (
            <OverdueItem key={c.organisationId} club={c} />
          ))}
        </Part>
        <Part id="overview-without" heading={t('overview.withoutHeading')} empty={data.withoutFollowUp.length === 0 ? t('overview.withoutEmpty') : null}>
          {data.withoutFollowUp.map((c) => (
            <WithoutItem key={c.organisationId} club={c} />
          ))}
        </Part>
      </div>
    </>
  );
}

/** "Ihr Überblick": what is overdue, which follow-ups come, which clubs have no next date — across all clubs. */
export function CoachOverview() {
  const { t } = useTranslation();
  const query = useQuery('overview.get', {});
  return (
    <section className="section coach-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('overview.heading')}</h2>
      {query.data ? <CoachOverviewView data={query.data} /> : <LoadState error={query.error} onRetry={query.reload} />}
    </section>
  );
}
