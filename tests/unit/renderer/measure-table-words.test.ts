import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { stepLine } from '../../../src-renderer/features/actions/MeasureTable';
import { de } from '../../../src-renderer/i18n/de';
import { en } from '../../../src-renderer/i18n/en';

// The table cuts the translated "first step" pattern once instead of
// interpolating per row: the line must read exactly as i18next would write it.

describe('stepLine', () => {
  it('writes what i18next writes, in German and English', async () => {
    for (const [lng, resources] of [['de', de], ['en', en]] as const) {
      const i18n = i18next.createInstance();
      await i18n.init({ lng, resources: { [lng]: { translation: resources } }, interpolation: { escapeValue: false } });
      const line = stepLine(i18n.t('actions.firstStepShort', { step: '\u0000' }));
      for (const step of ['Budget prüfen', '', '{{step}} & <b>', 'Zeile\nzwei']) {
        expect(line(step)).toBe(i18n.t('actions.firstStepShort', { step }));
      }
    }
  });

  it('keeps a pattern without the step as it is', () => {
    expect(stepLine('Erster Schritt')('egal')).toBe('Erster Schritt');
  });
});
