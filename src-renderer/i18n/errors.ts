import type { TFunction } from 'i18next';
import { ApiError, type ApiErrorData, type FieldIssue } from '../../src-main/contract';

type Lookup = (key: string, options?: Record<string, unknown>) => string;

/** Turns an error key with its parameters into a sentence for the user. */
export function messageFor(t: TFunction, issue: Pick<FieldIssue, 'messageKey' | 'params'> & { field?: string }): string {
  const lookup = t as unknown as Lookup;
  const field = issue.field ?? String(issue.params?.field ?? '');
  const leaf = field.split('.').pop() ?? '';
  // A field-specific sentence reads better ("Der Titel fehlt.") where one exists.
  if (issue.messageKey === 'errors.validation.required' && leaf) {
    const specific = lookup(`errors.required.${leaf}`, { defaultValue: '' });
    if (specific) return specific;
  }
  const label = leaf ? lookup(`fields.${leaf}`, { defaultValue: leaf }) : '';
  const text = lookup(issue.messageKey, { ...issue.params, field: label, defaultValue: '' });
  return text || lookup('errors.internal');
}

export function errorMessage(t: TFunction, error: unknown): string {
  const data: ApiErrorData =
    error instanceof ApiError ? error.data : { kind: 'internal', messageKey: 'errors.internal' };
  return messageFor(t, data);
}

/** field → message, for showing validation errors next to their inputs. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.data.issues) return {};
  const result: Record<string, string> = {};
  for (const issue of error.data.issues) {
    result[issue.field] ??= messageFor(t, issue);
  }
  return result;
}
