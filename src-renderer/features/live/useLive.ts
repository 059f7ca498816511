import { useCallback, useEffect, useRef, useState } from 'react';
import { type LiveState, type MethodInput, type MethodName, concerns } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';

export interface Live {
  live: LiveState | undefined;
  /** The core's time, counted on every second. */
  now: number;
  error: unknown;
  /** Shows a state a call returned at once, without waiting for the event. */
  apply: (live: LiveState) => void;
  call: (method: Extract<MethodName, 'timer.start' | 'timer.pause' | 'timer.reset'>, phaseId: string) => Promise<void>;
  extend: (phaseId: string, minutes: number) => Promise<void>;
  show: (phaseId: string | null) => Promise<void>;
  /** Changes how the projector shows the live phase (blank, timer, vote result, page, zoom). */
  present: (patch: Omit<MethodInput<'live.present'>, 'workshopId'>) => Promise<void>;
}

interface Loaded {
  live: LiveState;
  /** The core's clock minus this screen's: a laptop and its projector window agree to the second. */
  offset: number;
  order: number;
}

/** Ticks once a second while something is counting. */
function useSecondTick(active: boolean, offset: number): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const tick = (): void => setNow(Date.now() + offset);
    const first = setTimeout(tick, 0);
    if (!active) return () => clearTimeout(first);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active, offset]);
  return now;
}

/** The live state of a workshop (which phase the room sees, the timers), kept fresh by the core's events. */
export function useLive(workshopId: string): Live {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const orders = useRef(0);

  const apply = useCallback((live: LiveState, order = ++orders.current) => {
    const offset = Date.parse(live.serverNow) - Date.now();
    setLoaded((previous) => (previous && previous.order > order ? previous : { live, offset, order }));
  }, []);

  useEffect(() => {
    let stopped = false;
    const load = (): void => {
      const order = ++orders.current;
      api.call('live.get', { workshopId }).then(
        (live) => {
          if (!stopped) apply(live, order);
        },
        (e: unknown) => {
          if (!stopped) setError(e);
        },
      );
    };
    load();
    const unsubscribe = api.subscribe((e) => {
      if (concerns('live.get', { workshopId }, e)) load();
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [api, apply, workshopId]);

  const live = loaded?.live.workshopId === workshopId ? loaded.live : undefined;
  const running = !!live?.timers.some((t) => t.state === 'running');
  const now = useSecondTick(running, loaded?.offset ?? 0);

  // A call's answer counts from when it was asked: a load started after it
  // (for another window's change) must not be overwritten by its older state.
  const applyCall = useCallback(
    async (request: () => Promise<LiveState>): Promise<void> => {
      const order = ++orders.current;
      apply(await request(), order);
    },
    [apply],
  );
  const call = useCallback<Live['call']>((method, phaseId) => applyCall(() => api.call(method, { phaseId })), [api, applyCall]);
  const extend = useCallback<Live['extend']>((phaseId, minutes) => applyCall(() => api.call('timer.extend', { phaseId, minutes })), [api, applyCall]);
  const show = useCallback<Live['show']>((phaseId) => applyCall(() => api.call('live.show', { workshopId, phaseId })), [api, applyCall, workshopId]);
  const present = useCallback<Live['present']>((patch) => applyCall(() => api.call('live.present', { workshopId, ...patch })), [api, applyCall, workshopId]);
  return { live, now, error, apply, call, extend, show, present };
}
