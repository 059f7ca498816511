import type { TemplateFile, TemplateSummary } from '../../contract';
import { notFound } from '../errors';
import { builtinTemplates } from '../templates/builtin';

const summarise = (template: TemplateFile, builtIn: boolean): TemplateSummary => ({
  id: template.id,
  name: template.name,
  description: template.description,
  builtIn,
  phaseCount: template.phases.length,
  totalMinutes: template.phases.reduce((sum, phase) => sum + phase.minutes, 0),
});

export function listTemplates(): TemplateSummary[] {
  return builtinTemplates().map((template) => summarise(template, true));
}

export function getTemplate(id: string): TemplateFile {
  const template = builtinTemplates().find((t) => t.id === id);
  if (!template) throw notFound('template');
  return template;
}
