import {
  type ApiErrorData,
  type Envelope,
  type MethodName,
  contract,
  isMethodName,
  parseInput,
} from '../../contract';
import { CoreError, sqliteCode } from '../errors';
import type { Workspace } from '../workspace';
import { COACH } from '../participants/caller';
import { Phones } from '../participants/phones';
import { type Handler, type Handlers, handlers as defaultHandlers } from './handlers';

export interface Api {
  /**
   * Validates and runs one call. Never throws: every failure comes back as
   * typed error data, and an invalid call writes nothing.
   */
  invoke(name: unknown, input: unknown): Promise<Envelope<unknown>>;
}

const SQLITE_MESSAGES: Record<string, string> = {
  SQLITE_FULL: 'errors.storage.full',
  SQLITE_BUSY: 'errors.storage.busy',
  SQLITE_LOCKED: 'errors.storage.busy',
  SQLITE_READONLY: 'errors.storage.readOnly',
  SQLITE_IOERR: 'errors.storage.io',
  SQLITE_CORRUPT: 'errors.storage.corrupt',
};

export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof CoreError) return error.data;
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_')) {
    const base = Object.keys(SQLITE_MESSAGES).find((prefix) => code.startsWith(prefix));
    const messageKey = base ? SQLITE_MESSAGES[base] : undefined;
    if (code.startsWith('SQLITE_CONSTRAINT')) return { kind: 'conflict', messageKey: 'errors.conflict.constraint' };
    return { kind: 'storage', messageKey: messageKey ?? 'errors.storage.write' };
  }
  return { kind: 'internal', messageKey: 'errors.internal' };
}

export interface ApiOptions {
  /** The participants' listener; without one (tests, tools), "Handys verbinden" says it is not available. */
  phones?: Phones;
}

export function createApi(workspace: Workspace, handlers: Handlers = defaultHandlers, options: ApiOptions = {}): Api {
  const phones = options.phones ?? new Phones(workspace);
  return {
    async invoke(name, input) {
      if (!isMethodName(name)) {
        return { ok: false, error: { kind: 'validation', messageKey: 'errors.request.unknownMethod' } };
      }
      const spec = contract[name];
      if (!workspace.isOpen && !spec.withoutStorage) {
        return { ok: false, error: { kind: 'storage', messageKey: 'errors.storage.unavailable' } };
      }
      const parsed = parseInput(spec.input, input);
      if (!parsed.ok) return parsed;
      try {
        const handler = handlers[name] as Handler<MethodName>;
        const value = await handler(parsed.value, { workspace, ctx: workspace.context, caller: COACH, phones });
        return { ok: true, value };
      } catch (error) {
        const data = toErrorData(error);
        if (data.kind === 'internal' || data.kind === 'storage') console.error(`[api] ${name} failed`, error);
        return { ok: false, error: data };
      }
    },
  };
}
