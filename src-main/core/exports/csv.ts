// CSV that opens correctly in German Excel and LibreOffice: UTF-8 with a byte
// order mark (so Excel does not guess Windows-1252), semicolons in German
// (commas are decimal separators there), CRLF line ends, every field quoted
// when needed, and formulas neutralised so a cell never runs as code.

export interface CsvOptions {
  language: 'de' | 'en';
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined, separator: string, language: 'de' | 'en'): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? formatCsvNumber(value, language) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvNumber(value: number, language: 'de' | 'en'): string {
  const text = String(value);
  return language === 'de' ? text.replace('.', ',') : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[], options: CsvOptions): Uint8Array {
  const separator = options.language === 'de' ? ';' : ',';
  const lines = [header, ...rows].map((row) => row.map((cell) => csvField(cell, separator, options.language)).join(separator));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
