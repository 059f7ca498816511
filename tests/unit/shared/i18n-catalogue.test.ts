import { describe, expect, it } from 'vitest';
import { REPORT_TEXT } from '../../../src-main/core/report/report-text';
import { PROGRESS_TEXT } from '../../../src-main/core/report/progress-text';
import { labelsDe, labelsEn } from '../../../src-main/shared/labels';
import { de } from '../../../src-main/shared/i18n/de';
import { en } from '../../../src-main/shared/i18n/en';
import { fill } from '../../../src-main/shared/i18n/fill';
import type { Catalogue } from '../../../src-main/shared/i18n/types';
import { MENU_STRINGS } from '../../../src-main/shell/menu';

// One catalogue per language (src-main/shared/i18n) for the screens, the
// documents the core writes and the desktop menu.

type Tree = { [key: string]: unknown };

/** Every text with its path; arrays count by position ("header.3"). */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) result.set(k, v);
    else result.set(path, value);
  }
  return result;
}

const deLeaves = leaves(de);
const enLeaves = leaves(en);
const places = (text: string): string[] => (text.match(/\{\{?\w+\}\}?/g) ?? []).sort();

describe('the one catalogue', () => {
  it('has every key in both languages, each a text', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...deLeaves.keys()].sort());
    for (const [key, text] of [...deLeaves, ...enLeaves]) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
    }
  });

  it('holds the same places to fill in both languages ({n} for documents, {{n}} for the screens)', () => {
    for (const [key, text] of deLeaves) expect(places(enLeaves.get(key) as string), key).toEqual(places(text as string));
  });

  it("holds the documents' and the menu's words: the core reads the very same objects", () => {
    expect(REPORT_TEXT.de).toBe(de.documents.report);
    expect(REPORT_TEXT.en).toBe(en.documents.report);
    expect(PROGRESS_TEXT.en).toBe(en.documents.progress);
    expect(MENU_STRINGS.de).toBe(de.desktop.menu);
    expect(labelsDe).toBe(de.labels.domain);
    expect(labelsEn.categories).toBe(en.domain.categories);
    expect(deLeaves.size).toBeGreaterThan(1000);
  });

  it('lets the type system refuse an English catalogue that misses or adds a key', () => {
    type Shape = { a: string; b: { c: string }; list: string[] };
    // @ts-expect-error b.c is missing
    const missing: Catalogue<Shape> = { a: 'A', b: {}, list: [] };
    // @ts-expect-error z is not a key of the German catalogue
    const extra: Catalogue<Shape> = { a: 'A', b: { c: 'C' }, list: [], z: 'Z' };
    const complete: Catalogue<Shape> = { a: 'A', b: { c: 'C' }, list: ['x'] };
    expect([missing, extra, complete]).toHaveLength(3);
  });

  it('fills places with the values given, leaving their own braces alone', () => {
    expect(fill(de.documents.dataProtection.summaryRest, { rest: 2 })).toBe(' · noch nicht besprochen: 2');
    expect(fill(de.desktop.templateLibrary.copy, { name: 'Plan {name}' })).toBe('Plan {name} (Kopie)');
  });
});
