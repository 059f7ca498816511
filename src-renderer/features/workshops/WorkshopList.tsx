import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../src-main/contract';
import { paths } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { StatusBadge } from '../../ui/StatusBadge';

export function WorkshopList({ workshops, showClub = false }: { workshops: Workshop[]; showClub?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list">
      {workshops.map((w) => (
        <li key={w.id} className="card">
          <a className="card-link" href={paths.workshop(w.id)}>
            {w.title}
          </a>
          <p className="card-meta">
            {showClub && <span className="card-club">{w.organisationName}</span>}
            <span>
              <Icon name="calendar" size={18} />
              {w.date ? formatDate(w.date) : t('workshop.noDate')}
            </span>
            {w.place && (
              <span>
                <Icon name="place" size={18} />
                {w.place}
              </span>
            )}
            <StatusBadge status={w.status} />
          </p>
        </li>
      ))}
    </ul>
  );
}
