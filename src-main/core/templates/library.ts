import { type MethodParsedInput, type TemplateDetail, type TemplateImportResult, type TemplatePhase, templatePhaseSchema } from '../../contract';
import { deDesktop } from '../../shared/i18n/de-desktop';
import { enDesktop } from '../../shared/i18n/en-desktop';
import { fill } from '../../shared/i18n/fill';
import type { CoreContext } from '../context';
import { CoreError, notFound } from '../errors';
import { getSettings } from '../services/settings';
import { createTemplate, duplicateTemplate, insertTemplate, isBuiltinId, newTemplateId } from '../services/templates';
import { parseTemplateFile } from './import';

// Library actions that need words (a starter phase, "(Kopie)") or read other
// data (a workshop's agenda); the storage itself is in services/templates.

type Language = 'de' | 'en';
const WORDS = { de: deDesktop.templateLibrary, en: enDesktop.templateLibrary };
/** The starter phase's key: a name in the template's own language, not shown as text. */
const STARTER_KEY: Record<Language, string> = { de: 'einstieg', en: 'start' };

const language = (ctx: CoreContext): Language => getSettings(ctx.db).language;

/** The phase a new own template starts with, in the UI's language. */
function starterPhase(ctx: CoreContext): TemplatePhase {
  const w = WORDS[language(ctx)];
  return { key: STARTER_KEY[language(ctx)], title: w.starterTitle, kind: 'discussion', minutes: 15, purpose: w.starterPurpose, instructions: w.starterInstructions, prompts: [...w.starterPrompts], materials: [] };
}

/** "Angepasst aus dem Workshop „…“ vom 14.03.2026." (English keeps the ISO date, as before). */
function fromWorkshop(ctx: CoreContext, title: string, date: string | null): string {
  const w = WORDS[language(ctx)];
  if (!date) return fill(w.fromWorkshop, { title });
  return fill(w.fromWorkshopOn, { title, date: language(ctx) === 'de' ? date.split('-').reverse().join('.') : date });
}

export function createOwnTemplate(ctx: CoreContext, input: MethodParsedInput<'templates.create'>): TemplateDetail {
  return createTemplate(ctx, input, starterPhase(ctx));
}

export function duplicate(ctx: CoreContext, input: MethodParsedInput<'templates.duplicate'>): TemplateDetail {
  return duplicateTemplate(ctx, input, (name) => fill(WORDS[language(ctx)].copy, { name }));
}

function idIsTaken(ctx: CoreContext, id: string): boolean {
  return id.startsWith('builtin-') || isBuiltinId(id) || ctx.sql('SELECT 1 FROM templates WHERE id = ?').get(id) !== undefined;
}

/** Imports a template file: everything or nothing; a taken id is replaced by a new one. */
export function importTemplate(ctx: CoreContext, content: string): TemplateImportResult {
  const parsed = parseTemplateFile(content);
  if (!parsed.ok) throw new CoreError(parsed.error.kind, parsed.error.messageKey, parsed.error.params, parsed.error.issues);
  const { format: _f, schemaVersion: _s, ...template } = parsed.template;
  const newId = idIsTaken(ctx, template.id);
  const saved = insertTemplate(ctx, { ...template, id: newId ? newTemplateId(ctx) : template.id }, null);
  return { template: saved, dropped: parsed.dropped, newId };
}

interface PhaseRow {
  key: string;
  title: string;
  kind: TemplatePhase['kind'];
  minutes: number;
  purpose: string;
  instructions: string;
  prompts: string;
  materials: string;
  items: string;
  notice: string;
}

/** Checklist items travel with their phase; other phases carry none, as in the built-in files. */
function itemsOf(text: string): { items?: unknown } {
  const items = JSON.parse(text) as unknown[];
  return items.length > 0 ? { items } : {};
}

/** "Als Vorlage speichern": a workshop's own agenda, without its notes, as a new template. */
export function templateFromWorkshop(ctx: CoreContext, input: MethodParsedInput<'templates.fromWorkshop'>): TemplateDetail {
  const workshop = ctx.sql('SELECT title, date, coach, language FROM workshops WHERE id = ?').get(input.workshopId) as
    | { title: string; date: string | null; coach: string; language: Language }
    | undefined;
  if (!workshop) throw notFound('workshop');
  const rows = ctx
    .sql('SELECT key, title, kind, minutes, purpose, instructions, prompts, materials, items, notice FROM workshop_phases WHERE workshop_id = ? ORDER BY position')
    .all(input.workshopId) as PhaseRow[];
  // Checked like any template: what the library holds must always export and import cleanly.
  const phases = templatePhaseSchema.array().min(1).parse(rows.map(({ items, notice, ...r }) => ({ ...r, prompts: JSON.parse(r.prompts) as unknown, materials: JSON.parse(r.materials) as unknown, ...itemsOf(items), ...(notice ? { notice } : {}) })));
  return insertTemplate(
    ctx,
    {
      id: newTemplateId(ctx),
      version: 1,
      name: input.name,
      description: fromWorkshop(ctx, workshop.title, workshop.date),
      author: workshop.coach,
      licence: '',
      // The agenda's texts are in the workshop's language, whatever the UI says.
      language: workshop.language,
      phases,
    },
    null,
  );
}

