// File names a coach can keep in a folder next to each other: readable,
// unique per workshop, and accepted by Windows, macOS and Linux.

const MAX_LENGTH = 120;
/** Names Windows keeps for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const CLUB_SHORT = 40;

/** Cuts a text to at most `max` characters at a word boundary; one long word is cut, never a character in half. */
export function cutAtWord(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max + 1).join('');
  const at = head.search(/\s\S*$/u);
  return (at > 0 ? head.slice(0, at) : chars.slice(0, max).join('')).trimEnd();
}

/** A file name that every system accepts: no path or reserved characters, not too long, cut between words. */
export function safeFileName(base: string, extension: string): string {
  let cleaned = cutAtWord(
    base
      .normalize('NFC')
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    MAX_LENGTH,
  ).replace(/^[\s.\-–]+|[\s.\-–]+$/g, '');
  if (WINDOWS_RESERVED.test(cleaned)) cleaned = `${cleaned}_`;
  return `${cleaned || 'Vereinswerkstatt'}.${extension}`;
}

const dayOf = (iso: string | null): string | null => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : null;
};

/**
 * "<Verein kurz> – <Workshop> – <TT.MM.JJJJ>": each workshop of a club gets
 * its own name; `what` ("Maßnahmenplan") tells a second file of it apart.
 */
export function workshopFileName(parts: { club: string; workshop: string; date: string | null; what?: string }, extension: string): string {
  const name = [cutAtWord(parts.club.trim(), CLUB_SHORT), parts.workshop.trim(), parts.what, dayOf(parts.date)].filter((p) => !!p).join(' – ');
  return safeFileName(name, extension);
}
