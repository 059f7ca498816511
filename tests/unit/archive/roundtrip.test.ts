import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CardBoard, Measure, ProcessDiagram, Stakeholder, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';
import { exportClub, exportWorkshop, importBytes, normalisedContent } from './helpers';

const SEED = 1313;

const text = (max: number) => fc.string({ minLength: 0, maxLength: max }).map((s) => `T ${s}`.trim());
const plan = fc.record({
  club: text(40),
  notes: fc.array(text(80), { maxLength: 3 }),
  names: text(60),
  consent: fc.boolean(),
  cards: fc.array(fc.record({ text: text(60), color: fc.constantFrom('yellow', 'blue', 'green', 'pink'), group: fc.nat(3) }), { maxLength: 12 }),
  groups: fc.array(text(20), { maxLength: 3 }),
  votes: fc.array(fc.nat(5), { maxLength: 4 }),
  stakeholders: fc.array(fc.record({ name: text(30), influence: fc.integer({ min: 1, max: 5 }), attitude: fc.constantFrom('supportive', 'neutral', 'critical') }), { maxLength: 5 }),
  relations: fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 4 }),
  steps: fc.array(fc.record({ label: text(30), lane: fc.nat(2), marker: fc.option(text(30), { nil: null }) }), { maxLength: 8 }),
  copySoll: fc.boolean(),
  measures: fc.array(fc.record({ title: text(40), origin: fc.constantFrom('none', 'marker', 'stakeholder', 'step', 'note'), followUp: fc.option(text(40), { nil: null }) }), { maxLength: 5 }),
  ratings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 6 }),
  agreed: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
});
type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;

/** Fills a workshop through the API, the way a coach's day does. */
async function fill(tw: TestWorkspace, p: Plan, organisationId?: string): Promise<{ organisationId: string; workshopId: string }> {
  const club = organisationId ? { id: organisationId } : await tw.call<{ id: string }>('organisations.create', { name: p.club });
  const w = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: `Tag ${p.club}` });
  await tw.call('workshops.update', { id: w.id, participantNames: p.names, participantsConsent: p.consent });
  for (const [i, note] of p.notes.entries()) await tw.call('phases.saveNote', { phaseId: w.phases[i]!.id, text: note });
  const voting = w.phases.find((ph) => ph.kind === 'voting')!;
  const cardIds: string[] = [];
  for (const c of p.cards) cardIds.push((await tw.call<{ id: string }>('cards.add', { phaseId: voting.id, text: c.text, color: c.color })).id);
  for (const [g, name] of p.groups.entries()) {
    const members = cardIds.filter((_id, i) => p.cards[i]!.group === g);
    await tw.call('clusters.add', { phaseId: voting.id, name, cardIds: members });
  }
  if (cardIds.length > 0 && p.votes.length > 0) {
    await tw.call('votes.start', { phaseId: voting.id, target: 'cards', dotsPerPerson: 3, participants: 10 });
    for (const [i, n] of p.votes.entries()) await tw.call('votes.set', { phaseId: voting.id, targetId: cardIds[i % cardIds.length]!, count: n });
    await tw.call<CardBoard>('votes.choose', { phaseId: voting.id, targetId: cardIds[0]! });
  }
  const people: Stakeholder[] = [];
  for (const s of p.stakeholders) people.push(await tw.call<Stakeholder>('stakeholders.create', { workshopId: w.id, name: s.name, influence: s.influence, attitude: s.attitude }));
  for (const [a, b] of p.relations) {
    if (people.length > 1 && a % people.length !== b % people.length) {
      await tw.call('relations.create', { sourceId: people[a % people.length]!.id, targetId: people[b % people.length]!.id });
    }
  }
  let diagram: ProcessDiagram | null = null;
  if (p.steps.length > 0) {
    diagram = await tw.call<ProcessDiagram>('process.create', { workshopId: w.id, variant: 'ist', laneNames: ['Vorstand', 'Ehrenamt', 'Mitglieder'] });
    let after: string | undefined;
    for (const s of p.steps) {
      const { step } = await tw.call<{ step: { id: string } }>('process.steps.add', { diagramId: diagram.id, laneId: diagram.lanes[s.lane]!.id, label: s.label, ...(after ? { after } : {}) });
      after = step.id;
      if (s.marker) await tw.call('process.markers.add', { stepId: step.id, kind: 'pain', text: s.marker, severity: 2 });
    }
    diagram = await tw.call<ProcessDiagram>('process.get', { workshopId: w.id, variant: 'ist' });
    if (p.copySoll) await tw.call('process.copyIstToSoll', { workshopId: w.id });
  }
  for (const m of p.measures) {
    const origin =
      m.origin === 'marker' && diagram?.markers[0] ? { kind: 'marker', id: diagram.markers[0].id }
      : m.origin === 'step' && diagram?.steps[0] ? { kind: 'step', id: diagram.steps[0].id }
      : m.origin === 'stakeholder' && people[0] ? { kind: 'stakeholder', id: people[0].id }
      : m.origin === 'note' ? { kind: 'note', id: w.phases[0]!.id, excerpt: 'Auszug' }
      : null;
    const measure = await tw.call<Measure>('measures.create', { workshopId: w.id, title: m.title, origin });
    if (m.followUp) await tw.call('measures.followUp', { id: measure.id, date: '2026-05-01', status: 'in_progress', note: m.followUp });
  }
  if (p.ratings.length > 0) await tw.call('selfcheck.rate', { workshopId: w.id, dimension: 'tools', ratings: p.ratings });
  if (p.agreed !== null) await tw.call('selfcheck.set', { workshopId: w.id, dimension: 'privacy', agreed: p.agreed, note: 'besprochen' });
  return { organisationId: club.id, workshopId: w.id };
}

