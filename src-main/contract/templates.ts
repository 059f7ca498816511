import { z } from 'zod';
import { LIMITS, id, optionalText } from './fields';
import { type TemplateFile, templatePhaseSchema } from './template-file';

// The template library: the built-in templates, the facilitator's own ones,
// import and export as files, and adapting a workshop's own agenda.

const name = z.string().trim().min(1).max(LIMITS.name);
const phases = z.array(templatePhaseSchema).min(1, { message: 'errors.templates.noPhases' }).max(500);

/** A template's content as the editor saves it: the whole document at once. */
export const templateSaveInput = z
  .object({
    id,
    name,
    description: optionalText(LIMITS.text),
    author: optionalText(LIMITS.name),
    licence: optionalText(LIMITS.name),
    language: z.enum(['de', 'en']).optional(),
    phases,
  })
  .strict();

/** The largest template file the import reads (a 500-phase template is far below). */
export const TEMPLATE_FILE_MAX_CHARS = 4_000_000;

export const templateInputs = {
  byId: z.object({ id }).strict(),
  create: z.object({ name }).strict(),
  duplicate: z.object({ id, name: name.optional() }).strict(),
  save: templateSaveInput,
  import: z.object({ content: z.string().max(TEMPLATE_FILE_MAX_CHARS, { message: 'errors.templates.fileTooLarge' }) }).strict(),
  fromWorkshop: z.object({ workshopId: id, name }).strict(),
};

export interface TemplateDetail extends TemplateFile {
  builtIn: boolean;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface TemplateImportResult {
  template: TemplateDetail;
  /** Fields the file had that this version does not know, e.g. "farbe" or "phases.3.dauer"; they were left out. */
  dropped: string[];
  /** The file's id was taken (by a built-in or an earlier import), so the template got a new one. */
  newId: boolean;
}

// ---------- a workshop's own agenda ----------

/** A phase of a workshop's agenda as the agenda editor saves it; a phase without id is new. */
export const workshopPhaseInput = templatePhaseSchema
  .extend({
    id: id.optional(),
    /** Only for a phase put back by undo: its notes come back with it. */
    notes: optionalText(LIMITS.note).optional(),
  })
  .strict();

export const workshopPhasesInput = z
  .object({
    workshopId: id,
    phases: z.array(workshopPhaseInput).min(1, { message: 'errors.templates.noPhases' }).max(500),
  })
  .strict();

export type WorkshopPhaseInput = z.input<typeof workshopPhaseInput>;

