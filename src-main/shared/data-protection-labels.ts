import type { ChecklistState, ConsentValue } from '../contract/data-protection';
import { dataProtectionLabelsDe } from './i18n/de-labels';
import { dataProtectionLabelsEn } from './i18n/en-labels';

// Names for the checklist's states and the data map's consent values, shared
// by the UI catalogue and the report so both say the same thing.

export interface DataProtectionLabels {
  states: Record<ChecklistState, string>;
  unanswered: string;
  consent: Record<ConsentValue, string>;
}

/** Text symbols that carry a state without colour (screen, projector, report). */
export const CHECKLIST_SYMBOLS: Record<ChecklistState, string> = { done: '✓', partial: '◐', open: '○', not_applicable: '–' };

// The texts themselves live in the one catalogue (i18n/de-labels.ts, i18n/en-labels.ts).
export { dataProtectionLabelsDe, dataProtectionLabelsEn };

export const dataProtectionLabels = (language: 'de' | 'en'): DataProtectionLabels => (language === 'en' ? dataProtectionLabelsEn : dataProtectionLabelsDe);
