import type { MarkerKind, ProcessVariant, StepKind } from '../contract/process';
import { processLabelsDe } from './i18n/de-labels';
import { processLabelsEn } from './i18n/en-labels';

// Names for the process diagram's fixed values, shared by the UI catalogue
// and the core's exports so both say the same thing.

export interface ProcessLabels {
  stepKinds: Record<StepKind, string>;
  markers: Record<MarkerKind, string>;
  variants: Record<ProcessVariant, string>;
  defaultLanes: string[];
}

/** Text symbols for markers in images and text (the UI draws icons), always next to a word. */
export const MARKER_SYMBOLS: Record<MarkerKind, string> = { pain: '⚠', idea: '✦', digital: '⚡' };

// The texts themselves live in the one catalogue (i18n/de-labels.ts, i18n/en-labels.ts).
export { processLabelsDe, processLabelsEn };

export const processLabels = (language: 'de' | 'en'): ProcessLabels => (language === 'en' ? processLabelsEn : processLabelsDe);
