import { afterEach, describe, expect, it } from 'vitest';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// Every call that adds something to a parent (a workshop, a diagram, a phase…)
// answers "not found" when the parent is unknown, never a database conflict,
// and writes nothing.

let tw: TestWorkspace | undefined;
afterEach(() => tw?.cleanup());

const GONE = 'gibt-es-nicht';

const CALLS: [method: string, input: Record<string, unknown>][] = [
  ['workshops.create', { organisationId: GONE, title: 'Klausur', templateId: 'builtin-day-workshop' }],
  ['stakeholders.create', { workshopId: GONE, name: 'Vorstand' }],
  ['relations.create', { sourceId: GONE, targetId: `${GONE}-2` }],
  ['process.create', { workshopId: GONE, variant: 'ist', laneNames: ['Vorstand'] }],
  ['process.copyIstToSoll', { workshopId: GONE }],
  ['process.lanes.add', { diagramId: GONE, name: 'Kasse' }],
  ['process.steps.add', { diagramId: GONE, laneId: GONE, label: 'Antrag stellen' }],
  ['process.edges.add', { sourceId: GONE, targetId: `${GONE}-2` }],
  ['process.markers.add', { stepId: GONE, kind: 'pain', text: 'dauert lange' }],
  ['measures.create', { workshopId: GONE, title: 'Newsletter' }],
  ['cards.add', { phaseId: GONE, text: 'Mehr Austausch' }],
  ['clusters.add', { phaseId: GONE, name: 'Austausch' }],
  ['votes.start', { phaseId: GONE, target: 'cards', dotsPerPerson: 3, participants: 5 }],
  ['selfcheck.set', { workshopId: GONE, dimension: 'communication', agreed: 3 }],
  ['selfcheck.rate', { workshopId: GONE, dimension: 'communication', ratings: [3] }],
  ['timer.start', { phaseId: GONE }],
  ['live.show', { workshopId: GONE, phaseId: null }],
  ['phases.saveNote', { phaseId: GONE, text: 'Notiz' }],
  ['templates.fromWorkshop', { workshopId: GONE, name: 'Meine Vorlage' }],
  ['templates.duplicate', { id: GONE }],
];

describe('adding to a parent that does not exist', () => {
  it.each(CALLS)('%s answers "not found"', async (method, input) => {
    tw = createTestWorkspace();
    const result = await tw.api.invoke(method, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error, JSON.stringify(result.error)).toMatchObject({ kind: 'not_found' });
    expect(result.error.messageKey).toMatch(/^errors\.notFound\./);
  });
});
