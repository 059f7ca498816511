import type { deTimeline } from './de-timeline';
import type { Catalogue } from './types';

// Coaching over months: the club's timeline (club page) and the coach's overview (start screen).
export const enTimeline: Catalogue<typeof deTimeline> = {
  timeline: {
    heading: 'Timeline',
    intro: 'All of the club’s sessions, from the first to the next: what was discussed and what became of the measures.',
    sessionsCaption: 'The club’s sessions, oldest first',
    columns: { session: 'Session', topic: 'Topic' },
    kinds: { workshop: 'Workshop', followUp: 'Follow-up', consultation: 'Consultation' },
    noTopic: 'no topic chosen yet',
    topicInherited: '{{topic}} (from the earlier session)',
    ahead: 'still ahead',
    empty: 'No sessions yet. Create a workshop above.',
    progressHeading: 'Measures over time',
    progressHint:
      'Status on the day of the session, worked out from the dated progress entries and status changes. Counted are the measures created up to that session. Sessions still ahead have no status.',
    today: 'Today',
    total: 'Total',
    noMeasures: 'No measures yet.',
    barLabel: '{{done}} of {{total}} done, {{progress}} in progress',
    selfCheckHeading: 'Self-check over time',
    selfCheckHint: 'Values from 1 (“not working yet”) to 5 (“working very well”); “Change” compares the first value with the last.',
    selfCheckEmpty: 'No self-check yet. It is made in a workshop’s phase “Our club today”.',
    change: 'Change',
    noValue: '–',
  },
  overview: {
    heading: 'Your overview',
    intro: 'What is due across all clubs, as of {{date}}.',
    overdueHeading: 'Overdue measures',
    overdueEmpty: 'No measure is overdue.',
    overdueCount_one: '{{count}} overdue',
    overdueCount_other: '{{count}} overdue',
    overdueItem: '{{title}} – due since {{date}}',
    overdueMore_one: 'and {{count}} more',
    overdueMore_other: 'and {{count}} more',
    upcomingHeading: 'Follow-ups in the next 4 weeks',
    upcomingEmpty: 'No follow-up is due before {{date}}.',
    agreed: 'agreed in “{{title}}”, not created yet',
    withoutHeading: 'Clubs without a follow-up',
    withoutEmpty: 'Every club with open measures has a next date.',
    withoutOpen_one: '{{count}} open measure',
    withoutOpen_other: '{{count}} open measures',
    lastSession: 'last session {{date}}',
    noSession: 'no dated session yet',
  },
};
