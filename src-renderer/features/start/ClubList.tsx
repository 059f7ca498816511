import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../src-main/contract';
import type { QueryState } from '../../api/useQuery';
import { paths } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { EmptyState } from '../../ui/EmptyState';
import { LoadState } from '../../ui/LoadState';

export function ClubList({ query, emptyActions }: { query: QueryState<OrganisationSummary[]>; emptyActions: ReactNode }) {
  const { t } = useTranslation();
  if (!query.data) return <LoadState error={query.error} onRetry={query.reload} />;
  if (query.data.length === 0) {
    return (
      <EmptyState title={t('start.emptyClubsTitle')} text={t('start.emptyClubsText')}>
        {emptyActions}
      </EmptyState>
    );
  }
  return (
    <ul className="card-list">
      {query.data.map((club) => (
        <li key={club.id} className="card">
          <a className="card-link" href={paths.club(club.id)}>
            {club.name}
          </a>
          <p className="card-meta">
            {club.legalForm && <span>{t(`legalForms.${club.legalForm}`)}</span>}
            <span>{t('start.workshopCount', { count: club.workshopCount })}</span>
            {club.lastWorkshopDate && <span>{t('start.lastWorkshop', { date: formatDate(club.lastWorkshopDate) })}</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
