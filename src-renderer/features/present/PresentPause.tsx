import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../src-main/contract';
import { formatTime } from '../../i18n/format';
import { remainingMs, timerOf } from '../live/live-time';
import type { Live } from '../live/useLive';

/**
 * The room's screen during a break: only the break's name and when the group
 * meets again, large and calm, readable from the back row. The clock time
 * follows the phase's timer (planned minutes plus any "+5 Min."), so a paused
 * or extended break moves it; before the timer runs it shows the length.
 */
export function PresentPause({ live, phase }: { live: Live; phase: Phase }) {
  const { t, i18n } = useTranslation();
  const timer = timerOf(live.live, phase.id);
  const left = remainingMs(phase.minutes, timer, live.now);
  const started = !!timer && timer.state !== 'idle';
  // Rounded to the minute the countdown reaches zero in, so "12:45" is never early.
  const until = new Date(Math.ceil((live.now + left) / 60_000) * 60_000).toISOString();
  const line = !started ? t('common.minutes', { count: phase.minutes }) : left > 0 ? t('present.pauseUntil', { time: formatTime(until, i18n.language) }) : t('present.pauseSoon');
  return (
    <main id="main" className="present present-pause">
      <h1 className="present-pause-title">{phase.title}</h1>
      <p className="present-pause-until" role="status" aria-atomic="true">
        {line}
      </p>
    </main>
  );
}
