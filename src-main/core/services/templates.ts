import {
  type Language,
  type MethodParsedInput,
  TEMPLATE_FORMAT,
  TEMPLATE_SCHEMA_VERSION,
  type TemplateDetail,
  type TemplateFile,
  type TemplatePhase,
  type TemplateSummary,
} from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { builtinTemplates } from '../templates/builtin';
import { getSettings } from './settings';

// The template library: built-in templates (read-only, shipped with the app)
// and the facilitator's own ones (in the database, edited as whole documents).

interface TemplateRow {
  id: string;
  version: number;
  name: string;
  description: string;
  author: string;
  licence: string;
  language: 'de' | 'en';
  phases: string;
  phase_count: number;
  total_minutes: number;
  based_on: string | null;
  created_at: string;
  updated_at: string;
}

const totalMinutes = (phases: readonly TemplatePhase[]): number => phases.reduce((sum, p) => sum + p.minutes, 0);

const builtinSummary = (t: TemplateFile): TemplateSummary => ({
  id: t.id,
  name: t.name,
  description: t.description,
  author: t.author,
  builtIn: true,
  language: t.language,
  phaseCount: t.phases.length,
  totalMinutes: totalMinutes(t.phases),
  updatedAt: null,
});

const changed = (templateId: string) => ({ name: 'templates.changed' as const, payload: { templateId } });

function toDetail(row: TemplateRow): TemplateDetail {
  return {
    format: TEMPLATE_FORMAT,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: row.id,
    version: row.version,
    name: row.name,
    description: row.description,
    author: row.author,
    licence: row.licence,
    language: row.language,
    phases: JSON.parse(row.phases) as TemplatePhase[],
    builtIn: false,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The language the library shows built-in templates in: the UI's. */
const uiLanguage = (ctx: CoreContext): Language => getSettings(ctx.db).language;

/** Built-in ones first (in their shipped order, in the UI's language), then the facilitator's own, by name. */
export function listTemplates(ctx: CoreContext): TemplateSummary[] {
  const own = ctx
    .sql('SELECT id, name, description, author, language, phase_count, total_minutes, updated_at FROM templates')
    .all() as Pick<TemplateRow, 'id' | 'name' | 'description' | 'author' | 'language' | 'phase_count' | 'total_minutes' | 'updated_at'>[];
  const summaries = own
    .map((r): TemplateSummary => ({
      id: r.id,
      name: r.name,
      description: r.description,
      author: r.author,
      builtIn: false,
      language: r.language,
      phaseCount: r.phase_count,
      totalMinutes: r.total_minutes,
      updatedAt: r.updated_at,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return [...builtinTemplates(uiLanguage(ctx)).map(builtinSummary), ...summaries];
}

export function isBuiltinId(id: string): boolean {
  return builtinTemplates().some((t) => t.id === id);
}

function findOwn(ctx: CoreContext, id: string): TemplateRow | undefined {
  return ctx.sql('SELECT * FROM templates WHERE id = ?').get(id) as TemplateRow | undefined;
}

/** A template; a built-in one in the given language, by default the UI's (an own template has only its own). */
export function getTemplate(ctx: CoreContext, id: string, language?: Language): TemplateDetail {
  const builtin = builtinTemplates(language ?? uiLanguage(ctx)).find((t) => t.id === id);
  if (builtin) return { ...builtin, builtIn: true, createdAt: null, updatedAt: null };
  const row = findOwn(ctx, id);
  if (!row) throw notFound('template');
  return toDetail(row);
}

/** A fresh id that is a valid file id (lowercase letters, digits, dashes). */
export const newTemplateId = (ctx: CoreContext): string => `t-${ctx.newId().toLowerCase()}`;

export type NewTemplate = Omit<TemplateFile, 'format' | 'schemaVersion'>;

/** Writes a new own template; the caller has validated it. */
export function insertTemplate(ctx: CoreContext, template: NewTemplate, basedOn: string | null): TemplateDetail {
  writeTransaction(ctx, (events) => {
    const now = isoNow(ctx);
    ctx
      .sql(
        `INSERT INTO templates (id, version, name, description, author, licence, language, phases, phase_count, total_minutes, based_on, created_at, updated_at)
         VALUES (@id, @version, @name, @description, @author, @licence, @language, @phases, @phaseCount, @totalMinutes, @basedOn, @now, @now)`,
      )
      .run({
        ...template,
        phases: JSON.stringify(template.phases),
        phaseCount: template.phases.length,
        totalMinutes: totalMinutes(template.phases),
        basedOn,
        now,
      });
    events.push(changed(template.id));
  });
  return getTemplate(ctx, template.id);
}

/** "Neue Vorlage": an own template with one phase to start from. */
export function createTemplate(ctx: CoreContext, input: MethodParsedInput<'templates.create'>, firstPhase: TemplatePhase): TemplateDetail {
  return insertTemplate(
    ctx,
    { id: newTemplateId(ctx), version: 1, name: input.name, description: '', author: '', licence: '', language: uiLanguage(ctx), phases: [firstPhase] },
    null,
  );
}

/** "Duplizieren": an editable copy of any template, built-in or own. */
export function duplicateTemplate(ctx: CoreContext, input: MethodParsedInput<'templates.duplicate'>, copyName: (name: string) => string): TemplateDetail {
  const source = getTemplate(ctx, input.id);
  const { format: _f, schemaVersion: _s, builtIn: _b, createdAt: _c, updatedAt: _u, ...content } = source;
  return insertTemplate(ctx, { ...content, id: newTemplateId(ctx), version: 1, name: input.name ?? copyName(source.name) }, source.id);
}

function requireOwn(ctx: CoreContext, id: string): TemplateRow {
  if (isBuiltinId(id)) throw new CoreError('validation', 'errors.templates.builtIn');
  const row = findOwn(ctx, id);
  if (!row) throw notFound('template');
  return row;
}

/** Saves the whole template as the editor has it. */
export function saveTemplate(ctx: CoreContext, input: MethodParsedInput<'templates.save'>): TemplateDetail {
  writeTransaction(ctx, (events) => {
    const row = requireOwn(ctx, input.id);
    ctx
      .sql(
        `UPDATE templates SET name = @name, description = @description, author = @author, licence = @licence, language = @language,
           phases = @phases, phase_count = @phaseCount, total_minutes = @totalMinutes, updated_at = @now WHERE id = @id`,
      )
      .run({
        ...input,
        language: input.language ?? row.language,
        phases: JSON.stringify(input.phases),
        phaseCount: input.phases.length,
        totalMinutes: totalMinutes(input.phases),
        now: isoNow(ctx),
      });
    events.push(changed(row.id));
  });
  return getTemplate(ctx, input.id);
}

export function deleteTemplate(ctx: CoreContext, id: string): { id: string } {
  writeTransaction(ctx, (events) => {
    requireOwn(ctx, id);
    ctx.sql('DELETE FROM templates WHERE id = ?').run(id);
    events.push(changed(id));
  });
  return { id };
}
