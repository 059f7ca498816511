import type { LegalForm, PhaseKind, WorkshopStatus } from '../contract/domain';
import type { Attitude, Closeness, RelationType, StakeholderCategory } from '../contract/stakeholders';
import type { Quadrant } from './stakeholder-geometry';
import { domainLabelsDe } from './i18n/de-labels';
import { domainLabelsEn } from './i18n/en-labels';

// Names of the domain's fixed values, in German and English. Shared by the UI
// catalogue and the core's exports (CSV, report), so both say the same thing.

export interface DomainLabels {
  legalForms: Record<LegalForm, string>;
  statuses: Record<WorkshopStatus, string>;
  phaseKinds: Record<PhaseKind, string>;
  categories: Record<StakeholderCategory, string>;
  attitudes: Record<Attitude, string>;
  closeness: Record<Closeness, string>;
  relationTypes: Record<RelationType, string>;
  quadrants: Record<Quadrant, string>;
}

/** Text symbols that carry attitude without colour (also in images and CSV). */
export const ATTITUDE_SYMBOLS: Record<Attitude, string> = { supportive: '+', neutral: '○', critical: '−' };

// The texts themselves live in the one catalogue (i18n/de-labels.ts, i18n/en-labels.ts).
export const labelsDe: DomainLabels = domainLabelsDe;

export const labelsEn: DomainLabels = domainLabelsEn;

export const domainLabels = (language: 'de' | 'en'): DomainLabels => (language === 'en' ? labelsEn : labelsDe);
