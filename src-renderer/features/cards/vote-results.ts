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
  const sorted = [...items].map((i) => i.votes).sort((a, b) => b - a);
  return items.map((i) => ({ ...i, rank: i.votes > 0 ? sorted.indexOf(i.votes) + 1 : null, chosen: vote.chosenId === i.id }));
}

export const byVotes = (rows: readonly VoteTargetRow[]): VoteTargetRow[] => [...rows].sort((a, b) => b.votes - a.votes);

export const dotsGiven = (rows: readonly VoteTargetRow[]): number => rows.reduce((s, r) => s + r.votes, 0);
