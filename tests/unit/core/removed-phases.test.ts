import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardBoard, LiveState, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
let clock = Date.UTC(2026, 2, 14, 9);
beforeEach(() => {
  clock = Date.UTC(2026, 2, 14, 9);
  tw = createTestWorkspace({ now: () => new Date((clock += 1000)) });
});
afterEach(() => tw.cleanup());

type Phase = WorkshopDetail['phases'][number];
const plain = ({ id, key, title, kind, minutes, purpose, instructions, prompts, materials, notes }: Phase) => ({ id, key, title, kind, minutes, purpose, instructions, prompts, materials, notes });

/** A workshop whose first phase has cards, a group, dots and a paused timer. */
async function workshopWithResults(): Promise<{ workshop: WorkshopDetail; phase: Phase; board: CardBoard; timer: LiveState['timers'][number] }> {
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV' });
  const workshop = await tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag' });
  const phase = workshop.phases[0]!;
  const cards = [];
  for (const text of ['Mehr Junge', 'Weniger Zettel', 'Schlüssel 🔑 & „Listen“']) cards.push(await tw.call<{ id: string }>('cards.add', { phaseId: phase.id, text, author: 'Anna' }));
  await tw.call('clusters.add', { phaseId: phase.id, name: 'Ordnung', cardIds: [cards[1]!.id, cards[2]!.id] });
  await tw.call('votes.start', { phaseId: phase.id, target: 'cards', dotsPerPerson: 3, participants: 12 });
  await tw.call('votes.set', { phaseId: phase.id, targetId: cards[0]!.id, count: 5 });
  await tw.call('votes.choose', { phaseId: phase.id, targetId: cards[0]!.id });
  await tw.call('timer.start', { phaseId: phase.id });
  await tw.call('timer.pause', { phaseId: phase.id });
  const board = await tw.call<CardBoard>('cards.board', { phaseId: phase.id });
  const live = await tw.call<LiveState>('live.get', { workshopId: workshop.id });
  return { workshop, phase, board, timer: live.timers.find((t) => t.phaseId === phase.id)! };
}

const rowsFor = (phaseId: string): number =>
  (tw.workspace.connection!.prepare('SELECT (SELECT COUNT(*) FROM cards WHERE phase_id = ?) + (SELECT COUNT(*) FROM card_clusters WHERE phase_id = ?) AS n').get(phaseId, phaseId) as { n: number }).n;

describe('a phase removed from the agenda', () => {
  it('comes back with its cards, group, dots, chosen topic and timer when undo puts it back', async () => {
    const { workshop, phase, board, timer } = await workshopWithResults();
    const rest = workshop.phases.slice(1).map(plain);
    await tw.call('workshops.phases.save', { workshopId: workshop.id, phases: rest });
    expect(rowsFor(phase.id)).toBe(0);
    expect((await tw.api.invoke('cards.board', { phaseId: phase.id })).ok).toBe(false);

    const undone = await tw.call<WorkshopDetail>('workshops.phases.save', { workshopId: workshop.id, phases: [plain(phase), ...rest] });
    expect(undone.phases[0]!.id).toBe(phase.id);
    // The same content; the revision counts on (screens load it again).
    expect(await tw.call<CardBoard>('cards.board', { phaseId: phase.id })).toEqual({ ...board, revision: expect.any(Number) as number });
    const live = await tw.call<LiveState>('live.get', { workshopId: workshop.id });
    expect(live.timers.find((t) => t.phaseId === phase.id)).toEqual(timer);
    expect(tw.workspace.connection!.prepare('SELECT COUNT(*) AS n FROM removed_phase_results').get()).toEqual({ n: 0 });
  });

  it('does not count on while it is gone: a running timer comes back paused, and open screens are told', async () => {
    const { workshop, phase } = await workshopWithResults();
    await tw.call('timer.start', { phaseId: phase.id });
    const rest = workshop.phases.slice(1).map(plain);
    tw.events.length = 0;
    await tw.call('workshops.phases.save', { workshopId: workshop.id, phases: rest });
    expect(tw.events).toEqual(expect.arrayContaining([{ name: 'cards.changed', payload: { workshopId: workshop.id, phaseId: phase.id, revision: expect.any(Number) as number } }, { name: 'live.changed', payload: { workshopId: workshop.id } }]));
    const removedAt = clock;
    clock += 60 * 60 * 1000;
    tw.events.length = 0;
    await tw.call('workshops.phases.save', { workshopId: workshop.id, phases: [plain(phase), ...rest] });
    expect(tw.events).toEqual(expect.arrayContaining([{ name: 'cards.changed', payload: { workshopId: workshop.id, phaseId: phase.id, revision: expect.any(Number) as number } }]));
    const timer = (await tw.call<LiveState>('live.get', { workshopId: workshop.id })).timers.find((t) => t.phaseId === phase.id)!;
    expect(timer).toMatchObject({ state: 'paused', startedAt: null });
    // Counted until it was removed (a few ticks of the test clock), not the hour it was gone.
    expect(timer.elapsedMs).toBeLessThan(removedAt - Date.UTC(2026, 2, 14, 9));
  });

  it('is never handed to another workshop that names its id', async () => {
    const { workshop, phase } = await workshopWithResults();
    await tw.call('workshops.phases.save', { workshopId: workshop.id, phases: workshop.phases.slice(1).map(plain) });
    const other = await tw.call<WorkshopDetail>('workshops.create', { organisationId: workshop.organisationId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Anderer Tag' });
    const taken = await tw.api.invoke('workshops.phases.save', { workshopId: other.id, phases: [plain(phase), ...other.phases.map(plain)] });
    expect(taken.ok).toBe(false);
    expect(rowsFor(phase.id)).toBe(0);
  });

  it('keeps nothing for a phase without results, and forgets what was removed a week ago', async () => {
    const { workshop, phase } = await workshopWithResults();
    const empty = workshop.phases[2]!;
    const rest = workshop.phases.filter((p) => p.id !== phase.id && p.id !== empty.id).map(plain);
    await tw.call('workshops.phases.save', { workshopId: workshop.id, phases: rest });
    expect(tw.workspace.connection!.prepare('SELECT phase_id FROM removed_phase_results').all()).toEqual([{ phase_id: phase.id }]);
    clock += 8 * 24 * 60 * 60 * 1000;
    const back = await tw.call<WorkshopDetail>('workshops.phases.save', { workshopId: workshop.id, phases: [plain(phase), ...rest] });
    expect(back.phases[0]!.id).toBe(phase.id);
    expect(rowsFor(phase.id)).toBe(0);
  });

  it('is forgotten with its workshop', async () => {
    const { workshop, phase } = await workshopWithResults();
    await tw.call('workshops.phases.save', { workshopId: workshop.id, phases: workshop.phases.slice(1).map(plain) });
    await tw.call('workshops.delete', { id: workshop.id });
    expect(tw.workspace.connection!.prepare('SELECT COUNT(*) AS n FROM removed_phase_results WHERE phase_id = ?').get(phase.id)).toEqual({ n: 0 });
  });
});
