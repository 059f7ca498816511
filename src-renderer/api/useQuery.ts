import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { AppEvent, MethodInput, MethodResult, QueryName } from '../../src-main/contract';
import { ApiError, concerns } from '../../src-main/contract';
import { useApi } from './ApiProvider';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /** Which load the data came from; loads are numbered in the order they started. */
  version: number;
  /** Loads again; returns the number of that load. */
  reload: () => number;
  /** Changes the shown data at once (an edit on its way to the core); the next event or load settles it. */
  mutate: (fn: (data: T) => T) => void;
  /** The data shown right now, for actions that run later than the render that made them. */
  peek: () => T | undefined;
}

export interface QueryOptions<T> {
  /** Replaces the contract's word on which events concern this query (`queryEvents`); only for screens that must not reload. */
  refetchOn?: (event: AppEvent) => boolean;
  /** Applies an event that concerns the query to the data shown, without loading; 'reload' when it cannot. */
  patch?: (data: T, event: AppEvent) => T | 'reload';
  /** True when the data shown is newer than a load that just finished (events overtook it): the load is dropped. */
  newer?: (shown: T, loaded: T) => boolean;
  /**
   * Events are applied (or loaded) at most once per this many ms: the first at
   * once, those that follow it closely together (a burst of cards from phones,
   * 40 phones joining). Per event: 0 shows that event, and any waiting, at once.
   */
  throttleMs?: number | ((event: AppEvent) => number);
}

interface Loaded<T> {
  key: string;
  version: number;
  data: T | undefined;
  error: ApiError | null;
}

/**
 * Loads one contract call and keeps it fresh: the core's events (from this
 * window or another one) that the contract says concern this call trigger a
 * quiet reload that keeps the old data on screen until the new data is there,
 * or, where the screen knows how, are applied to the data directly.
 */
export function useQuery<M extends QueryName>(
  name: M,
  input: MethodInput<M>,
  options: QueryOptions<MethodResult<M>> = {},
): QueryState<MethodResult<M>> {
  type T = MethodResult<M>;
  const api = useApi();
  const key = `${name}:${JSON.stringify(input)}`;
  const [version, setVersion] = useState(0);
  const [loaded, setLoadedState] = useState<Loaded<T> | null>(null);
  // The same as `loaded`, readable at once by events and edits that come in before the next render.
  const shown = useRef<Loaded<T> | null>(null);
  const setLoaded = useCallback((next: Loaded<T>) => {
    shown.current = next;
    setLoadedState(next);
  }, []);
  const latest = useRef(0);
  const versions = useRef(0);
  const bump = useCallback((): number => {
    versions.current += 1;
    setVersion(versions.current);
    return versions.current;
  }, []);

  const landed = useEffectEvent((latestLoad: boolean, loadKey: string, loadVersion: number, data: T) => {
    const before = shown.current?.key === loadKey ? shown.current : null;
    if (!latestLoad) {
      // A later load is on its way; this one still brings news if it is newer than what is shown (a burst of events).
      if (before?.data !== undefined && options.newer?.(data, before.data)) setLoaded({ ...before, data });
      return;
    }
    const keep = before?.data !== undefined && options.newer?.(before.data, data) === true;
    setLoaded({ key: loadKey, version: loadVersion, data: keep ? before.data : data, error: null });
  });
  const failed = useEffectEvent((loadKey: string, loadVersion: number, error: unknown) => {
    const apiError = error instanceof ApiError ? error : new ApiError({ kind: 'internal', messageKey: 'errors.internal' });
    const previous = shown.current;
    setLoaded({ key: loadKey, version: loadVersion, data: previous?.key === loadKey ? previous.data : undefined, error: apiError });
  });

  useEffect(() => {
    const request = ++latest.current;
    const parsedInput = JSON.parse(key.slice(name.length + 1)) as MethodInput<M>;
    api.call(name, parsedInput).then(
      (data) => landed(request === latest.current, key, version, data),
      (error: unknown) => {
        if (request === latest.current) failed(key, version, error);
      },
    );
  }, [api, name, key, version]);

  const applyLater = useEventQueue<T>(key, shown, setLoaded, bump, options);
  const onEvent = useEffectEvent((event: AppEvent) => {
    const current = shown.current?.key === key ? shown.current : null;
    const concerned = options.refetchOn ? options.refetchOn(event) : concerns(name, input, event, current?.data);
    if (concerned) applyLater(event);
  });
  useEffect(() => api.subscribe(onEvent), [api]);

  const mutate = useCallback(
    (fn: (data: T) => T) => {
      const current = shown.current;
      if (current?.data !== undefined) setLoaded({ ...current, data: fn(current.data) });
    },
    [setLoaded],
  );

  const peek = useCallback(() => (shown.current?.key === key ? shown.current.data : undefined), [key]);

  const current = loaded?.key === key ? loaded : null;
  return {
    data: current?.data,
    error: current?.error ?? null,
    loading: current === null || current.version !== version,
    version: current?.version ?? -1,
    reload: bump,
    mutate,
    peek,
  };
}

interface Queue {
  key: string;
  events: AppEvent[];
  timer: ReturnType<typeof setTimeout> | null;
  last: number;
}

/**
 * Applies events to the data shown, or loads it again, for all that came in
 * since the last time together (see `throttleMs`): the first at once, a burst
 * a few times a second, so 40 phones writing at once do not have the board
 * drawn per card.
 */
function useEventQueue<T>(
  key: string,
  shown: { current: Loaded<T> | null },
  setLoaded: (next: Loaded<T>) => void,
  bump: () => number,
  options: QueryOptions<T>,
): (event: AppEvent) => void {
  const queue = useRef<Queue>({ key, events: [], timer: null, last: Number.NEGATIVE_INFINITY });
  const deps = useRef({ shown, setLoaded, bump, options });
  useEffect(() => {
    deps.current = { shown, setLoaded, bump, options };
  });
  useEffect(() => {
    const q = queue.current;
    q.key = key;
    q.events = [];
    return () => {
      if (q.timer) clearTimeout(q.timer);
      q.timer = null;
    };
  }, [key]);
  return useCallback(
    (event: AppEvent) => {
      const q = queue.current;
      const flush = (): void => {
        const events = q.events;
        q.events = [];
        q.timer = null;
        q.last = performance.now();
        const { patch } = deps.current.options;
        const current = deps.current.shown.current;
        if (!patch || current?.key !== q.key || current.data === undefined) {
          deps.current.bump();
          return;
        }
        let data: T = current.data;
        for (const e of events) {
          const next = patch(data, e);
          if (next === 'reload') {
            deps.current.bump();
            return;
          }
          data = next;
        }
        if (data !== current.data) deps.current.setLoaded({ ...current, data });
      };
      q.events.push(event);
      const { throttleMs = 0 } = deps.current.options;
      const wait = q.last + (typeof throttleMs === 'number' ? throttleMs : throttleMs(event)) - performance.now();
      if (wait <= 0) {
        if (q.timer) clearTimeout(q.timer);
        flush();
      } else if (!q.timer) q.timer = setTimeout(flush, wait);
    },
    [],
  );
}
