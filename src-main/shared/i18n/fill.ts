/**
 * Fills `{name}` places in a sentence of the catalogue (the core's documents),
 * and `{{name}}` ones where a document reads the screens' own words (i18next's form).
 */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}|\{(\w+)\}/g, (_, double: string | undefined, single: string | undefined) => String(values[(double ?? single)!] ?? ''));
