import type { ApiErrorData, ErrorKind, ErrorParams, FieldIssue } from '../contract';

/** An expected failure inside the core, carried to the UI as typed error data. */
export class CoreError extends Error {
  readonly data: ApiErrorData;

  constructor(kind: ErrorKind, messageKey: string, params?: ErrorParams, issues?: FieldIssue[]) {
    super(messageKey);
    this.name = 'CoreError';
    this.data = { kind, messageKey, ...(params ? { params } : {}), ...(issues ? { issues } : {}) };
  }
}

/** A validation error tied to one field, so the form can show it next to the input. */
export function fieldError(field: string, messageKey: string): CoreError {
  return new CoreError('validation', messageKey, { field }, [{ field, messageKey }]);
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
  | 'marker'
  | 'measure'
  | 'origin'
  | 'card'
  | 'cluster'
  | 'checklistItem'
  | 'dataMapRow';

export const notFound = (what: NotFoundWhat): CoreError =>
  new CoreError('not_found', `errors.notFound.${what}`);

export const storageUnavailable = (): CoreError => new CoreError('storage', 'errors.storage.unavailable');

/** The `code` of an error thrown by SQLite (better-sqlite3), or '' for anything else. */
export function sqliteCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return typeof error.code === 'string' ? error.code : '';
}
