import type { Effort, ImpactStage, MeasureStatus, OriginKind, Priority } from '../contract/actions';
import { measureLabelsDe } from './i18n/de-labels';
import { measureLabelsEn } from './i18n/en-labels';

// Names for the action plan's fixed values, shared by the UI catalogue and
// the core's exports (CSV, calendar, report) so all of them say the same thing.

export interface MeasureLabels {
  statuses: Record<MeasureStatus, string>;
  priorities: Record<Priority, string>;
  efforts: Record<Effort, string>;
  origins: Record<OriginKind, string>;
  /** The PHINEO "Wirkungstreppe": the stage a measure aims at. */
  impactStages: Record<ImpactStage, string>;
}

/** Text symbols that carry status without colour (also in CSV and the report). */
export const STATUS_SYMBOLS: Record<MeasureStatus, string> = { open: '○', in_progress: '◐', done: '✓', blocked: '⛔', dropped: '✕' };

// The texts themselves live in the one catalogue (i18n/de-labels.ts, i18n/en-labels.ts).
export { measureLabelsDe, measureLabelsEn };

export const measureLabels = (language: 'de' | 'en'): MeasureLabels => (language === 'en' ? measureLabelsEn : measureLabelsDe);
