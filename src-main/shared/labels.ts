import type { LegalForm, PhaseKind, WorkshopStatus } from '../contract/domain';
import type { Attitude, Closeness, RelationType, StakeholderCategory } from '../contract/stakeholders';
import type { Quadrant } from './stakeholder-geometry';

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

export const labelsDe: DomainLabels = {
  legalForms: {
    ev: 'Eingetragener Verein (e. V.)',
    unregistered: 'Nicht eingetragener Verein',
    ggmbh: 'Gemeinnützige GmbH (gGmbH)',
    foundation: 'Stiftung',
    cooperative: 'Genossenschaft',
    initiative: 'Initiative oder Gruppe',
    other: 'Andere Rechtsform',
  },
  statuses: { planned: 'Geplant', running: 'Läuft', done: 'Abgeschlossen' },
  phaseKinds: {
    cards: 'Karten sammeln',
    voting: 'Karten und Punkte',
    selfcheck: 'Selbsteinschätzung',
    stakeholders: 'Stakeholder-Map',
    process_current: 'Ablauf heute (Ist)',
    process_target: 'Ablauf künftig (Soll)',
    actions: 'Maßnahmenplan',
    review: 'Rückblick',
    discussion: 'Gespräch',
    checklist: 'Checkliste',
    datamap: 'Datenlandkarte',
  },
  categories: {
    board: 'Vorstand',
    volunteers: 'Ehrenamtliche',
    staff: 'Hauptamtliche',
    members: 'Mitglieder',
    participants: 'Zielgruppe/Teilnehmende',
    funders: 'Förderer',
    administration: 'Verwaltung/Stadt',
    partners: 'Partner',
    public: 'Öffentlichkeit',
    other: 'Sonstige',
  },
  attitudes: { supportive: 'unterstützend', neutral: 'neutral', critical: 'kritisch' },
  closeness: { core: 'Kernteam', direct: 'direkt betroffen', indirect: 'indirekt betroffen', environment: 'Umfeld' },
  relationTypes: { collaborates: 'arbeitet zusammen mit', influences: 'beeinflusst', conflict: 'Konflikt mit' },
  quadrants: {
    manageClosely: 'Eng einbinden',
    keepSatisfied: 'Zufriedenstellen',
    keepInformed: 'Informieren',
    monitor: 'Beobachten',
  },
};

export const labelsEn: DomainLabels = {
  legalForms: {
    ev: 'Registered association (e. V.)',
    unregistered: 'Unregistered association',
    ggmbh: 'Non-profit limited company (gGmbH)',
    foundation: 'Foundation',
    cooperative: 'Cooperative',
    initiative: 'Initiative or group',
    other: 'Other legal form',
  },
  statuses: { planned: 'Planned', running: 'Running', done: 'Finished' },
  phaseKinds: {
    cards: 'Collect cards',
    voting: 'Cards and dot voting',
    selfcheck: 'Self-assessment',
    stakeholders: 'Stakeholder map',
    process_current: 'Process today',
    process_target: 'Target process',
    actions: 'Action plan',
    discussion: 'Discussion',
    review: 'Review',
    checklist: 'Checklist',
    datamap: 'Data map',
  },
  categories: {
    board: 'Board',
    volunteers: 'Volunteers',
    staff: 'Paid staff',
    members: 'Members',
    participants: 'Target group/participants',
    funders: 'Funders',
    administration: 'Administration/city',
    partners: 'Partners',
    public: 'Public',
    other: 'Other',
  },
  attitudes: { supportive: 'supportive', neutral: 'neutral', critical: 'critical' },
  closeness: { core: 'Core team', direct: 'Directly affected', indirect: 'Indirectly affected', environment: 'Wider environment' },
  relationTypes: { collaborates: 'works with', influences: 'influences', conflict: 'in conflict with' },
  quadrants: {
    manageClosely: 'Manage closely',
    keepSatisfied: 'Keep satisfied',
    keepInformed: 'Keep informed',
    monitor: 'Monitor',
  },
};

export const domainLabels = (language: 'de' | 'en'): DomainLabels => (language === 'en' ? labelsEn : labelsDe);
