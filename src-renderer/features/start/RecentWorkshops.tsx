import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { EmptyState } from '../../ui/EmptyState';
import { LoadState } from '../../ui/LoadState';
import { WorkshopList } from '../workshops/WorkshopList';

export function RecentWorkshops() {
  const { t } = useTranslation();
  const workshops = useQuery('workshops.list', { limit: 8 });
  if (!workshops.data) return <LoadState error={workshops.error} onRetry={workshops.reload} />;
  if (workshops.data.length === 0) {
    return <EmptyState title={t('start.emptyWorkshopsTitle')} text={t('start.emptyWorkshopsText')} />;
  }
  return <WorkshopList workshops={workshops.data} showClub />;
}
