import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtWord, safeFileName, workshopFileName } from '../../../src-main/core/exports/file-names';

// Report file names: readable, unique per workshop, never cut mid-word, and
// accepted by Windows (no reserved characters or device names, no trailing dot).

const INVALID = /[\\/:*?"<>|\p{Cc}]/u;

describe('file names', () => {
  it('name the club (shortened between words), the workshop and the day', () => {
    expect(workshopFileName({ club: 'Turn- und Sportverein Beispielstadt im Leipziger Land 1898 e. V.', workshop: 'Folgetermin im März', date: '2026-03-14' }, 'docx')).toBe(
      'Turn- und Sportverein Beispielstadt im – Folgetermin im März – 14.03.2026.docx',
    );
    const other = workshopFileName({ club: 'Chor', workshop: 'Tag der Vereine', date: '2026-06-14', what: 'Maßnahmenplan' }, 'docx');
    expect(other).toBe('Chor – Tag der Vereine – Maßnahmenplan – 14.03.2026.docx'.replace('14.03', '14.06'));
    expect(workshopFileName({ club: 'Chor', workshop: 'Ohne Datum', date: null }, 'docx')).toBe('Chor – Ohne Datum.docx');
  });

  it('keep umlauts, drop characters Windows refuses, and never end on a dot', () => {
    expect(safeFileName('Übungsleiter:innen / Jugend? „Größe“ …', 'docx')).toBe('Übungsleiter-innen - Jugend- „Größe“ ….docx');
    expect(safeFileName('CON', 'txt')).toBe('CON_.txt');
    expect(safeFileName(' ... ', 'txt')).toBe('Vereinswerkstatt.txt');
    expect(safeFileName('Verein e.V.', 'csv')).toBe('Verein e.V.csv');
  });

  it('cut only between words, and a single long word without splitting a character', () => {
    expect(cutAtWord('Gemeinsam Veränderungen angehen', 20)).toBe('Gemeinsam');
    expect(cutAtWord('😀'.repeat(30), 10)).toBe('😀'.repeat(10));
  });

  it('hold for any text: valid characters, bounded length, whole words, different workshops apart', () => {
    const words = fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(words, words, fc.constantFrom('2026-03-14', '2026-06-14', null), (club, workshop, date) => {
        const name = workshopFileName({ club, workshop, date }, 'docx');
        const base = name.slice(0, -'.docx'.length);
        expect(name.endsWith('.docx')).toBe(true);
        expect(INVALID.test(base)).toBe(false);
        expect(Array.from(base).length).toBeLessThanOrEqual(120);
        expect(/[\s.]$/.test(base)).toBe(false);
        // No half of a character (an unpaired surrogate) is left by a cut.
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(base)).toBe(false);
        // Every word kept is a whole word of the input (after the same cleaning).
        const source = `${club} ${workshop}`.normalize('NFC').replace(/[\\/:*?"<>|]+/g, '-').replace(/\p{Cc}+/gu, ' ');
        for (const word of base.split(/\s+/).slice(0, -1)) if (word && word !== '–' && !/^\d\d\.\d\d\.\d{4}$/.test(word)) expect(source).toContain(word);
      }),
      { seed: 2026, numRuns: 300 },
    );
  });
});
