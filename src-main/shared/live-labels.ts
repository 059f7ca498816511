import type { CardColor, SelfCheckDimension } from '../contract/live';
import { liveLabelsDe } from './i18n/de-labels';
import { liveLabelsEn } from './i18n/en-labels';

// Names of the self-check's fields and of the card colours, in German and
// English. Shared by the UI catalogue and the report, so both say the same.

export interface LiveLabels {
  dimensions: Record<SelfCheckDimension, string>;
  colors: Record<CardColor, string>;
}

// The texts themselves live in the one catalogue (i18n/de-labels.ts, i18n/en-labels.ts).
export { liveLabelsDe, liveLabelsEn };

/** Card colours as printed paper cards: light enough for black text at AAA contrast. */
export const CARD_FILLS: Record<CardColor, string> = {
  yellow: '#fff3a8',
  blue: '#cfe6ff',
  green: '#d3f2d0',
  pink: '#ffd6e5',
  orange: '#ffdcb8',
  white: '#ffffff',
};
