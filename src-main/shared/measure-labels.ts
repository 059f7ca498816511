import type { Effort, ImpactStage, MeasureStatus, OriginKind, Priority } from '../contract/actions';

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

export const measureLabelsDe: MeasureLabels = {
  statuses: { open: 'offen', in_progress: 'in Arbeit', done: 'erledigt', blocked: 'blockiert', dropped: 'verworfen' },
  priorities: { high: 'hoch', medium: 'mittel', low: 'niedrig' },
  efforts: { small: 'klein', medium: 'mittel', large: 'groß' },
  origins: { marker: 'Markierung', step: 'Schritt', stakeholder: 'Beteiligte', note: 'Notiz' },
  impactStages: {
    output: 'Output: was der Verein tut und anbietet',
    outcome: 'Outcome: was sich für die Menschen ändert, die er erreicht',
    impact: 'Impact: was sich darüber hinaus ändert',
  },
};

export const measureLabelsEn: MeasureLabels = {
  statuses: { open: 'open', in_progress: 'in progress', done: 'done', blocked: 'blocked', dropped: 'dropped' },
  priorities: { high: 'high', medium: 'medium', low: 'low' },
  efforts: { small: 'small', medium: 'medium', large: 'large' },
  origins: { marker: 'Marker', step: 'Step', stakeholder: 'Stakeholder', note: 'Note' },
  impactStages: {
    output: 'Output: what the club does and offers',
    outcome: 'Outcome: what changes for the people it reaches',
    impact: 'Impact: what changes beyond them',
  },
};

export const measureLabels = (language: 'de' | 'en'): MeasureLabels => (language === 'en' ? measureLabelsEn : measureLabelsDe);
