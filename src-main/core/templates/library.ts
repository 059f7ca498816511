import { type MethodParsedInput, type TemplateDetail, type TemplateImportResult, type TemplatePhase, templatePhaseSchema } from '../../contract';
import type { CoreContext } from '../context';
import { CoreError, notFound } from '../errors';
import { getSettings } from '../services/settings';
import { createTemplate, duplicateTemplate, insertTemplate, isBuiltinId, newTemplateId } from '../services/templates';
import { parseTemplateFile } from './import';

// Library actions that need words (a starter phase, "(Kopie)") or read other
// data (a workshop's agenda); the storage itself is in services/templates.

const WORDS = {
  de: {
    copy: (name: string) => `${name} (Kopie)`,
    starter: {
      key: 'einstieg',
      title: 'Einstieg',
      kind: 'discussion',
      minutes: 15,
      purpose: 'Alle kommen an und wissen, worum es heute geht.',
      instructions: 'Begrüßen Sie die Gruppe und sagen Sie, was heute entstehen soll.',
      prompts: ['Was wünschen Sie sich von heute?'],
      materials: [],
    },
    fromWorkshop: (title: string, date: string | null) => `Angepasst aus dem Workshop „${title}“${date ? ` vom ${date.split('-').reverse().join('.')}` : ''}.`,
  },
  en: {
    copy: (name: string) => `${name} (copy)`,
    starter: {
      key: 'start',
      title: 'Getting started',
      kind: 'discussion',
      minutes: 15,
      purpose: 'Everyone arrives and knows what today is about.',
      instructions: 'Welcome the group and say what today should produce.',
      prompts: ['What do you hope for today?'],
      materials: [],
    },
    fromWorkshop: (title: string, date: string | null) => `Adapted from the workshop “${title}”${date ? ` on ${date}` : ''}.`,
  },
} as const satisfies Record<'de' | 'en', unknown>;

const words = (ctx: CoreContext) => WORDS[getSettings(ctx.db).language];

export function createOwnTemplate(ctx: CoreContext, input: MethodParsedInput<'templates.create'>): TemplateDetail {
  const starter = words(ctx).starter;
  return createTemplate(ctx, input, { ...starter, prompts: [...starter.prompts], materials: [...starter.materials] });
}

export function duplicate(ctx: CoreContext, input: MethodParsedInput<'templates.duplicate'>): TemplateDetail {
  return duplicateTemplate(ctx, input, words(ctx).copy);
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
  const workshop = ctx.sql('SELECT title, date, coach FROM workshops WHERE id = ?').get(input.workshopId) as
    | { title: string; date: string | null; coach: string }
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
      description: words(ctx).fromWorkshop(workshop.title, workshop.date),
      author: workshop.coach,
      licence: '',
      language: getSettings(ctx.db).language,
      phases,
    },
    null,
  );
}

