import { type ExportParsedInput, type ExportedFile, TEMPLATE_EXTENSION, TEMPLATE_FORMAT, TEMPLATE_SCHEMA_VERSION, type TemplateFile } from '../../contract';
import type { CoreContext } from '../context';
import { getTemplate } from '../services/templates';
import { safeFileName } from './file-names';

/** A template as a file to pass on: the versioned JSON format that the import reads back. */
export function templateFile(ctx: CoreContext, input: ExportParsedInput<'template.json'>): ExportedFile {
  const t = getTemplate(ctx, input.templateId);
  const file: TemplateFile = {
    format: TEMPLATE_FORMAT,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: t.id,
    version: t.version,
    name: t.name,
    description: t.description,
    author: t.author,
    licence: t.licence,
    language: t.language,
    phases: t.phases,
  };
  return {
    fileName: safeFileName(`Vorlage – ${t.name}`, TEMPLATE_EXTENSION),
    mimeType: 'application/json; charset=utf-8',
    bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`),
  };
}
