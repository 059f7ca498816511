import { z } from 'zod';
import { checklistItemsSchema } from './data-protection';
import { PHASE_KINDS } from './domain';
import { LIMITS } from './fields';

// The on-disk format of a workshop template (built-in ones in
// resources/templates/, and later the files facilitators pass on).
// Bump TEMPLATE_SCHEMA_VERSION only with a migration of older files.

export const TEMPLATE_FORMAT = 'vereinswerkstatt-template';
export const TEMPLATE_SCHEMA_VERSION = 1;
/**
 * Exported templates are JSON files with their own extension, so the
 * installed app can claim them (double-click opens and imports them)
 * without claiming every .json file. Imports accept .json too.
 */
export const TEMPLATE_EXTENSION = 'vwvorlage';

const line = (max: number = LIMITS.name) => z.string().trim().min(1).max(max);

export const templatePhaseSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(64),
    title: line(),
    kind: z.enum(PHASE_KINDS),
    minutes: z.number().int().min(1).max(LIMITS.minutes),
    purpose: z.string().max(LIMITS.text),
    /** Facilitator instructions: paragraphs, "- " lists and **bold**. */
    instructions: z.string().max(LIMITS.text * 4),
    prompts: z.array(line(LIMITS.shortText)).max(50),
    materials: z.array(line(LIMITS.shortText)).max(50),
    /** A checklist phase's items; other kinds have none, and files from before checklists leave it out. */
    items: checklistItemsSchema.optional(),
    /** Shown with the phase's results on screen, on the projector and in the report, e.g. "Orientierung, keine Rechtsberatung". */
    notice: z.string().max(LIMITS.shortText).optional(),
  })
  .strict();

export const templateFileSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT),
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(LIMITS.id),
    version: z.number().int().min(1),
    name: line(),
    description: z.string().max(LIMITS.text),
    author: z.string().max(LIMITS.name),
    licence: z.string().max(LIMITS.name),
    language: z.enum(['de', 'en']),
    phases: z.array(templatePhaseSchema).min(1, { message: 'errors.templates.noPhases' }).max(500),
  })
  .strict();

export type TemplateFile = z.infer<typeof templateFileSchema>;
export type TemplatePhase = z.infer<typeof templatePhaseSchema>;