describe('workshop file round trip', () => {
  const workspaces: TestWorkspace[] = [];
  afterAll(() => workspaces.forEach((tw) => tw.cleanup()));

  it('export, import into an empty workspace, export again: the same content (ids and times aside)', async () => {
    await fc.assert(
      fc.asyncProperty(plan, fc.option(plan, { nil: null }), async (p, secondWorkshop) => {
        const source = createTestWorkspace();
        const target = createTestWorkspace();
        const reimported = createTestWorkspace();
        workspaces.push(source, target, reimported);
        const { organisationId, workshopId } = await fill(source, p);
        // With a second plan: a club with two workshops, passed on as a whole.
        const ids = [workshopId];
        if (secondWorkshop) ids.push((await fill(source, secondWorkshop, organisationId)).workshopId);
        const bytes = secondWorkshop ? await exportClub(source, organisationId) : await exportWorkshop(source, workshopId);
        const report = importBytes(target, bytes);
        expect(report.droppedCount).toBe(0);
        expect(report.workshops).toHaveLength(ids.length);
        const again = secondWorkshop ? await exportClub(target, report.organisationId) : await exportWorkshop(target, report.workshops[0]!.id);
        const second = importBytes(reimported, again);
        const expected = normalisedContent(source, ids);
        expect(normalisedContent(target, report.workshops.map((w) => w.id))).toEqual(expected);
        expect(normalisedContent(reimported, second.workshops.map((w) => w.id))).toEqual(expected);
        for (const tw of [source, target, reimported]) tw.cleanup();
        workspaces.length = 0;
      }),
      { seed: SEED, numRuns: 15 },
    );
  }, 60_000);

  it('importing the same file twice gives two copies with their own ids', async () => {
    const tw = createTestWorkspace();
    workspaces.push(tw);
    const sample = await tw.call<{ organisationId: string; workshopId: string }>('sample.load');
    const bytes = await exportWorkshop(tw, sample.workshopId);
    const first = importBytes(tw, bytes);
    const second = importBytes(tw, bytes);
    expect(first.organisationId).not.toBe(second.organisationId);
    expect(first.workshops[0]!.id).not.toBe(second.workshops[0]!.id);
    const clubs = await tw.call<unknown[]>('organisations.list');
    expect(clubs).toHaveLength(3);
    expect(normalisedContent(tw, [second.workshops[0]!.id])).toEqual(normalisedContent(tw, [sample.workshopId]));
  });

  it('carries participant names only where they consented', async () => {
    const tw = createTestWorkspace();
    workspaces.push(tw);
    const sample = await tw.call<{ organisationId: string; workshopId: string }>('sample.load');
    await tw.call('workshops.update', { id: sample.workshopId, participantNames: 'Anna\nBernd', participantsConsent: false });
    const report = importBytes(tw, await exportWorkshop(tw, sample.workshopId));
    const copy = await tw.call<WorkshopDetail>('workshops.get', { id: report.workshops[0]!.id });
    expect(copy.participantNames).toBe('');
    await tw.call('workshops.update', { id: sample.workshopId, participantsConsent: true });
    const again = importBytes(tw, await exportWorkshop(tw, sample.workshopId));
    expect((await tw.call<WorkshopDetail>('workshops.get', { id: again.workshops[0]!.id })).participantNames).toBe('Anna\nBernd');
  });
});
