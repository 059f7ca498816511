import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { PhonesSection } from '../phones/PhonesSection';
import { ProjectorControls } from '../present/ProjectorControls';
import { PhaseTimer } from './PhaseTimer';
import { useAutoStartTimer } from './useAutoStartTimer';
import type { Live } from './useLive';
import './live.css';

interface LiveBarProps {
  workshop: WorkshopDetail;
  phase: Phase;
  live: Live;
}

/**
 * The coach's controls for the day: start the workshop, open the projector,
 * and the phase's countdown. Once the workshop runs, the projector follows
 * the phase the coach opens.
 */
export function LiveBar({ workshop, phase, live }: LiveBarProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const running = workshop.status === 'running';
  const done = workshop.status === 'done';
  const fail = (e: unknown): void => announce(errorMessage(t, e));
  useAutoStartTimer(workshop, phase, live, fail);

  // Starting the day starts the clock of the phase the coach has open (it also puts it on the projector).
  const start = async (): Promise<void> => {
    await api.call('workshops.update', { id: workshop.id, status: 'running' });
    await live.call('timer.start', phase.id);
    announce(t('live.started'));
  };
  // A finished workshop opened again (the group wants to go on): the clock waits for the coach.
  const reopen = async (): Promise<void> => {
    await api.call('workshops.update', { id: workshop.id, status: 'running' });
    await live.show(phase.id);
    announce(t('live.reopened'));
  };
  const finish = async (): Promise<void> => {
    await api.call('workshops.update', { id: workshop.id, status: 'done' });
    await live.show(null);
    announce(t('live.finished'));
  };
  const openProjector = async (): Promise<void> => {
    if (!running && !done) await start();
    await api.openPresenter(workshop.id);
  };
  const onProjector = live.live?.livePhaseId === phase.id;

  const projectorButton = (
    <button type="button" className="btn" onClick={() => void openProjector().catch(fail)}>
      <Icon name="screen" />
      {t('live.openProjector')}
    </button>
  );

  return (
    // A slim bar: the phase's clock (with the start of the day), then, while the workshop runs, the projector's controls.
    <section className="live-bar" aria-label={t('live.barLabel')}>
      <div className="live-bar-row">
        <PhaseTimer live={live} phase={phase} />
        <div className="live-buttons live-day">
          {!running && <p className="live-status">{done ? t('live.finished') : t('live.startHint')}</p>}
          {!running && !done && (
            <button type="button" className="btn btn-primary" onClick={() => void start().catch(fail)}>
              <Icon name="play" />
              {t('live.start')}
            </button>
          )}
          {done && (
            <button type="button" className="btn" onClick={() => void reopen().catch(fail)}>
              <Icon name="undo" />
              {t('live.reopen')}
            </button>
          )}
          {!running && projectorButton}
        </div>
      </div>
      {running && (
        <div className="live-bar-row">
          <p className="live-status">
            <Icon name="screen" size={20} />
            {onProjector ? t('live.onProjector') : t('live.notOnProjector')}
          </p>
          {!onProjector && (
            <button type="button" className="btn btn-primary" onClick={() => void live.show(phase.id).catch(fail)}>
              <Icon name="screen" />
              {t('live.showHere')}
            </button>
          )}
          {projectorButton}
          <button type="button" className="btn btn-quiet" onClick={() => void finish().catch(fail)}>
            <Icon name="stop" />
            {t('live.finish')}
          </button>
          {onProjector && <ProjectorControls phase={phase} live={live} />}
          <PhonesSection workshopId={workshop.id} phase={phase} />
        </div>
      )}
    </section>
  );
}
