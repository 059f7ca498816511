import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StakeholderMap } from '../../../src-main/contract';
import { mapDrawing } from '../../../src-main/core/drawing/diagrams';
import { fitText, softBreaks, textWidth, wrapLines, wrapText } from '../../../src-main/shared/text-fit';

// Names and labels in boxes without a DOM (the printed map, the report's
// diagrams, the canvas): wrapped at spaces, a long word broken at a syllable
// with a hyphen, nothing lost and no line wider than its box.

const SEED = 20261130;

/** A word with a hyphen at each soft point, to read the breaks at a glance. */
const syllables = (word: string): string => {
  const chars = [...word];
  const at = new Set(softBreaks(word));
  return chars.map((c, i) => (at.has(i) ? `·${c}` : c)).join('');
};

const letters = [...'aeiouäöüyAÄOÜbcdfghklmnprstwzßchsch', ':', '-', '/', '1', '9'];
const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));
const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));

describe('soft points in long German words', () => {
  it('lie between syllables, keep sounds together and break before a capital inside a word', () => {
    expect(syllables('Donaudampfschifffahrtsgesellschaft')).toBe('Do·nau·dampf·schiff·fahrts·ge·sell·schaft');
    expect(syllables('Abteilungsleitungen')).toBe('Ab·tei·lungs·lei·tun·gen');
    expect(syllables('Mitgliederverwaltung')).toBe('Mit·glie·der·ver·wal·tung');
    expect(syllables('Geschäftsstelle')).toBe('Ge·schäfts·stel·le');
    expect(syllables('Stadtsportbund')).toBe('Stadt·sport·bund');
    expect(syllables('WhatsApp-Gruppe')).toBe('Whats·App-Grup·pe');
    expect(syllables('Zucker')).toBe('Zu·cker');
    expect(syllables('Feier')).toBe('Feier');
    // Numbers, short words and consonants alone have none.
    expect(softBreaks('2026')).toEqual([]);
    expect(softBreaks('Ort')).toEqual([]);
    expect(softBreaks('Strszcz')).toEqual([]);
  });
});

describe('wrapping text into a box', () => {
  it('breaks a long word at a syllable, not anywhere', () => {
    expect(wrapLines('Donaudampfschifffahrtsgesellschaft', 174, 18)).toEqual(['Donaudampf-', 'schifffahrtsge-', 'sellschaft']);
    expect(wrapText('Donaudampfschifffahrtsgesellschaft', 174, 18, 2)).toEqual(['Donaudampf-', 'schifffahrtsge…']);
    // The long word starts on the line before when a syllable of it fits there.
    expect(fitText('Neue Übungsleiter:innen', 200, [26, 25], 2)).toEqual({ lines: ['Neue Übungs-', 'leiter:innen'], fontSize: 26 });
    expect(wrapLines('Förderverein Geschäftsstellenleitung', 200, 25)).toEqual(['Förderverein', 'Geschäfts-', 'stellenlei-', 'tung']);
    // A word without a soft point is cut with a hyphen, as before.
    expect(wrapLines('Strszczstrszczstrszcz', 100, 20)).toEqual(['Strszcz-', 'strszcz-', 'strszcz']);
  });

  it('keeps every character, stays inside the box and breaks only words longer than a line', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 12, max: 40 }), fc.integer({ min: 4, max: 30 }), (t, fontSize, chars) => {
        const width = Math.ceil(chars * fontSize * 0.58);
        const lines = wrapLines(t, width, fontSize);
        const maxChars = Math.floor(width / (fontSize * 0.58));
        for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(width);
        // Nothing lost: the same characters, apart from spaces and the hyphens added at the breaks.
        expect(lines.join('').replace(/[\s-]/g, '')).toBe(t.replace(/[\s-]/g, ''));
        const hyphens = (s: string): number => [...s].filter((c) => c === '-').length;
        expect(hyphens(lines.join(''))).toBeLessThanOrEqual(hyphens(t) + lines.length - 1);
        // A word that fits a line is never broken.
        const tokens = new Set(lines.flatMap((l) => l.split(' ')));
        for (const w of t.split(/\s+/).filter((x) => [...x].length <= maxChars)) expect(tokens).toContain(w);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('the printed stakeholder map', () => {
  it('breaks a long name at a syllable and shows it whole on up to three lines', () => {
    const names = ['Geschäftsstellenleitung', 'Kinder- und Jugendhilfeausschuss', 'Vorstand'];
    const map: StakeholderMap = {
      workshopId: 'w',
      relations: [],
      stakeholders: names.map((name, i) => ({
        id: `s${i}`,
        workshopId: 'w',
        name,
        category: 'other',
        influence: 1 + i * 2,
        interest: 1 + i * 2,
        attitude: 'neutral',
        targetAttitude: 'neutral',
        closeness: 'direct',
        notes: '',
        createdAt: '2026-11-30T10:00:00.000Z',
        updatedAt: '2026-11-30T10:00:00.000Z',
      })),
    };
    const svg = mapDrawing(map, { organisationName: 'TSV', date: null }, 'grid', 'de', true);
    const texts = [...svg.matchAll(/<text[^>]*font-weight="700" fill="#1b2430">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['Geschäfts-', 'stellenlei-', 'tung', 'Kinder- und', 'Jugendhilfe-', 'ausschuss', 'Vorstand']));
    expect(svg).not.toContain('…');
  });
});
