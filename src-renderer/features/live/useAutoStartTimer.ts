import { useEffect, useRef } from 'react';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { timerOf } from './live-time';
import type { Live } from './useLive';

/**
 * With "Zeit automatisch starten" on, opening another phase of a running
 * workshop starts its clock, if it never ran (a phase looked at again keeps
 * the time it had). The phase the page opened on is left as it is.
 */
export function useAutoStartTimer(workshop: WorkshopDetail, phase: Phase, live: Live, onFail: (error: unknown) => void): void {
  const settings = useQuery('settings.get', {});
  const previous = useRef(phase.id);
  const enabled = settings.data?.autoStartTimer === true && workshop.status === 'running';
  const timer = timerOf(live.live, phase.id);
  const loaded = live.live !== undefined;
  useEffect(() => {
    if (previous.current === phase.id) return;
    if (!loaded) return;
    previous.current = phase.id;
    if (enabled && (!timer || timer.state === 'idle')) live.call('timer.start', phase.id).catch(onFail);
  }, [enabled, live, loaded, onFail, phase.id, timer]);
}
