import type { AppEvent, EventName, EventPayload, MethodInput, MethodName, MethodResult } from './contract';

// Which of the core's events concern which query, declared once for every
// screen: a screen loads again only for a change to what it shows. A card
// written on a phone reloads that phase's board, not the workshop page.
//
// A rule is `true` (every event of that name concerns the query) or a test of
// the event's payload against the query's input and, where the input alone
// cannot tell (a workshop's club), the data loaded so far. Events a query does
// not list never reload it.

type Rule<M extends MethodName, E extends EventName> =
  | true
  | ((payload: EventPayload<E>, input: MethodInput<M>, data: MethodResult<M> | undefined) => boolean);

export type QueryEvents<M extends MethodName> = { readonly [E in EventName]?: Rule<M, E> };

/** The database was opened again (a backup restored, a fresh start): everything shown may be different. */
const REOPENED = { 'app.statusChanged': true } as const;

const ofWorkshop = (payload: { workshopId: string }, input: { workshopId: string }): boolean => payload.workshopId === input.workshopId;

export const queryEvents = {
  // Checked once; the storage screen reports back when the coach has dealt with a problem.
  'app.status': {},
  'app.info': { ...REOPENED },
  'settings.get': { 'settings.changed': true, ...REOPENED },
  'backups.list': { 'backups.changed': true, ...REOPENED },

  'templates.list': { 'templates.changed': true, ...REOPENED },
  'templates.get': { 'templates.changed': (p, input) => p.templateId === input.id, ...REOPENED },

  // The list counts workshops and shows the latest date.
  'organisations.list': { 'organisations.changed': true, 'workshops.changed': true, ...REOPENED },
  'organisations.get': { 'organisations.changed': (p, input) => p.organisationId === null || p.organisationId === input.id, ...REOPENED },

  // The club's sessions, their measures' progress, their topics and self-checks.
  'organisations.timeline': {
    'workshops.changed': (p, input) => p.organisationId === input.id,
    'measures.changed': (p, input) => p.organisationId === input.id,
    'selfcheck.changed': (p, _input, data) => data !== undefined && data.sessions.some((s) => s.workshopId === p.workshopId),
    'cards.changed': (p, _input, data) => data !== undefined && data.sessions.some((s) => s.workshopId === p.workshopId),
    ...REOPENED,
  },
  // The coach's overview across all clubs (start screen).
  'overview.get': { 'organisations.changed': true, 'workshops.changed': true, 'measures.changed': true, ...REOPENED },

  'workshops.list': {
    'workshops.changed': (p, input) => !input.organisationId || p.organisationId === input.organisationId,
    // Each workshop carries its club's name.
    'organisations.changed': true,
    // Editing a diagram touches its workshop, which moves it up the list.
    'process.changed': true,
    ...REOPENED,
  },
  'workshops.get': {
    'workshops.changed': (p, input) => p.workshopId === input.id,
    'organisations.changed': (p, _input, data) => !data || p.organisationId === null || p.organisationId === data.organisationId,
    ...REOPENED,
  },

  // The topic is a card's or group's text: a change in the phase it was chosen in
  // may rename or unset it. Choosing one says workshops.changed, which also
  // reaches the follow-ups (their topic comes from the session they follow).
  'workshops.topic': {
    'cards.changed': (p, input, data) => p.workshopId === input.workshopId && (data === undefined || (data !== null && data.phaseId === p.phaseId)),
    'workshops.changed': true,
    ...REOPENED,
  },

  'stakeholders.map': { 'stakeholders.changed': ofWorkshop, ...REOPENED },
  'process.get': { 'process.changed': ofWorkshop, ...REOPENED },
  'process.compare': { 'process.changed': ofWorkshop, ...REOPENED },

  // A measure shows the text of what it came from: a pain point, a step, a stakeholder, a note.
  'measures.list': {
    'measures.changed': ofWorkshop,
    'process.changed': ofWorkshop,
    'stakeholders.changed': ofWorkshop,
    'workshops.changed': ofWorkshop,
    ...REOPENED,
  },
  'measures.open': {
    'measures.changed': (p, input) => p.organisationId === input.organisationId,
    'workshops.changed': (p, input) => p.organisationId === input.organisationId,
    ...REOPENED,
  },

  // A session's Rückblick shows measures of the club's other workshops.
  'measures.review': {
    'measures.changed': (p, input, data) => !data || p.workshopId === input.workshopId || p.organisationId === data.organisationId,
    'workshops.changed': (p, input, data) => !data || p.workshopId === input.workshopId || p.organisationId === data.organisationId,
    ...REOPENED,
  },

  'live.get': { 'live.changed': ofWorkshop, ...REOPENED },
  'cards.board': { 'cards.changed': (p, input) => p.phaseId === input.phaseId, ...REOPENED },
  'selfcheck.get': { 'selfcheck.changed': ofWorkshop, ...REOPENED },
  // Items come with the phase (the agenda editor changes them); a linked measure shows its title and status.
  'checklist.get': {
    'dataprotection.changed': (p, input) => p.phaseId === input.phaseId,
    'workshops.changed': (p, _input, data) => data !== undefined && p.workshopId === data.workshopId,
    'measures.changed': (p, _input, data) => data !== undefined && p.workshopId === data.workshopId,
    ...REOPENED,
  },
  'dataMap.get': {
    'dataprotection.changed': (p, input) => p.phaseId === input.phaseId,
    'measures.changed': (p, _input, data) => data !== undefined && p.workshopId === data.workshopId,
    ...REOPENED,
  },

  // "Handys verbinden": the listener's state, and a workshop's phone settings and review queue.
  'phones.networks': {},
  'phones.status': { 'phones.changed': true, ...REOPENED },
  'phones.settings.get': { 'phones.changed': (p, input) => p.workshopId === null || p.workshopId === input.workshopId, ...REOPENED },
  'phones.queue.list': { 'phones.changed': (p, input) => p.workshopId === null || p.workshopId === input.workshopId, ...REOPENED },
} satisfies { readonly [M in MethodName]?: QueryEvents<M> };

/** The calls a screen may keep loaded (useQuery): each says above which events concern it. */
export type QueryName = keyof typeof queryEvents;

/** Whether this event concerns the query `name` with this input (and the data it shows now). */
export function concerns<M extends QueryName>(name: M, input: MethodInput<M>, event: AppEvent, data?: MethodResult<M>): boolean {
  const rules: QueryEvents<M> = queryEvents[name] as QueryEvents<M>;
  const rule = rules[event.name] as Rule<M, EventName> | undefined;
  if (rule === undefined) return false;
  if (rule === true) return true;
  return (rule as (payload: unknown, input: MethodInput<M>, data: MethodResult<M> | undefined) => boolean)(event.payload, input, data);
}
