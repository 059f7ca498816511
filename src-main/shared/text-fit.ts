// Fitting text into boxes without a DOM: used by the core's images and the canvas alike.

/** Average glyph width of the sans-serif fonts used, as a share of the font size. */
const CHAR_WIDTH = 0.58;

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_WIDTH;
}

const maxCharsFor = (width: number, fontSize: number): number => Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH)));

const VOWELS = new Set([...'aeiouäöüyAEIOUÄÖÜY']);
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isVowel = (c: string): boolean => VOWELS.has(c);
/**
 * Letters that begin the next syllable together ("Mit-glie-der", "Ge-schäfts-stel-le",
 * "Zu-cker"), longest first; otherwise only the last consonant of a run moves.
 */
const ONSETS = ['schl', 'schm', 'schn', 'schr', 'schw', 'spr', 'str', 'sch', 'ch', 'ck', 'ph', 'th', 'qu', 'bl', 'br', 'dr', 'fl', 'fr', 'gl', 'gr', 'kl', 'kr', 'pl', 'pr', 'tr', 'sp', 'st', 'pf'];
/** Two vowels that are one sound and stay together ("Bau", "Feier", "Lied", "Boot"). */
const ONE_SOUND = new Set(['ai', 'au', 'äu', 'ei', 'eu', 'ie', 'aa', 'ee', 'oo']);

const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();

/** Where a run of consonants between two vowels (chars[from] and chars[to]) splits: before the onset of the next syllable. */
function runBreak(chars: string[], from: number, to: number): number {
  if (to - from === 1) return ONE_SOUND.has(`${chars[from]}${chars[to]}`.toLowerCase()) ? -1 : to;
  const run = chars.slice(from + 1, to).join('').toLowerCase();
  const onset = ONSETS.find((o) => run.endsWith(o)) ?? run.slice(-1);
  return to - onset.length;
}

/**
 * Where a long word may break with a hyphen: between syllables, by the rules
 * German readers expect ("Do-nau-dampf-schiff-fahrts-ge-sell-schaft"), and
 * before a capital inside a word ("Whats-App"). A position i means "break
 * before character i"; at least two letters stay on each side. Without a
 * dictionary some breaks fall beside a compound's joint, never inside a sound.
 */
export function softBreaks(word: string): number[] {
  const chars = [...word];
  const found = new Set<number>();
  let lastVowel = -1;
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    if (!isLetter(c)) {
      lastVowel = -1;
      continue;
    }
    const capital = i > 0 && isUpper(c) && isLetter(chars[i - 1]) && !isUpper(chars[i - 1]);
    if (capital) {
      found.add(i);
      lastVowel = -1;
    }
    if (!isVowel(c)) continue;
    if (lastVowel >= 0) {
      const at = runBreak(chars, lastVowel, i);
      if (at > lastVowel) found.add(at);
    }
    lastVowel = i;
  }
  return [...found].filter((i) => i >= 2 && i <= chars.length - 2 && isLetter(chars[i - 2]) && isLetter(chars[i - 1]) && isLetter(chars[i]) && isLetter(chars[i + 1])).sort((a, b) => a - b);
}

/**
 * The first piece of a word that is longer than a line, for a space of
 * `room` characters: after a natural break (":", "-", "/") where there is
 * one late enough, else at a syllable with a hyphen, else (a word with no
 * soft point that fits) cut with a hyphen. Null when not even a short piece fits.
 */
function headOf(chars: string[], room: number, minPiece: number): { piece: string; rest: string[]; cut: boolean } | null {
  if (room < minPiece) return null;
  const head = chars.slice(0, room);
  const natural = Math.max(head.lastIndexOf(':'), head.lastIndexOf('-'), head.lastIndexOf('/'));
  if (natural + 1 >= Math.max(minPiece, room / 2) && natural < chars.length - 1) return { piece: chars.slice(0, natural + 1).join(''), rest: chars.slice(natural + 1), cut: false };
  const soft = softBreaks(chars.join('')).filter((i) => i <= room - 1 && i >= minPiece);
  if (soft.length > 0) return { piece: `${chars.slice(0, soft[soft.length - 1]).join('')}-`, rest: chars.slice(soft[soft.length - 1]), cut: false };
  if (room - 1 < Math.max(minPiece, 2)) return null;
  return { piece: `${chars.slice(0, room - 1).join('')}-`, rest: chars.slice(room - 1), cut: true };
}

/**
 * All lines of a text at `maxChars` a line: words stay whole when they fit
 * a line; only a longer word is broken, at a soft point where it has one,
 * and its first piece may end the line before it.
 */
function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if ([...candidate].length <= maxChars) {
      current = candidate;
      continue;
    }
    let rest = [...word];
    if (rest.length > maxChars && current) {
      // The long word starts on this line when a syllable of it fits there.
      const first = headOf(rest, maxChars - [...current].length - 1, 3);
      if (first && !first.cut) {
        current = `${current} ${first.piece}`;
        rest = first.rest;
      }
    }
    if (current) lines.push(current);
    while (rest.length > maxChars) {
      const next = headOf(rest, maxChars, 2)!;
      lines.push(next.piece);
      rest = next.rest;
    }
    current = rest.join('');
  }
  if (current) lines.push(current);
  return lines;
}

/** Every line of the text at this width and size: nothing is cut, no line is wider than the width (at least four characters). */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  return wrapWords(text, maxCharsFor(width, fontSize));
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

