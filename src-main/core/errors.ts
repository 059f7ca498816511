import type { ApiErrorData, ErrorKind, ErrorParams } from '../contract';

/** An expected failure inside the core, carried to the UI as typed error data. */
export class CoreError extends Error {
  readonly data: ApiErrorData;

  constructor(kind: ErrorKind, messageKey: string, params?: ErrorParams) {
    super(messageKey);
    this.name = 'CoreError';
    this.data = params ? { kind, messageKey, params } : { kind, messageKey };
  }
}

export type NotFoundWhat =
  | 'organisation'
  | 'workshop'
  | 'phase'
  | 'template'
  | 'stakeholder'
  | 'relation'
  | 'diagram'
  | 'lane'
  | 'step'
  | 'edge'
  | 'marker';

export const notFound = (what: NotFoundWhat): CoreError =>
  new CoreError('not_found', `errors.notFound.${what}`);

export const storageUnavailable = (): CoreError => new CoreError('storage', 'errors.storage.unavailable');

/** The `code` of an error thrown by SQLite (better-sqlite3), or '' for anything else. */
export function sqliteCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return typeof error.code === 'string' ? error.code : '';
}
