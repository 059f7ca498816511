import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { AppEvent, MethodInput, MethodName, MethodResult } from '../../src-main/contract';
import { ApiError } from '../../src-main/contract';
import { useApi } from './ApiProvider';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /** Which load the data came from; loads are numbered in the order they started. */
  version: number;
  /** Loads again; returns the number of that load. */
  reload: () => number;
}

export interface QueryOptions {
  /** Which core events make this query fetch again; default: every data change. */
  refetchOn?: (event: AppEvent) => boolean;
}

const anyDataChange = (event: AppEvent): boolean => event.name !== 'app.statusChanged';

interface Loaded<T> {
  key: string;
  version: number;
  data: T | undefined;
  error: ApiError | null;
}

/**
 * Loads one contract call and keeps it fresh: the core's events (from this
 * window or another one) trigger a quiet reload that keeps the old data on
 * screen until the new data is there.
 */
export function useQuery<M extends MethodName>(
  name: M,
  input: MethodInput<M>,
  options: QueryOptions = {},
): QueryState<MethodResult<M>> {
  const api = useApi();
  const key = `${name}:${JSON.stringify(input)}`;
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<MethodResult<M>> | null>(null);
  const latest = useRef(0);
  const versions = useRef(0);
  const bump = useCallback((): number => {
    versions.current += 1;
    setVersion(versions.current);
    return versions.current;
  }, []);

  useEffect(() => {
    const request = ++latest.current;
    const parsedInput = JSON.parse(key.slice(name.length + 1)) as MethodInput<M>;
    api.call(name, parsedInput).then(
      (data) => {
        if (request === latest.current) setLoaded({ key, version, data, error: null });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        const apiError = error instanceof ApiError ? error : new ApiError({ kind: 'internal', messageKey: 'errors.internal' });
        setLoaded((previous) => ({ key, version, data: previous?.key === key ? previous.data : undefined, error: apiError }));
      },
    );
  }, [api, name, key, version]);

  const onEvent = useEffectEvent((event: AppEvent) => {
    if ((options.refetchOn ?? anyDataChange)(event)) bump();
  });
  useEffect(() => api.subscribe(onEvent), [api]);

  const current = loaded?.key === key ? loaded : null;
  return {
    data: current?.data,
    error: current?.error ?? null,
    loading: current === null || current.version !== version,
    version: current?.version ?? -1,
    reload: bump,
  };
}
