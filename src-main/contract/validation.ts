import type { z } from 'zod';
import type { ApiErrorData, ErrorParams, FieldIssue } from './errors';
import { BROKEN_CHARACTER_KEY, hasLoneSurrogate } from './fields';

// Turns zod's issues into catalogue keys with parameters, so the UI can say
// "Der Name fehlt." instead of showing zod's English developer message.

type Issue = z.core.$ZodIssue & { input?: unknown };

function issueKey(issue: Issue): { messageKey: string; params?: ErrorParams } {
  // A schema that names its own catalogue key ("errors.templates.noPhases") says it best.
  if (issue.code !== 'custom' && issue.message.startsWith('errors.')) return { messageKey: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? { messageKey: 'errors.validation.required' }
        : { messageKey: 'errors.validation.wrongType' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { messageKey: 'errors.validation.required' }
          : { messageKey: 'errors.validation.tooShort', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array') {
        return { messageKey: 'errors.validation.tooFewItems', params: { min: Number(issue.minimum) } };
      }
      return { messageKey: 'errors.validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') {
        return { messageKey: 'errors.validation.tooLong', params: { max: Number(issue.maximum) } };
      }
      if (issue.origin === 'array') {
        return { messageKey: 'errors.validation.tooManyItems', params: { max: Number(issue.maximum) } };
      }
      return { messageKey: 'errors.validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { messageKey: 'errors.validation.invalidChoice' };
    case 'unrecognized_keys':
      return { messageKey: 'errors.validation.unknownField', params: { keys: issue.keys.join(', ') } };
    case 'invalid_format':
      return { messageKey: 'errors.validation.invalidFormat' };
    case 'custom':
      return issue.message.startsWith('errors.')
        ? { messageKey: issue.message }
        : { messageKey: 'errors.validation.invalid' };
    default:
      return { messageKey: 'errors.validation.invalid' };
  }
}

function pathOf(issue: Issue): string {
  return issue.path.map((segment) => String(segment)).join('.');
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return (error.issues as Issue[]).map((issue) => {
    const { messageKey, params } = issueKey(issue);
    const field = pathOf(issue);
    return params ? { field, messageKey, params } : { field, messageKey };
  });
}

export function validationError(issues: FieldIssue[]): ApiErrorData {
  const first = issues[0];
  return {
    kind: 'validation',
    messageKey: first?.messageKey ?? 'errors.validation.invalid',
    params: { ...(first?.params ?? {}), field: first?.field ?? '' },
    issues,
  };
}

/**
 * Every text anywhere in a value that holds a lone UTF-16 surrogate, as field
 * issues. One check for all inputs, so no text field can forget it. Walks
 * without recursion: a hostile, deeply nested body must not overflow the stack.
 */
export function brokenTextIssues(value: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (hasLoneSurrogate(item.value)) issues.push({ field: item.path, messageKey: BROKEN_CHARACTER_KEY });
    } else if (typeof item.value === 'object' && item.value !== null) {
      for (const [key, child] of Object.entries(item.value)) {
        stack.push({ value: child, path: item.path ? `${item.path}.${key}` : key });
      }
    }
  }
  return issues.reverse();
}

/** Validates an input against its schema; on failure returns the API error, never throws. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.output<S> } | { ok: false; error: ApiErrorData } {
  const broken = brokenTextIssues(input);
  if (broken.length > 0) return { ok: false, error: validationError(broken) };
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: validationError(issuesFromZod(result.error)) };
}
