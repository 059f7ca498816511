import type { DataProtectionLabels } from '../data-protection-labels';
import type { DomainLabels } from '../labels';
import type { LiveLabels } from '../live-labels';
import type { MeasureLabels } from '../measure-labels';
import type { ProcessLabels } from '../process-labels';

// Names of the domain's fixed values in English: the screens, exports and
// the report all read them from here, so all of them say the same thing.

export const domainLabelsEn: DomainLabels = {
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
    pause: 'Break',
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

export const processLabelsEn: ProcessLabels = {
  stepKinds: { start: 'Start', step: 'Step', decision: 'Decision', document: 'Document/tool', end: 'End' },
  markers: { pain: 'Pain point', idea: 'Idea', digital: 'Digital potential' },
  variants: { ist: 'Process today', soll: 'Target process' },
  defaultLanes: ['Board', 'Volunteers', 'Members', 'Office'],
};

export const liveLabelsEn: LiveLabels = {
  dimensions: {
    communication: 'Communication',
    collaboration: 'Collaboration',
    members: 'Members & volunteers',
    knowledge: 'Knowledge & documentation',
    privacy: 'Data protection & security',
    publicity: 'Public relations',
    finances: 'Finances & funding',
    tools: 'Tools & technology',
  },
  colors: { yellow: 'Yellow', blue: 'Blue', green: 'Green', pink: 'Pink', orange: 'Orange', white: 'White' },
};

export const dataProtectionLabelsEn: DataProtectionLabels = {
  states: { done: 'done', partial: 'partly', open: 'open', not_applicable: 'does not apply' },
  unanswered: 'not discussed yet',
  consent: { yes: 'yes', no: 'no', unclear: 'not clear yet' },
};
