import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionPlan, CardBoard, ClubOpenMeasures, SelfCheck, OrganisationSummary, SampleResult, WorkshopDetail } from '../../../src-main/contract';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
beforeEach(() => {
  tw = createTestWorkspace();
});
afterEach(() => tw.cleanup());

describe('sample club', () => {
  it('loads a club with a finished workshop whose phases all have notes', async () => {
    const result = await tw.call<SampleResult>('sample.load');
    expect(result.created).toBe(true);
    const clubs = await tw.call<OrganisationSummary[]>('organisations.list');
    expect(clubs).toEqual([expect.objectContaining({ name: 'TSV Musterstadt 1908 e.V.', members: 420, workshopCount: 1 })]);
    const workshop = await tw.call<WorkshopDetail>('workshops.get', { id: result.workshopId });
    expect(workshop).toMatchObject({ date: '2026-03-14', participantCount: 11, coach: 'M. Berger' });
    for (const phase of workshop.phases.filter((p) => p.kind !== 'pause')) expect(phase.notes.length, phase.title).toBeGreaterThan(20);
    expect(workshop.phases.find((p) => p.key === 'thema-waehlen')!.notes).toContain('Einarbeitung neuer Übungsleiter:innen');
    const map = await tw.call<{ stakeholders: { name: string }[]; relations: unknown[] }>('stakeholders.map', { workshopId: result.workshopId });
    expect(map.stakeholders).toHaveLength(12);
    expect(map.stakeholders.map((s) => s.name)).toContain('Geschäftsstelle');
    expect(map.relations).toHaveLength(4);
  });

  it('has an action plan of eight measures, most traced to pain points, one late and one followed up', async () => {
    const { workshopId, organisationId } = await tw.call<SampleResult>('sample.load');
    const plan = await tw.call<ActionPlan>('measures.list', { workshopId });
    expect(plan.measures).toHaveLength(8);
    expect(plan.measures.filter((m) => m.overdue).map((m) => m.title)).toEqual(['Schlüsselliste anlegen']);
    expect(plan.measures.filter((m) => m.origin?.markerKind === 'pain')).toHaveLength(4);
    expect(plan.measures.every((m) => !m.origin || m.origin.exists)).toBe(true);
    const statuses = new Set(plan.measures.map((m) => m.status));
    expect([...statuses].sort()).toEqual(['blocked', 'done', 'in_progress', 'open']);
    const followedUp = plan.measures.find((m) => m.title === 'Einarbeitungs-Checkliste erstellen')!;
    expect(followedUp.history.map((h) => h.note)).toHaveLength(2);
    const open = await tw.call<ClubOpenMeasures>('measures.open', { organisationId });
    expect(open.measures).toHaveLength(7);
    expect(open.measures[0]!.title).toBe('Schlüsselliste anlegen');
  });

  it('has cards with clusters in its card phases, the topic vote with the chosen topic, and a filled self-check', async () => {
    const { workshopId } = await tw.call<SampleResult>('sample.load');
    const workshop = await tw.call<WorkshopDetail>('workshops.get', { id: workshopId });
    const topics = await tw.call<CardBoard>('cards.board', { phaseId: workshop.phases.find((p) => p.key === 'thema-waehlen')!.id });
    expect(topics.clusters.map((c) => [c.name, c.votes])).toEqual([
      ['Einarbeitung neuer Übungsleiter:innen', 9],
      ['Mitgliederverwaltung aus Excel lösen', 7],
      ['Hallenbelegung und Terminabsprachen', 5],
      ['Website erneuern', 2],
    ]);
    expect(topics.vote).toMatchObject({ dotsPerPerson: 3, participants: 11, chosenId: topics.clusters[0]!.id });
    for (const key of ['ankommen', 'werte', 'abschluss']) {
      const board = await tw.call<CardBoard>('cards.board', { phaseId: workshop.phases.find((p) => p.key === key)!.id });
      expect(board.cards.length, key).toBeGreaterThanOrEqual(4);
    }
    const check = await tw.call<SelfCheck>('selfcheck.get', { workshopId });
    expect(check.entries.map((e) => e.value)).toEqual([2, 3, 2, 1, 2, 3, 3, 2]);
  });

  it('loading it again opens the existing sample instead of a copy', async () => {
    const first = await tw.call<SampleResult>('sample.load');
    const second = await tw.call<SampleResult>('sample.load');
    expect(second).toEqual({ ...first, created: false });
    expect(await tw.call<unknown[]>('organisations.list')).toHaveLength(1);
  });
});
