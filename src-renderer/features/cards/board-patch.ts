import type { AppEvent, Card, CardBoard } from '../../../src-main/contract';
import type { QueryOptions } from '../../api/useQuery';

// A board follows the core's card events without loading the whole phase
// again: an event that carries what changed, and comes right after the
// revision the board shows, is applied to it. Anything else (a missed or
// late revision, a change to groups or votes, a database opened again) loads
// the board, so nothing written on a laptop or a phone is ever left out.

/**
 * The cards with this one in it, in the core's order: by position, a card
 * moved or added goes after every card with a position up to its own (the
 * core always gives it the highest); an edit keeps its place.
 */
export function upsertCard(cards: readonly Card[], card: Card): Card[] {
  const at = cards.findIndex((c) => c.id === card.id);
  if (at >= 0 && cards[at]!.position === card.position) {
    const next = cards.slice();
    next[at] = card;
    return next;
  }
  const next = at >= 0 ? cards.filter((c) => c.id !== card.id) : cards.slice();
  let index = next.length;
  while (index > 0 && next[index - 1]!.position > card.position) index -= 1;
  next.splice(index, 0, card);
  return next;
}

/** The board after an event that concerns it, the same board when it already has the change, or 'reload'. */
export function applyCardsEvent(board: CardBoard, event: AppEvent): CardBoard | 'reload' {
  if (event.name !== 'cards.changed') return 'reload';
  const { revision, delta } = event.payload;
  if (revision <= board.revision) return board;
  if (revision !== board.revision + 1 || !delta) return 'reload';
  const removed = new Set(delta.remove);
  let cards = removed.size > 0 ? board.cards.filter((c) => !removed.has(c.id)) : board.cards;
  for (const card of delta.upsert) cards = upsertCard(cards, card);
  return { ...board, cards, revision };
}

/** A load that finished after later events were applied is older than the board shown: it is dropped. */
export const newerBoard = (shown: CardBoard, loaded: CardBoard): boolean => shown.revision > loaded.revision;

/**
 * Cards from phones that come in while the board was just drawn are drawn
 * together a moment later: 40 phones writing at once would otherwise have the
 * laptop draw the board for every card, and take the time the phones'
 * requests need (bench/participants-burst.ts). What the coach does shows at once.
 */
export const PHONE_BURST_MS = 150;

/** How every screen that shows a phase's cards keeps them fresh. */
export const BOARD_UPDATES: QueryOptions<CardBoard> = {
  patch: applyCardsEvent,
  newer: newerBoard,
  throttleMs: (event) => (event.name === 'cards.changed' && event.payload.fromPhone ? PHONE_BURST_MS : 0),
};
