import type { ChecklistState, ConsentValue } from '../contract/data-protection';

// Names for the checklist's states and the data map's consent values, shared
// by the UI catalogue and the report so both say the same thing.

export interface DataProtectionLabels {
  states: Record<ChecklistState, string>;
  unanswered: string;
  consent: Record<ConsentValue, string>;
}

/** Text symbols that carry a state without colour (screen, projector, report). */
export const CHECKLIST_SYMBOLS: Record<ChecklistState, string> = { done: '✓', partial: '◐', open: '○', not_applicable: '–' };

export const dataProtectionLabelsDe: DataProtectionLabels = {
  states: { done: 'erledigt', partial: 'teilweise', open: 'offen', not_applicable: 'trifft nicht zu' },
  unanswered: 'noch nicht besprochen',
  consent: { yes: 'ja', no: 'nein', unclear: 'noch unklar' },
};

export const dataProtectionLabelsEn: DataProtectionLabels = {
  states: { done: 'done', partial: 'partly', open: 'open', not_applicable: 'does not apply' },
  unanswered: 'not discussed yet',
  consent: { yes: 'yes', no: 'no', unclear: 'not clear yet' },
};

export const dataProtectionLabels = (language: 'de' | 'en'): DataProtectionLabels => (language === 'en' ? dataProtectionLabelsEn : dataProtectionLabelsDe);
