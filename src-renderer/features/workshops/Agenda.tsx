import { useTranslation } from 'react-i18next';
import type { WorkshopDetail } from '../../../src-main/contract';
import { paths } from '../../app/router';
import { formatDuration } from '../../i18n/format';
import { Icon } from '../../ui/Icon';

interface AgendaProps {
  workshop: WorkshopDetail;
  currentPhaseId: string | null;
  detailsOpen: boolean;
}

/** The day at a glance: phases with their planned minutes and the total. */
export function Agenda({ workshop, currentPhaseId, detailsOpen }: AgendaProps) {
  const { t } = useTranslation();
  const total = workshop.phases.reduce((sum, p) => sum + p.minutes, 0);
  return (
    <nav className="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="agenda-heading">
        {t('workshop.agendaHeading')}
      </h2>
      <ol className="agenda-list">
        {workshop.phases.map((phase, index) => {
          const current = phase.id === currentPhaseId;
          return (
            <li key={phase.id}>
              <a
                href={paths.phase(workshop.id, phase.id)}
                className={current ? 'agenda-item agenda-item-current' : 'agenda-item'}
                aria-current={current ? 'step' : undefined}
              >
                <span className="agenda-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="agenda-title">{phase.title}</span>
                <span className="agenda-minutes">
                  {t('common.minutesShort', { count: phase.minutes })}
                  {phase.notes.trim() !== '' && (
                    <span className="agenda-has-notes">
                      <Icon name="note" size={16} />
                      <span className="visually-hidden">{t('phase.hasNotes')}</span>
                    </span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <p className="agenda-total">
        <Icon name="clock" size={20} />
        {t('workshop.agendaTotal', { duration: formatDuration(total, t) })}
      </p>
      <a
        href={paths.workshopDetails(workshop.id)}
        className={detailsOpen ? 'agenda-details agenda-item-current' : 'agenda-details'}
        aria-current={detailsOpen ? 'page' : undefined}
      >
        <Icon name="settings" size={20} />
        {t('workshop.details')}
      </a>
    </nav>
  );
}
