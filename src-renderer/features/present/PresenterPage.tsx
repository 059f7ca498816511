import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { LoadState } from '../../ui/LoadState';
import { TimerDisplay } from '../live/PhaseTimer';
import { timerOf } from '../live/live-time';
import { useLive } from '../live/useLive';
import { PresentContent } from './PresentContent';
import './present.css';

/**
 * The room's screen: the phase the coach shows, its questions, the clock and
 * the results so far. Large, calm, and without anything to click.
 */
export function PresenterPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery('workshops.get', { id }, { refetchOn: (e) => e.name === 'workshops.changed' });
  const live = useLive(id);
  const workshop = query.data;
  useEffect(() => {
    document.body.classList.add('presenting');
    return () => document.body.classList.remove('presenting');
  }, []);

  if (!workshop) {
    return (
      <main id="main" className="present present-waiting">
        <h1 className="visually-hidden">{t('present.title')}</h1>
        <LoadState error={query.error} onRetry={query.reload} />
      </main>
    );
  }
  const index = workshop.phases.findIndex((p) => p.id === live.live?.livePhaseId);
  const phase = workshop.phases[index];
  if (!phase) {
    return (
      <main id="main" className="present present-waiting">
        <p className="present-club">{workshop.organisationName}</p>
        <h1>{workshop.title}</h1>
        <p className="present-welcome">{!live.live ? t('common.loading') : workshop.status === 'done' ? t('present.finished') : t('present.waiting')}</p>
      </main>
    );
  }
  const timer = timerOf(live.live, phase.id);
  return (
    <main id="main" className={`present present-kind-${phase.kind}`}>
      <header className="present-head">
        <div>
          <p className="present-kicker">{t('phase.position', { n: index + 1, total: workshop.phases.length })}</p>
          <h1 className="present-title">{phase.title}</h1>
        </div>
        {timer && timer.state !== 'idle' ? (
          <TimerDisplay live={live} phase={phase} className="timer-clock present-clock" />
        ) : (
          <p className="present-minutes">{t('common.minutes', { count: phase.minutes })}</p>
        )}
      </header>
      {phase.prompts.length > 0 && (
        <ul className="present-prompts" aria-label={t('phase.prompts')}>
          {phase.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      )}
      <div className="present-content">
        <PresentContent workshopId={workshop.id} phase={phase} />
      </div>
    </main>
  );
}
