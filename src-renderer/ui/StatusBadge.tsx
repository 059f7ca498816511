import { useTranslation } from 'react-i18next';
import type { WorkshopStatus } from '../../src-main/contract';
import { Icon, type IconName } from './Icon';

const ICONS: Record<WorkshopStatus, IconName> = { planned: 'calendar', running: 'play', done: 'check' };

/** Status with icon and text, never by colour alone. */
export function StatusBadge({ status }: { status: WorkshopStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${status}`}>
      <Icon name={ICONS[status]} size={18} />
      {t(`statuses.${status}`)}
    </span>
  );
}
