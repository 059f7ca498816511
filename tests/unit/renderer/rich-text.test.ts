import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Block, parseRichText } from '../../../src-renderer/lib/rich-text';

const SEED = 20261122;

const textOf = (blocks: Block[]): string =>
  blocks
    .flatMap((b) => (b.type === 'list' ? b.items : b.lines))
    .flat()
    .map((p) => p.text)
    .join('');

describe('facilitator instructions formatting', () => {
  it('reads paragraphs, lists and bold', () => {
    const blocks = parseRichText('Erst **das**.\n\n- eins\n- zwei\nDanach weiter.');
    expect(blocks).toEqual([
      { type: 'paragraph', lines: [[{ bold: false, text: 'Erst ' }, { bold: true, text: 'das' }, { bold: false, text: '.' }]] },
      { type: 'list', items: [[{ bold: false, text: 'eins' }], [{ bold: false, text: 'zwei' }]] },
      { type: 'paragraph', lines: [[{ bold: false, text: 'Danach weiter.' }]] },
    ]);
  });

  it('keeps HTML as plain text (nothing is injected)', () => {
    expect(textOf(parseRichText('<script>alert(1)</script> & <b>'))).toBe('<script>alert(1)</script> & <b>');
  });

  it('never throws and never invents letters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (source) => {
        const text = textOf(parseRichText(source));
        const letters = (s: string) => [...s.replace(/[\s*\-•]/g, '')].sort().join('');
        expect(letters(text)).toBe(letters(source).replace(/\*/g, ''));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
