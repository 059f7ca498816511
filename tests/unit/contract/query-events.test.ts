import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppEvent,
  type Card,
  EVENT_NAMES,
  type QueryName,
  type WorkshopDetail,
  type WorkshopTopic,
  concerns,
  queryEvents,
} from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// Which events reload which screens, as the contract declares it: every
// query's rules, checked against the events the core really sends.

const QUERIES = Object.keys(queryEvents) as QueryName[];

/** Every query that this event reloads, for the inputs a screen of this workshop would pass. */
function reloaded(event: AppEvent, ids: { workshopId: string; phaseId: string; organisationId: string }, data?: WorkshopDetail, topic: WorkshopTopic | null = null): string[] {
  const inputs: { [M in QueryName]: unknown } = {
    'app.status': {},
    'app.info': {},
    'settings.get': {},
    'backups.list': {},
    'templates.list': {},
    'templates.get': { id: 'tpl' },
    'organisations.list': {},
    'organisations.get': { id: ids.organisationId },
    'organisations.timeline': { id: ids.organisationId },
    'overview.get': {},
    'workshops.list': { organisationId: ids.organisationId },
    'workshops.get': { id: ids.workshopId },
    'workshops.topic': { workshopId: ids.workshopId },
    'stakeholders.map': { workshopId: ids.workshopId },
    'process.get': { workshopId: ids.workshopId, variant: 'ist' },
    'process.compare': { workshopId: ids.workshopId },
    'measures.list': { workshopId: ids.workshopId },
    'measures.open': { organisationId: ids.organisationId },
    'measures.review': { workshopId: ids.workshopId },
    'live.get': { workshopId: ids.workshopId },
    'cards.board': { phaseId: ids.phaseId },
    'selfcheck.get': { workshopId: ids.workshopId },
    'checklist.get': { phaseId: ids.phaseId },
    'dataMap.get': { phaseId: ids.phaseId },
    'phones.networks': {},
    'phones.status': {},
    'phones.settings.get': { workshopId: ids.workshopId },
    'phones.queue.list': { workshopId: ids.workshopId },
  };
  // A loaded topic screen: no topic chosen yet (null), unless the test says which.
  const loaded = (q: QueryName): unknown => (q === 'workshops.get' ? data : q === 'workshops.topic' ? topic : undefined);
  return QUERIES.filter((q) => concerns(q, inputs[q] as never, event, loaded(q) as never));
}

let tw: TestWorkspace;
let workshop: WorkshopDetail;
let ids: { workshopId: string; phaseId: string; organisationId: string };

beforeEach(async () => {
  tw = createTestWorkspace();
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV' });
  workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag' });
  ids = { workshopId: workshop.id, phaseId: workshop.phases[0]!.id, organisationId: club.id };
  tw.events.length = 0;
});
afterEach(() => tw.cleanup());

describe('the queries the contract declares', () => {
  it('cover every event name they list with one the core knows', () => {
    for (const q of QUERIES) for (const name of Object.keys(queryEvents[q])) expect(EVENT_NAMES).toContain(name);
  });

  it('a card written in a phase reloads that phase’s board and nothing else, not the workshop page', async () => {
    await tw.call<Card>('cards.add', { phaseId: ids.phaseId, text: 'Mehr Junge' });
    expect(tw.events).toHaveLength(1);
    const event = tw.events[0]!;
    expect(reloaded(event, ids, workshop)).toEqual(['cards.board']);
    // The board of another phase of the same workshop stays as it is.
    expect(concerns('cards.board', { phaseId: workshop.phases[2]!.id }, event)).toBe(false);
    // A topic chosen in this phase may have been renamed: its heading reloads; one chosen elsewhere does not.
    const topic = { text: 'Mehr Junge', phaseId: ids.phaseId, position: 0, fromWorkshopId: null, fromTitle: null };
    expect(reloaded(event, ids, workshop, topic).sort()).toEqual(['cards.board', 'workshops.topic']);
    expect(reloaded(event, ids, workshop, { ...topic, phaseId: workshop.phases[4]!.id })).toEqual(['cards.board']);
  });

  it('a changed workshop reloads its page, its club’s lists and its action plan; another workshop’s page stays', async () => {
    await tw.call('workshops.update', { id: ids.workshopId, title: 'Klausur' });
    const event = tw.events.find((e) => e.name === 'workshops.changed')!;
    expect(reloaded(event, ids, workshop).sort()).toEqual([
      'measures.list', 'measures.open', 'measures.review', 'organisations.list', 'organisations.timeline', 'overview.get', 'workshops.get', 'workshops.list', 'workshops.topic',
    ]);
    expect(concerns('workshops.get', { id: 'another' }, event)).toBe(false);
  });

  it('a renamed club reloads the pages of its workshops (known from the data shown), not those of other clubs', async () => {
    await tw.call('organisations.update', { id: ids.organisationId, name: 'TSV 1860' });
    const event = tw.events.find((e) => e.name === 'organisations.changed')!;
    expect(concerns('workshops.get', { id: ids.workshopId }, event, workshop)).toBe(true);
    expect(concerns('workshops.get', { id: ids.workshopId }, event, { ...workshop, organisationId: 'other-club' })).toBe(false);
    // Nothing loaded yet: better once too often.
    expect(concerns('workshops.get', { id: ids.workshopId }, event)).toBe(true);
    expect(reloaded(event, ids, workshop).sort()).toEqual(['organisations.get', 'organisations.list', 'overview.get', 'workshops.get', 'workshops.list']);
  });

  it('a timer, a stakeholder and a self-check rating each reload only their own screens', async () => {
    await tw.call('timer.start', { phaseId: ids.phaseId });
    expect(reloaded(tw.events.at(-1)!, ids, workshop)).toEqual(['live.get']);
    await tw.call('stakeholders.create', { workshopId: ids.workshopId, name: 'Vorstand' });
    expect(reloaded(tw.events.at(-1)!, ids, workshop).sort()).toEqual(['measures.list', 'stakeholders.map']);
    await tw.call('selfcheck.rate', { workshopId: ids.workshopId, dimension: 'communication', ratings: [3, 4] });
    expect(tw.events.at(-1)!.name).toBe('selfcheck.changed');
    expect(reloaded(tw.events.at(-1)!, ids, workshop)).toEqual(['selfcheck.get']);
  });

  it('a database opened again (a restore) reloads every screen but the storage check; a backup made reloads only the list', () => {
    const reopened: AppEvent = { name: 'app.statusChanged', payload: {} };
    // Not reloaded: the storage check (the storage screen reports back) and the laptop's networks (no stored data).
    expect(reloaded(reopened, ids, workshop)).toEqual(QUERIES.filter((q) => q !== 'app.status' && q !== 'phones.networks'));
    expect(reloaded({ name: 'backups.changed', payload: {} }, ids, workshop)).toEqual(['backups.list']);
  });

  it('a workshop list without a club follows every workshop; with one, only that club’s', () => {
    const event: AppEvent = { name: 'workshops.changed', payload: { workshopId: 'w', organisationId: 'other-club' } };
    expect(concerns('workshops.list', { limit: 8 }, event)).toBe(true);
    expect(concerns('workshops.list', { organisationId: ids.organisationId }, event)).toBe(false);
  });
});
