import {
  type ApiErrorData,
  TEMPLATE_FORMAT,
  TEMPLATE_SCHEMA_VERSION,
  type TemplateFile,
  brokenTextIssues,
  issuesFromZod,
  templateFileSchema,
  templatePhaseSchema,
  validationError,
} from '../../contract';

// Reading a template file someone passed on: versioned, validated, unknown
// fields dropped and named, and a clear message for anything else — the
// caller writes nothing unless this says ok.

export type ParsedTemplate = { ok: true; template: TemplateFile; dropped: string[] } | { ok: false; error: ApiErrorData };

const refuse = (messageKey: string, params?: Record<string, string | number>): ParsedTemplate => ({
  ok: false,
  error: params ? { kind: 'validation', messageKey, params } : { kind: 'validation', messageKey },
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const TOP_KEYS = new Set(Object.keys(templateFileSchema.shape));
const PHASE_KEYS = new Set(Object.keys(templatePhaseSchema.shape));

/** Keeps the fields this version knows; returns the names of the others. */
function dropUnknown(file: Record<string, unknown>): { cleaned: Record<string, unknown>; dropped: string[] } {
  const dropped: string[] = [];
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file)) {
    if (TOP_KEYS.has(key)) cleaned[key] = value;
    else dropped.push(key);
  }
  if (Array.isArray(cleaned.phases)) {
    cleaned.phases = cleaned.phases.map((phase: unknown, index) => {
      if (!isRecord(phase)) return phase;
      const kept: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(phase)) {
        if (PHASE_KEYS.has(key)) kept[key] = value;
        else dropped.push(`phases.${index}.${key}`);
      }
      return kept;
    });
  }
  return { cleaned, dropped };
}

export function parseTemplateFile(content: string): ParsedTemplate {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('errors.templates.notJson');
  }
  if (!isRecord(data) || data.format !== TEMPLATE_FORMAT) return refuse('errors.templates.notTemplate');
  const version = data.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > TEMPLATE_SCHEMA_VERSION) {
    return refuse('errors.templates.tooNew', { fileVersion: version, appVersion: TEMPLATE_SCHEMA_VERSION });
  }
  const { cleaned, dropped } = dropUnknown(data);
  // An escaped lone surrogate ("\ud83d") in the file would be stored as U+FFFD: refused like any broken field.
  const broken = brokenTextIssues(cleaned);
  const result = templateFileSchema.safeParse(cleaned, { reportInput: true });
  if (broken.length > 0 || !result.success) {
    const error = validationError(broken.length > 0 || result.success ? broken : issuesFromZod(result.error));
    return { ok: false, error: { ...error, messageKey: 'errors.templates.invalidFile', params: { ...error.params, detailKey: error.messageKey } } };
  }
  const keys = new Set<string>();
  for (const [index, phase] of result.data.phases.entries()) {
    if (keys.has(phase.key)) {
      return { ok: false, error: { kind: 'validation', messageKey: 'errors.templates.duplicateKey', params: { key: phase.key, field: `phases.${index}.key` } } };
    }
    keys.add(phase.key);
  }
  return { ok: true, template: result.data, dropped };
}
