import type { DataProtectionLabels } from '../data-protection-labels';
import type { DomainLabels } from '../labels';
import type { LiveLabels } from '../live-labels';
import type { MeasureLabels } from '../measure-labels';
import type { ProcessLabels } from '../process-labels';

// Names of the domain's fixed values in German: the screens, exports and
// the report all read them from here, so all of them say the same thing.

export const domainLabelsDe: DomainLabels = {
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
    pause: 'Pause',
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

export const processLabelsDe: ProcessLabels = {
  stepKinds: { start: 'Start', step: 'Schritt', decision: 'Entscheidung', document: 'Dokument/Werkzeug', end: 'Ende' },
  markers: { pain: 'Schmerzpunkt', idea: 'Idee', digital: 'Digitales Potenzial' },
  variants: { ist: 'Ablauf heute (Ist)', soll: 'Ablauf künftig (Soll)' },
  defaultLanes: ['Vorstand', 'Ehrenamtliche', 'Mitglieder', 'Geschäftsstelle'],
};

export const liveLabelsDe: LiveLabels = {
  dimensions: {
    communication: 'Kommunikation',
    collaboration: 'Zusammenarbeit',
    members: 'Mitglieder & Ehrenamt',
    knowledge: 'Wissen & Dokumentation',
    privacy: 'Datenschutz & Sicherheit',
    publicity: 'Öffentlichkeitsarbeit',
    finances: 'Finanzen & Fördermittel',
    tools: 'Werkzeuge & Technik',
  },
  colors: { yellow: 'Gelb', blue: 'Blau', green: 'Grün', pink: 'Rosa', orange: 'Orange', white: 'Weiß' },
};

export const dataProtectionLabelsDe: DataProtectionLabels = {
  states: { done: 'erledigt', partial: 'teilweise', open: 'offen', not_applicable: 'trifft nicht zu' },
  unanswered: 'noch nicht besprochen',
  consent: { yes: 'ja', no: 'nein', unclear: 'noch unklar' },
};
