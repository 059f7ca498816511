import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { clockText, remainingMs, timerOf } from './live-time';
import type { Live } from './useLive';
import './live.css';

interface PhaseTimerProps {
  live: Live;
  phase: { id: string; minutes: number };
}

/** Time left in a phase, big enough to read from a step away; when time is up it says so, without a sound. */
export function TimerDisplay({ live, phase, className = 'timer-clock' }: PhaseTimerProps & { className?: string }) {
  const { t } = useTranslation();
  const timer = timerOf(live.live, phase.id);
  const left = remainingMs(phase.minutes, timer, live.now);
  const over = left <= 0 && !!timer && timer.state !== 'idle';
  return (
    <div className="timer-display">
      <p className={over ? `${className} timer-over` : className} role="timer" aria-atomic="true">
        {over && left < 0 ? '+' : ''}
        {clockText(left)}
      </p>
      <p className="timer-state" role="status">
        {over ? t('live.timer.over') : t(`live.timer.states.${timer?.state ?? 'idle'}`)}
      </p>
    </div>
  );
}

/** The coach's countdown of the phase: start, pause, five more minutes, back to the start. */
export function PhaseTimer({ live, phase }: PhaseTimerProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const timer = timerOf(live.live, phase.id);
  const state = timer?.state ?? 'idle';
  const run = (step: () => Promise<void>) => () => {
    step().catch((e: unknown) => announce(errorMessage(t, e)));
  };
  return (
    <section className="phase-timer" aria-labelledby="timer-heading">
      {/* The clock says what it is; the heading names the group for screen readers and keeps the bar slim. */}
      <h3 id="timer-heading" className="visually-hidden">
        {t('live.timer.heading')}
      </h3>
      <Icon name="clock" size={22} />
      <TimerDisplay live={live} phase={phase} />
      {/* The planned minutes stand in the phase's heading; the bar repeats them only once the phase got more time. */}
      {timer && timer.extraMinutes > 0 && (
        <p className="timer-plan">
          {t('live.timer.planned', { count: phase.minutes })} {t('live.timer.extra', { count: timer.extraMinutes })}
        </p>
      )}
      <div className="timer-buttons">
        {state === 'running' ? (
          <button type="button" className="btn" onClick={run(() => live.call('timer.pause', phase.id))}>
            <Icon name="pause" />
            {t('live.timer.pause')}
          </button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={run(() => live.call('timer.start', phase.id))}>
            <Icon name="play" />
            {state === 'idle' ? t('live.timer.start') : t('live.timer.resume')}
          </button>
        )}
        <button type="button" className="btn" onClick={run(() => live.extend(phase.id, 5))}>
          <Icon name="plus" />
          {t('live.timer.extend')}
        </button>
        <button type="button" className="btn btn-quiet" disabled={state === 'idle' && !timer?.elapsedMs && !timer?.extraMinutes} onClick={run(() => live.call('timer.reset', phase.id))}>
          <Icon name="undo" />
          {t('live.timer.reset')}
        </button>
      </div>
    </section>
  );
}
