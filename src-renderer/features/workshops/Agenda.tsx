import { useTranslation } from 'react-i18next';
import type { WorkshopDetail } from '../../../src-main/contract';
import { paths } from '../../app/router';
import { formatDuration } from '../../i18n/format';
import { Icon } from '../../ui/Icon';

interface AgendaProps {
  workshop: WorkshopDetail;
  currentPhaseId: string | null;
  detailsOpen: boolean;
  /** Folded to numbers only, to give an editor the room's full width. */
  compact: boolean;
  onToggle: () => void;
}

/** The day at a glance: phases with their planned minutes and the total. */
export function Agenda({ workshop, currentPhaseId, detailsOpen, compact, onToggle }: AgendaProps) {
  const { t } = useTranslation();
  const total = workshop.phases.reduce((sum, p) => sum + p.minutes, 0);
  return (
    <nav className={compact ? 'agenda agenda-compact' : 'agenda'} aria-labelledby="agenda-heading">
      <div className="agenda-top">
        <h2 id="agenda-heading" className={compact ? 'visually-hidden' : 'agenda-heading'}>
          {t('workshop.agendaHeading')}
        </h2>
        <button
          type="button"
          className="btn btn-icon agenda-toggle"
          aria-expanded={!compact}
          aria-label={compact ? t('workshop.agendaShow') : t('workshop.agendaHide')}
          title={compact ? t('workshop.agendaShow') : t('workshop.agendaHide')}
          onClick={onToggle}
        >
          <Icon name={compact ? 'arrowRight' : 'arrowLeft'} />
        </button>
      </div>
      <ol className="agenda-list">
        {workshop.phases.map((phase, index) => {
          const current = phase.id === currentPhaseId;
          return (
            <li key={phase.id}>
              <a
                href={paths.phase(workshop.id, phase.id)}
                className={current ? 'agenda-item agenda-item-current' : 'agenda-item'}
                aria-current={current ? 'step' : undefined}
                aria-label={compact ? `${index + 1}. ${phase.title}` : undefined}
                title={compact ? phase.title : undefined}
              >
                <span className="agenda-number" aria-hidden="true">
                  {index + 1}
                </span>
                {!compact && <span className="agenda-title">{phase.title}</span>}
                {!compact && <span className="agenda-minutes">
                  {t('common.minutesShort', { count: phase.minutes })}
                  {phase.notes.trim() !== '' && (
                    <span className="agenda-has-notes">
                      <Icon name="note" size={16} />
                      <span className="visually-hidden">{t('phase.hasNotes')}</span>
                    </span>
                  )}
                </span>}
              </a>
            </li>
          );
        })}
      </ol>
      {!compact && (
        <p className="agenda-total">
          <Icon name="clock" size={20} />
          {t('workshop.agendaTotal', { duration: formatDuration(total, t) })}
        </p>
      )}
      <a
        href={paths.workshopDetails(workshop.id)}
        className={detailsOpen ? 'agenda-details agenda-item-current' : 'agenda-details'}
        aria-current={detailsOpen ? 'page' : undefined}
        aria-label={compact ? t('workshop.details') : undefined}
        title={compact ? t('workshop.details') : undefined}
      >
        <Icon name="settings" size={20} />
        {!compact && t('workshop.details')}
      </a>
    </nav>
  );
}
