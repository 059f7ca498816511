/** Fills `{name}` places in a sentence of the catalogue (the core's documents; the UI uses i18next's `{{name}}`). */
export const fill = (text: string, values: Record<string, string | number>): string => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
