import type { CardBoard } from '../../../src-main/contract';

export interface VoteTargetRow {
  id: string;
  label: string;
  votes: number;
  /** 1 for the most dots; equal dots share a place; null without dots (before anyone voted, nothing ranks). */
  rank: number | null;
  chosen: boolean;
}

/** What the room votes on, in board order (entry) and by dots (result). */
export function voteTargets(board: CardBoard): VoteTargetRow[] {
  const vote = board.vote;
  if (!vote) return [];
  const items = vote.target === 'clusters' ? board.clusters.map((c) => ({ id: c.id, label: c.name, votes: c.votes })) : board.cards.map((c) => ({ id: c.id, label: c.text, votes: c.votes }));
  // Each count's place, looked up once: hundreds of cards would otherwise search the list for every card.
  const place = new Map<number, number>();
  [...items].map((i) => i.votes).sort((a, b) => b - a).forEach((votes, i) => {
    if (!place.has(votes)) place.set(votes, i + 1);
  });
  return items.map((i) => ({ ...i, rank: i.votes > 0 ? place.get(i.votes)! : null, chosen: vote.chosenId === i.id }));
}

export const byVotes = (rows: readonly VoteTargetRow[]): VoteTargetRow[] => [...rows].sort((a, b) => b.votes - a.votes);

/** Two rows show the same: a row drawn for it need not be drawn again. */
export const sameRow = (a: VoteTargetRow, b: VoteTargetRow): boolean =>
  a.id === b.id && a.label === b.label && a.votes === b.votes && a.rank === b.rank && a.chosen === b.chosen;

export const dotsGiven = (rows: readonly VoteTargetRow[]): number => rows.reduce((s, r) => s + r.votes, 0);
