import type { MarkerKind, ProcessVariant, StepKind } from '../contract/process';

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

export const processLabelsDe: ProcessLabels = {
  stepKinds: { start: 'Start', step: 'Schritt', decision: 'Entscheidung', document: 'Dokument/Werkzeug', end: 'Ende' },
  markers: { pain: 'Schmerzpunkt', idea: 'Idee', digital: 'Digitales Potenzial' },
  variants: { ist: 'Ablauf heute (Ist)', soll: 'Ablauf künftig (Soll)' },
  defaultLanes: ['Vorstand', 'Ehrenamtliche', 'Mitglieder', 'Geschäftsstelle'],
};

export const processLabelsEn: ProcessLabels = {
  stepKinds: { start: 'Start', step: 'Step', decision: 'Decision', document: 'Document/tool', end: 'End' },
  markers: { pain: 'Pain point', idea: 'Idea', digital: 'Digital potential' },
  variants: { ist: 'Process today', soll: 'Target process' },
  defaultLanes: ['Board', 'Volunteers', 'Members', 'Office'],
};

export const processLabels = (language: 'de' | 'en'): ProcessLabels => (language === 'en' ? processLabelsEn : processLabelsDe);
