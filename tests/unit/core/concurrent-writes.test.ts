import { afterEach, describe, expect, it } from 'vitest';
import type { CardBoard, WorkshopDetail } from '../../../src-main/contract';
import type { CoreContext } from '../../../src-main/core/context';
import { castBallot } from '../../../src-main/core/live/votes';
import { loadSample } from '../../../src-main/core/sample/load-sample';
import { savePhaseNote } from '../../../src-main/core/services/phases';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core/templates/builtin';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// The desktop app and the browser host may open one data folder at once: two
// connections to one file. Each test lets connection B finish a whole call at
// the worst moment for connection A, just before A takes the write lock, and
// checks that A decides on what is stored then, not on what it read before.

let first: TestWorkspace | undefined;
let second: TestWorkspace | undefined;
afterEach(() => {
  second?.workspace.close();
  first?.cleanup();
  first = second = undefined;
});

/** Two workspaces on one data folder sharing one clock that moves on a second per reading. */
function twoConnections(): [TestWorkspace, TestWorkspace] {
  let time = Date.parse('2026-03-14T09:00:00Z');
  const now = (): Date => new Date((time += 1000));
  first = createTestWorkspace({ now });
  second = createTestWorkspace({ now, dir: first.dir });
  return [first, second];
}

/** A's context, in which `other` runs to completion right before A's first BEGIN IMMEDIATE. */
function racedBy(a: CoreContext, other: () => void): CoreContext {
  let done = false;
  return {
    get db() {
      return a.db;
    },
    sql(source) {
      if (source === 'BEGIN IMMEDIATE' && !done) {
        done = true;
        other();
      }
      return a.sql(source);
    },
    now: () => a.now(),
    newId: () => a.newId(),
    emit: (event) => a.emit(event),
  };
}

async function dayWorkshop(tw: TestWorkspace): Promise<WorkshopDetail> {
  const club = await tw.call<{ id: string }>('organisations.create', { name: 'TSV Beispiel e.V.' });
  return tw.call<WorkshopDetail>('workshops.create', { organisationId: club.id, title: 'Klausur', templateId: DAY_WORKSHOP_TEMPLATE_ID });
}

describe('two connections writing at the same moment', () => {
  it('"Beispiel laden" on both makes one sample club', () => {
    const [a, b] = twoConnections();
    let fromB: ReturnType<typeof loadSample> | undefined;
    const fromA = loadSample(racedBy(a.workspace.context, () => (fromB = loadSample(b.workspace.context))));
    expect(fromB?.created).toBe(true);
    expect(fromA).toEqual({ ...fromB, created: false });
    const clubs = a.workspace.connection!.prepare('SELECT COUNT(*) AS n FROM organisations').get() as { n: number };
    expect(clubs.n).toBe(1);
  });

  it('a ballot counts against the dots the other connection has just used up', async () => {
    const [a, b] = twoConnections();
    const workshop = await dayWorkshop(a);
    const phaseId = workshop.phases.find((p) => p.key === 'thema-waehlen')!.id;
    const card = await a.call<{ id: string }>('cards.add', { phaseId, text: 'Website erneuern' });
    await a.call('votes.start', { phaseId, target: 'cards', dotsPerPerson: 1, participants: 2 });
    await a.call('votes.ballot', { phaseId, dots: [{ targetId: card.id, count: 1 }] });

    const lastBallot = { phaseId, dots: [{ targetId: card.id, count: 1 }] };
    const raced = racedBy(a.workspace.context, () => void castBallot(b.workspace.context, lastBallot));
    expect(() => castBallot(raced, lastBallot)).toThrow('errors.votes.allVoted');

    const board = await b.call<CardBoard>('cards.board', { phaseId });
    expect(board.cards[0]!.votes).toBe(2);
    expect(board.vote).toMatchObject({ ballots: 2 });
  });

  it('a note saved after a wait for the lock carries the later time', async () => {
    const [a, b] = twoConnections();
    const phaseId = (await dayWorkshop(a)).phases[0]!.id;
    let fromB = '';
    const raced = racedBy(a.workspace.context, () => (fromB = savePhaseNote(b.workspace.context, { phaseId, text: 'von B' }).updatedAt));
    const fromA = savePhaseNote(raced, { phaseId, text: 'von A' });
    expect(fromA.updatedAt > fromB).toBe(true);
    const stored = b.workspace.connection!.prepare('SELECT notes, notes_updated_at AS at FROM workshop_phases WHERE id = ?').get(phaseId);
    expect(stored).toEqual({ notes: 'von A', at: fromA.updatedAt });
  });
});
