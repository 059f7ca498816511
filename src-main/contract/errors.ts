// Errors cross every transport (IPC, HTTP) as plain data, never as thrown
// objects: Electron's IPC keeps only an Error's message, and the UI needs the
// kind and a catalogue key to say something useful in German or English.

export const ERROR_KINDS = ['validation', 'not_found', 'conflict', 'storage', 'internal'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export type ErrorParams = Record<string, string | number>;

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "name" or "phases.2.title". */
  field: string;
  messageKey: string;
  params?: ErrorParams;
}

export interface ApiErrorData {
  kind: ErrorKind;
  /** Key in the UI catalogue, e.g. "errors.validation.required". */
  messageKey: string;
  params?: ErrorParams;
  /** For validation errors: every field that failed, first one first. */
  issues?: FieldIssue[];
}

export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ApiErrorData };

/** The error the UI sees: thrown by the API client when a call fails. */
export class ApiError extends Error {
  readonly data: ApiErrorData;

  constructor(data: ApiErrorData) {
    super(data.messageKey);
    this.name = 'ApiError';
    this.data = data;
  }

  get kind(): ErrorKind {
    return this.data.kind;
  }

  /** The first issue for a given field, so a form can show it next to the input. */
  issueFor(field: string): FieldIssue | undefined {
    return this.data.issues?.find((issue) => issue.field === field);
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.messageKey === 'string' &&
    typeof v.kind === 'string' &&
    (ERROR_KINDS as readonly string[]).includes(v.kind)
  );
}
