import type { dePrint } from './de-print';
import type { Catalogue } from './types';

// The printed agenda and action plan in English: every key of de-print.ts.

export const enPrint: Catalogue<typeof dePrint> = {
  print: {
    heading: 'Print',
    intro: 'For your clipboard and the wall of the room: the agenda with clock times, and the action plan as a table for the club’s noticeboard.',
    agendaButton: 'Print agenda',
    actionsButton: 'Print action plan',
    busy: 'Creating PDF …',
    startTime: 'Start (time)',
    startTimeHint: 'For example 09:30 – for the clock times in the printed agenda.',
    agendaTitle: 'Agenda',
    actionsTitle: 'Action plan',
    time: 'Time',
    phase: 'Phase',
    minutes: 'Minutes',
    goal: 'Goal: {{goal}}',
    clock: '{{time}}',
    nextDay: '(+1 day)',
    dayEnd: 'Ends around {{time}} · {{minutes}} minutes',
    dayLength: 'Planned: {{minutes}} minutes',
    noStartTime: 'No clock times: enter the start time under “Details”.',
    crossesMidnight: 'Note: the plan runs past midnight.',
    pause: 'Break',
    noPhases: 'This workshop has no phases yet.',
    measure: 'Measure',
    owner: 'Who?',
    due: 'By when?',
    status: 'Status',
    firstStep: 'First step: {{step}}',
    noOwner: 'not yet decided',
    noDue: 'no date',
    overdue: 'overdue',
    noMeasures: 'No measures yet. Add them in the “Action plan” phase.',
    asOf: 'As of {{date}}',
    printNow: 'Print',
    back: 'Back to the workshop',
    previewHint: 'This is how the printout looks. In the print dialog you can also choose “Save as PDF”.',
    saved: 'Saved: {{file}}',
  },
};
