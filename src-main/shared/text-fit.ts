// Fitting text into boxes without a DOM: used by the core's images and the canvas alike.

/** Average glyph width of the sans-serif fonts used, as a share of the font size. */
const CHAR_WIDTH = 0.58;

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_WIDTH;
}

const maxCharsFor = (width: number, fontSize: number): number => Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH)));

/** Splits a word that is longer than a line, after a natural break (":" or "-") where possible. */
function splitLongWord(word: string, maxChars: number): string[] {
  const parts: string[] = [];
  let rest = [...word];
  while (rest.length > maxChars) {
    const head = rest.slice(0, maxChars - 1);
    const natural = Math.max(head.lastIndexOf(':'), head.lastIndexOf('-'), head.lastIndexOf('/'));
    const cut = natural >= maxChars / 2 ? natural + 1 : maxChars - 1;
    const piece = rest.slice(0, cut).join('');
    parts.push(natural >= maxChars / 2 ? piece : `${piece}-`);
    rest = rest.slice(cut);
  }
  parts.push(rest.join(''));
  return parts;
}

function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if ([...candidate].length <= maxChars) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    const pieces = splitLongWord(word, maxChars);
    lines.push(...pieces.slice(0, -1));
    current = pieces[pieces.length - 1]!;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Breaks text into at most `maxLines` lines that fit `width`; the last line
 * ends in "…" when text had to be cut.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const maxChars = maxCharsFor(width, fontSize);
  const lines = wrapWords(text, maxChars);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, maxChars - 1).join('').replace(/-$/, '')}…`;
  return kept;
}

/** The largest of `sizes` at which the text fits in `maxLines`; otherwise the smallest, cut. */
export function fitText(text: string, width: number, sizes: readonly number[], maxLines: number): { lines: string[]; fontSize: number } {
  const words = text.trim().split(/\s+/);
  // Smaller type before broken words: "Übungsleiter:innen" reads better whole.
  for (const fontSize of sizes) {
    const maxChars = maxCharsFor(width, fontSize);
    const lines = wrapWords(text, maxChars);
    if (lines.length <= maxLines && words.every((w) => [...w].length <= maxChars)) return { lines, fontSize };
  }
  for (const fontSize of sizes) {
    const lines = wrapWords(text, maxCharsFor(width, fontSize));
    if (lines.length <= maxLines) return { lines, fontSize };
  }
  const fontSize = sizes[sizes.length - 1]!;
  return { lines: wrapText(text, width, fontSize, maxLines), fontSize };
}

