import { describe, expect, it } from 'vitest';
import { catalogues, fill, pickStrings } from '../../../src-phone/strings';

// The phone page speaks the phone's language: German first, English for an
// English phone, German for anything else; both catalogues say everything.

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}/`)));
const keys = (tree: Tree): string[] => leaves(tree).map(([k]) => k);

describe('the phone page’s words', () => {
  it('follow the phone’s language, German when it is neither', () => {
    expect(pickStrings(['de-AT', 'en']).lang).toBe('de');
    expect(pickStrings(['en-GB', 'de']).lang).toBe('en');
    expect(pickStrings(['fr-FR', 'en-US']).lang).toBe('en');
    expect(pickStrings(['tr-TR']).lang).toBe('de');
    expect(pickStrings([]).lang).toBe('de');
  });

  it('exist in both languages, none empty', () => {
    const [de, en]: Tree[] = [catalogues.de, catalogues.en];
    expect(keys(en!)).toEqual(keys(de!));
    for (const c of [de!, en!]) for (const [key, text] of leaves(c)) expect(text.trim(), key).not.toBe('');
  });

  it('fill their placeholders', () => {
    expect(fill(catalogues.de.dotsLeft, { n: 2, max: 5 })).toBe('Noch 2 von 5 Punkten übrig');
  });
});
