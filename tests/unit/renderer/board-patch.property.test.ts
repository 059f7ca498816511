import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, Card, CardBoard, CardSnapshot, Cluster, WorkshopDetail } from '../../../src-main/contract';
import { DAY_WORKSHOP_TEMPLATE_ID } from '../../../src-main/core';
import { applyCardsEvent, newerBoard, upsertCard } from '../../../src-renderer/features/cards/board-patch';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

// A board that follows the core's card events, applied one by one, shows
// exactly what a fresh load shows, whatever the room did; an event missed or
// out of order makes it load again instead of showing something wrong.

const SEED = { seed: 20261130, numRuns: 40 };
const COLORS = ['yellow', 'blue', 'green', 'pink', 'orange', 'white'] as const;

type Op =
  | { kind: 'add'; text: string; group: number | null; resultFirst: boolean }
  | { kind: 'edit'; pick: number; text: string; color: (typeof COLORS)[number] }
  | { kind: 'move'; picks: number[]; group: number | null }
  | { kind: 'delete'; picks: number[] }
  | { kind: 'group'; picks: number[] }
  | { kind: 'undo' };

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== '');
const group = fc.option(fc.nat(3), { nil: null });
const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 3 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), text, group, resultFirst: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), text, color: fc.constantFrom(...COLORS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), picks, group }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), picks }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('group' as const), picks }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

let tw: TestWorkspace;
let clubId: string;
beforeAll(async () => {
  tw = createTestWorkspace();
  clubId = (await tw.call<{ id: string }>('organisations.create', { name: 'TSV' })).id;
});
afterAll(() => tw.cleanup());

/** A fresh cards phase with two groups, as a screen first loads it. */
async function freshPhase(): Promise<{ phaseId: string; clusters: string[]; board: CardBoard }> {
  const w = await tw.call<WorkshopDetail>('workshops.create', { organisationId: clubId, templateId: DAY_WORKSHOP_TEMPLATE_ID, title: 'Tag' });
  const phaseId = w.phases.find((p) => p.kind === 'cards')!.id;
  const clusters = [];
  for (const name of ['Ideen', 'Sorgen']) clusters.push((await tw.call<Cluster>('clusters.add', { phaseId, name })).id);
  return { phaseId, clusters, board: await tw.call<CardBoard>('cards.board', { phaseId }) };
}

const load = (phaseId: string): Promise<CardBoard> => tw.call<CardBoard>('cards.board', { phaseId });
const chosen = (cards: readonly Card[], picks: readonly number[]): string[] => [...new Set(picks.map((p) => cards[p % cards.length]!.id))];

/** Runs one step in the core; returns the coach's own result to apply (an added card) if any. */
async function run(o: Op, phaseId: string, clusters: string[], truth: CardBoard, undo: CardSnapshot[]): Promise<Card | null> {
  const cards = truth.cards;
  const target = (g: number | null): string | null => (g === null ? null : (clusters[g % clusters.length] ?? null));
  if (o.kind === 'add') return tw.call<Card>('cards.add', { phaseId, text: o.text, clusterId: target(o.group) });
  if (cards.length === 0) return null;
  if (o.kind === 'edit') await tw.call('cards.update', { id: cards[o.pick % cards.length]!.id, text: o.text, color: o.color });
  if (o.kind === 'move') await tw.call('cards.move', { ids: chosen(cards, o.picks), clusterId: target(o.group) });
  if (o.kind === 'delete') undo.push(await tw.call<CardSnapshot>('cards.delete', { ids: chosen(cards, o.picks) }));
  if (o.kind === 'group') clusters.push((await tw.call<Cluster>('clusters.add', { phaseId, name: 'Neu', cardIds: chosen(cards, o.picks) })).id);
  if (o.kind === 'undo' && undo.length > 0) await tw.call('cards.restore', undo.pop()!);
  return null;
}

/** Follows the events as a screen does: applied when it can, loaded again when it cannot. */
async function follow(board: CardBoard, events: AppEvent[], phaseId: string): Promise<{ board: CardBoard; loads: number }> {
  let loads = 0;
  for (const event of events) {
    const next = applyCardsEvent(board, event);
    if (next !== 'reload') {
      board = next;
      continue;
    }
    loads += 1;
    board = await load(phaseId);
  }
  return { board, loads };
}

describe('a card board following events', () => {
  it('ends where a fresh load is, after any adds, edits, moves and deletes; groups and undo load it again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { phaseId, clusters, board: start } = await freshPhase();
        let board = start;
        let truth = start;
        const undo: CardSnapshot[] = [];
        for (const o of ops) {
          tw.events.length = 0;
          const own = await run(o, phaseId, clusters, truth, undo);
          // The coach's own screen puts in the card the call returned: before or after its event arrives.
          if (own && o.kind === 'add' && o.resultFirst) board = { ...board, cards: upsertCard(board.cards, own) };
          const followed = await follow(board, tw.events.filter((e) => e.name === 'cards.changed'), phaseId);
          board = followed.board;
          // Cards alone never need a load; groups and undo may.
          if (o.kind !== 'group' && o.kind !== 'undo') expect(followed.loads).toBe(0);
          if (own && o.kind === 'add' && !o.resultFirst) board = { ...board, cards: upsertCard(board.cards, own) };
          truth = await load(phaseId);
          expect(board).toEqual(truth);
        }
      }),
      SEED,
    );
  });

  it('loads again when an event is missed or comes out of order, and ignores one it already has', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 3, maxLength: 8 }), fc.nat(), async (texts, skip) => {
        const { phaseId, board: start } = await freshPhase();
        tw.events.length = 0;
        for (const t of texts) await tw.call('cards.add', { phaseId, text: t });
        const events = tw.events.filter((e) => e.name === 'cards.changed');
        const missed = skip % (events.length - 1);
        let board = start;
        for (const [i, event] of events.entries()) {
          if (i === missed) continue;
          const next = applyCardsEvent(board, event);
          if (i === missed + 1) {
            expect(next).toBe('reload');
            board = await load(phaseId);
          } else {
            expect(next).not.toBe('reload');
            board = next as CardBoard;
          }
        }
        expect(board).toEqual(await load(phaseId));
        // An event the board already has changes nothing; a load older than the board is dropped.
        expect(applyCardsEvent(board, events[0]!)).toBe(board);
        expect(newerBoard(board, start)).toBe(true);
      }),
      { ...SEED, numRuns: 20 },
    );
  });
});
