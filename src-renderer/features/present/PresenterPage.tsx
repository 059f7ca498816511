import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, PresentationState } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { LoadState } from '../../ui/LoadState';
import { TimerDisplay } from '../live/PhaseTimer';
import { timerOf } from '../live/live-time';
import { type Live, useLive } from '../live/useLive';
import { PresentJoin } from '../phones/PresentJoin';
import { PresentContent } from './PresentContent';
import { PresentPause } from './PresentPause';
import { PagesProvider, usePagesReport } from './pages';
import { useProjectorKeys } from './useProjectorKeys';
import './present.css';

/** What is shown, as far as it changes the pages: the phase, its view, the group, the zoom. */
function shownKey(phaseId: string | null | undefined, p: PresentationState | undefined): string {
  if (!p) return '';
  const focus = p.zoom === 'selection' ? p.selection.join(',') : '';
  return [phaseId, p.stakeholderView, p.processView, p.actionView, p.groupId, p.revealVote, p.zoom, focus].join('|');
}

/** Diagrams take the whole screen: the header is one line and the questions step aside. */
function showsDiagram(phase: Phase, p: PresentationState): boolean {
  if (phase.kind === 'stakeholders') return p.stakeholderView !== 'table';
  if (phase.kind === 'process_current') return true;
  if (phase.kind === 'process_target') return p.processView !== 'compare';
  return false;
}

function PresentHead({ live, phase, position, compact }: { live: Live; phase: Phase; position: string; compact: boolean }) {
  const { t } = useTranslation();
  const timer = timerOf(live.live, phase.id);
  const hideTimer = live.live?.presentation.hideTimer ?? false;
  return (
    <header className="present-head">
      <div className="present-heading">
        <p className="present-kicker">{position}</p>
        <h1 className="present-title">{phase.title}</h1>
      </div>
      {hideTimer ? null : timer && timer.state !== 'idle' ? (
        <TimerDisplay live={live} phase={phase} className="timer-clock present-clock" />
      ) : (
        !compact && <p className="present-minutes">{t('common.minutes', { count: phase.minutes })}</p>
      )}
    </header>
  );
}

/**
 * The room's screen: the phase the coach shows, its questions, the clock and
 * the results so far. It fills the screen it is on without scrolling, large,
 * calm, and without anything to click; it shows what the coach's view shows.
 */
export function PresenterPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useQuery('workshops.get', { id });
  const live = useLive(id);
  const workshop = query.data;
  useProjectorKeys(live, { paging: true });
  const reportPages = usePagesReport(live, shownKey(live.live?.livePhaseId, live.live?.presentation));
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
  const presentation = live.live?.presentation;
  if (presentation?.blank) {
    return (
      <main id="main" className="present present-blank">
        <h1 className="visually-hidden">{t('present.blanked')}</h1>
      </main>
    );
  }
  const index = workshop.phases.findIndex((p) => p.id === live.live?.livePhaseId);
  const phase = workshop.phases[index];
  if (!phase || !presentation) {
    return (
      <main id="main" className="present present-waiting">
        <p className="present-club">{workshop.organisationName}</p>
        <h1>{workshop.title}</h1>
        <p className="present-welcome">{!live.live ? t('common.loading') : workshop.status === 'done' ? t('present.finished') : t('present.waiting')}</p>
        <PresentJoin workshopId={workshop.id} />
      </main>
    );
  }
  if (phase.kind === 'pause') return <PresentPause live={live} phase={phase} />;
  const compact = showsDiagram(phase, presentation);
  return (
    <main id="main" className={`present present-kind-${phase.kind}${compact ? ' present-compact' : ''}`}>
      <PresentHead live={live} phase={phase} position={t('phase.position', { n: index + 1, total: workshop.phases.length })} compact={compact} />
      {!compact && phase.prompts.length > 0 && (
        <ul className="present-prompts" aria-label={t('phase.prompts')}>
          {phase.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      )}
      <div className="present-content">
        <PagesProvider value={reportPages}>
          <PresentContent workshopId={workshop.id} phase={phase} presentation={presentation} />
        </PagesProvider>
      </div>
      <PresentJoin workshopId={workshop.id} />
    </main>
  );
}
