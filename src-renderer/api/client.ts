import {
  type AppEvent,
  ApiError,
  type MethodInput,
  type MethodName,
  type MethodResult,
} from '../../src-main/contract';
import type { Transport } from './transport';

export interface ApiClient {
  /** Calls one contract method; throws ApiError with typed data when it fails. */
  call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  const listeners = new Set<(event: AppEvent) => void>();
  let unsubscribe: (() => void) | null = null;
  return {
    async call(name, input) {
      const envelope = await transport.invoke(name, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value as MethodResult<typeof name>;
    },
    subscribe(listener) {
      listeners.add(listener);
      // One connection for the whole page, however many screens listen.
      unsubscribe ??= transport.subscribe((event) => {
        for (const l of listeners) l(event);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    },
  };
}
