import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppEvent, MethodInput, MethodName, MethodResult } from '../../src-main/contract';
import { ApiError } from '../../src-main/contract';
import { useApi } from './ApiProvider';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

export interface QueryOptions {
  /** Which core events make this query fetch again; default: every data change. */
  refetchOn?: (event: AppEvent) => boolean;
}

const anyDataChange = (event: AppEvent): boolean => event.name !== 'app.statusChanged';

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
  const [state, setState] = useState<{ key: string; data: MethodResult<M> | undefined; error: ApiError | null; loading: boolean }>(
    { key, data: undefined, error: null, loading: true },
  );
  const latest = useRef(0);
  const inputRef = useRef(input);
  inputRef.current = input;
  const refetchOn = useRef(options.refetchOn ?? anyDataChange);
  refetchOn.current = options.refetchOn ?? anyDataChange;

  const load = useCallback(() => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    api.call(name, inputRef.current).then(
      (data) => {
        if (request === latest.current) setState({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        const apiError = error instanceof ApiError ? error : new ApiError({ kind: 'internal', messageKey: 'errors.internal' });
        setState((s) => ({ key, data: s.key === key ? s.data : undefined, error: apiError, loading: false }));
      },
    );
  }, [api, key, name]);

  useEffect(() => {
    load();
    return api.subscribe((event) => {
      if (refetchOn.current(event)) load();
    });
  }, [api, load]);

  const current = state.key === key ? state : { data: undefined, error: null, loading: true };
  return { data: current.data, error: current.error, loading: current.loading, reload: load };
}
