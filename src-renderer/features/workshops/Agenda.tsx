import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { paths } from '../../app/router';
import { formatDuration } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { dayBalance, elapsedMs, hasRun, timerOf } from '../live/live-time';
import type { Live } from '../live/useLive';

interface AgendaProps {
  workshop: WorkshopDetail;
  currentPhaseId: string | null;
  detailsOpen: boolean;
  /** Folded to numbers only, to give an editor the room's full width. */
  compact: boolean;
  onToggle: () => void;
  live: Live;
}

/** How the phases run so far compare with their plan, once the first phase has been timed. */
function DayBalance({ workshop, live }: { workshop: WorkshopDetail; live: Live }) {
  const { t } = useTranslation();
  const balance = dayBalance(workshop.phases, live.live, live.now);
  if (balance === null) return null;
  const { phases, actual, planned, delta } = balance;
  const base = { phases, total: workshop.phases.length, actual, planned };
  const text = delta > 0 ? t('live.behind', { ...base, count: delta }) : delta < 0 ? t('live.ahead', { ...base, count: -delta }) : t('live.onTime', base);
  return (
    <p className={delta > 0 ? 'agenda-balance agenda-balance-behind' : 'agenda-balance'}>
      <Icon name={delta > 0 ? 'alert' : 'check'} size={20} />
      {text}
    </p>
  );
}

interface AgendaItemProps {
  workshop: WorkshopDetail;
  phase: Phase;
  index: number;
  current: boolean;
  compact: boolean;
  live: Live;
}

function AgendaItem({ workshop, phase, index, current, compact, live }: AgendaItemProps) {
  const { t } = useTranslation();
  const timer = timerOf(live.live, phase.id);
  const onProjector = live.live?.livePhaseId === phase.id && workshop.status === 'running';
  return (
    <li>
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
          {hasRun(timer) && (
            <span className="agenda-actual">{t('live.actual', { count: Math.round(elapsedMs(timer, live.now) / 60_000) })}</span>
          )}
          {onProjector && (
            <span className="agenda-live">
              <Icon name="screen" size={16} />
              <span className="visually-hidden">{t('live.onProjectorShort')}</span>
            </span>
          )}
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
}

/** The day at a glance: phases with their planned minutes and the total. */
export function Agenda({ workshop, currentPhaseId, detailsOpen, compact, onToggle, live }: AgendaProps) {
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
        {workshop.phases.map((phase, index) => (
          <AgendaItem key={phase.id} workshop={workshop} phase={phase} index={index} current={phase.id === currentPhaseId} compact={compact} live={live} />
        ))}
      </ol>
      {!compact && (
        <p className="agenda-total">
          <Icon name="clock" size={20} />
          {t('workshop.agendaTotal', { duration: formatDuration(total, t) })}
        </p>
      )}
      {!compact && <DayBalance workshop={workshop} live={live} />}
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
