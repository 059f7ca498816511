import type { Card, CardBoard, CardSnapshot, Cluster, MethodParsedInput, VoteSession } from '../../contract';
import { type CoreContext, isoNow, writeTransaction } from '../context';
import { CoreError, notFound } from '../errors';
import { cardRevision, cardsChanged, requirePhase } from './phases';

// Cards of a phase, grouped into clusters. Deleting hands back what was
// removed, so that undo puts it back exactly.

interface CardRow {
  id: string;
  workshop_id: string;
  phase_id: string;
  text: string;
  color: Card['color'];
  author: string;
  cluster_id: string | null;
  position: number;
  votes: number;
  created_at: string;
  origin: Card['origin'];
}
interface ClusterRow {
  id: string;
  workshop_id: string;
  phase_id: string;
  name: string;
  position: number;
  votes: number;
}
interface SessionRow {
  phase_id: string;
  target: VoteSession['target'];
  dots_per_person: number;
  participants: number;
  ballots: number;
  chosen_id: string | null;
}

export const toCard = (r: CardRow): Card => ({
  id: r.id,
  workshopId: r.workshop_id,
  phaseId: r.phase_id,
  text: r.text,
  color: r.color,
  author: r.author,
  clusterId: r.cluster_id,
  position: r.position,
  votes: r.votes,
  createdAt: r.created_at,
  origin: r.origin,
});
const toCluster = (r: ClusterRow): Cluster => ({ id: r.id, phaseId: r.phase_id, name: r.name, position: r.position, votes: r.votes });
export const toSession = (r: SessionRow): VoteSession => ({
  phaseId: r.phase_id,
  target: r.target,
  dotsPerPerson: r.dots_per_person,
  participants: r.participants,
  ballots: r.ballots,
  chosenId: r.chosen_id,
});

export function getBoard(ctx: CoreContext, phaseId: string): CardBoard {
  const phase = requirePhase(ctx, phaseId);
  const cards = (ctx.sql('SELECT * FROM cards WHERE phase_id = ? ORDER BY position, rowid').all(phaseId) as CardRow[]).map(toCard);
  const clusters = (ctx.sql('SELECT * FROM card_clusters WHERE phase_id = ? ORDER BY position, rowid').all(phaseId) as ClusterRow[]).map(toCluster);
  const session = ctx.sql('SELECT * FROM vote_sessions WHERE phase_id = ?').get(phaseId) as SessionRow | undefined;
  const revision = cardRevision(phaseId);
  return { workshopId: phase.workshop_id, phaseId, cards, clusters, vote: session ? toSession(session) : null, revision };
}

export function findCard(ctx: CoreContext, id: string): CardRow {
  const row = ctx.sql('SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;
  if (!row) throw notFound('card');
  return row;
}

export function findCluster(ctx: CoreContext, id: string): ClusterRow {
  const row = ctx.sql('SELECT * FROM card_clusters WHERE id = ?').get(id) as ClusterRow | undefined;
  if (!row) throw notFound('cluster');
  return row;
}

/** A cluster of this phase, or null; a cluster of another phase is refused. */
function clusterIn(ctx: CoreContext, phaseId: string, clusterId: string | null): string | null {
  if (clusterId === null) return null;
  if (findCluster(ctx, clusterId).phase_id !== phaseId) throw new CoreError('validation', 'errors.cards.otherPhase');
  return clusterId;
}

const nextPosition = (ctx: CoreContext, table: 'cards' | 'card_clusters', phaseId: string): number =>
  ((ctx.sql(`SELECT MAX(position) AS p FROM ${table} WHERE phase_id = ?`).get(phaseId) as { p: number | null }).p ?? 0) + 1;

export function addCard(ctx: CoreContext, input: MethodParsedInput<'cards.add'>): Card {
  const id = ctx.newId();
  // Checks, position and time under the write lock: another connection may add or delete meanwhile.
  return writeTransaction(ctx, (events) => {
    const phase = requirePhase(ctx, input.phaseId);
    const clusterId = clusterIn(ctx, input.phaseId, input.clusterId);
    const now = isoNow(ctx);
    ctx
      .sql(
        `INSERT INTO cards (id, workshop_id, phase_id, text, color, author, cluster_id, position, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, phase.workshop_id, input.phaseId, input.text, input.color, input.author.trim(), clusterId, nextPosition(ctx, 'cards', input.phaseId), now, now);
    const card = toCard(findCard(ctx, id));
    events.push(cardsChanged(phase.workshop_id, input.phaseId, { upsert: [card], remove: [] }));
    return card;
  });
}

export function updateCard(ctx: CoreContext, input: MethodParsedInput<'cards.update'>): Card {
  return writeTransaction(ctx, (events) => {
    const card = findCard(ctx, input.id);
    ctx
      .sql('UPDATE cards SET text = COALESCE(?, text), color = COALESCE(?, color), author = COALESCE(?, author), updated_at = ? WHERE id = ?')
      .run(input.text ?? null, input.color ?? null, input.author?.trim() ?? null, isoNow(ctx), card.id);
    const updated = toCard(findCard(ctx, card.id));
    events.push(cardsChanged(card.workshop_id, card.phase_id, { upsert: [updated], remove: [] }));
    return updated;
  });
}

function samePhase(rows: readonly { phase_id: string }[]): string {
  const phaseId = rows[0]!.phase_id;
  if (rows.some((r) => r.phase_id !== phaseId)) throw new CoreError('validation', 'errors.cards.otherPhase');
  return phaseId;
}

/** Moves the cards without telling anyone: the caller's event says what changed. */
function placeCards(ctx: CoreContext, ids: readonly string[], target: string | null): { workshopId: string; phaseId: string; cards: Card[] } {
  const rows = [...new Set(ids)].map((id) => findCard(ctx, id));
  const phaseId = samePhase(rows);
  const clusterId = clusterIn(ctx, phaseId, target);
  let position = nextPosition(ctx, 'cards', phaseId);
  for (const row of rows) {
    ctx.sql('UPDATE cards SET cluster_id = ?, position = ?, updated_at = ? WHERE id = ?').run(clusterId, position++, isoNow(ctx), row.id);
  }
  return { workshopId: rows[0]!.workshop_id, phaseId, cards: rows.map((r) => toCard(findCard(ctx, r.id))) };
}

/** Puts cards into a cluster (or takes them out, with null), at its end. */
export function moveCards(ctx: CoreContext, input: MethodParsedInput<'cards.move'>): Card[] {
  return writeTransaction(ctx, (events) => {
    const moved = placeCards(ctx, input.ids, input.clusterId);
    events.push(cardsChanged(moved.workshopId, moved.phaseId, { upsert: moved.cards, remove: [] }));
    return moved.cards;
  });
}

export function deleteCards(ctx: CoreContext, ids: readonly string[]): CardSnapshot {
  // The undo snapshot is read under the write lock, so it is what was deleted.
  return writeTransaction(ctx, (events) => {
    const cards = [...new Set(ids)].map((id) => findCard(ctx, id));
    const phaseId = samePhase(cards);
    for (const card of cards) ctx.sql('DELETE FROM cards WHERE id = ?').run(card.id);
    events.push(cardsChanged(cards[0]!.workshop_id, phaseId, { upsert: [], remove: cards.map((c) => c.id) }));
    return { phaseId, cards: cards.map(toCard), cluster: null, clusterCardIds: [] };
  });
}

export function addCluster(ctx: CoreContext, input: MethodParsedInput<'clusters.add'>): Cluster {
  const id = ctx.newId();
  writeTransaction(ctx, (events) => {
    const phase = requirePhase(ctx, input.phaseId);
    ctx
      .sql('INSERT INTO card_clusters (id, workshop_id, phase_id, name, position, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, phase.workshop_id, input.phaseId, input.name, nextPosition(ctx, 'card_clusters', input.phaseId), isoNow(ctx));
    if (input.cardIds.length > 0) placeCards(ctx, input.cardIds, id);
    events.push(cardsChanged(phase.workshop_id, input.phaseId));
  });
  return toCluster(findCluster(ctx, id));
}

export function renameCluster(ctx: CoreContext, input: MethodParsedInput<'clusters.rename'>): Cluster {
  writeTransaction(ctx, (events) => {
    const cluster = findCluster(ctx, input.id);
    ctx.sql('UPDATE card_clusters SET name = ? WHERE id = ?').run(input.name, cluster.id);
    events.push(cardsChanged(cluster.workshop_id, cluster.phase_id));
  });
  return toCluster(findCluster(ctx, input.id));
}

/** Deletes a cluster; its cards stay, without a cluster. */
export function deleteCluster(ctx: CoreContext, id: string): CardSnapshot {
  return writeTransaction(ctx, (events) => {
    const cluster = findCluster(ctx, id);
    const cardIds = (ctx.sql('SELECT id FROM cards WHERE cluster_id = ? ORDER BY position').all(id) as { id: string }[]).map((r) => r.id);
    ctx.sql('UPDATE cards SET cluster_id = NULL WHERE cluster_id = ?').run(id);
    ctx.sql('DELETE FROM card_clusters WHERE id = ?').run(id);
    events.push(cardsChanged(cluster.workshop_id, cluster.phase_id));
    return { phaseId: cluster.phase_id, cards: [], cluster: toCluster(cluster), clusterCardIds: cardIds };
  });
}

/** Undo of a delete: the cards, or the cluster with its cards back in it. */
export function restoreCards(ctx: CoreContext, input: MethodParsedInput<'cards.restore'>): CardBoard {
  const exists = (table: string, id: string): boolean => ctx.sql(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  writeTransaction(ctx, (events) => {
    const phase = requirePhase(ctx, input.phaseId);
    if (input.cluster) {
      if (input.cluster.phaseId !== input.phaseId) throw new CoreError('validation', 'errors.cards.otherPhase');
      if (exists('card_clusters', input.cluster.id)) throw new CoreError('conflict', 'errors.conflict.alreadyExists');
      const c = input.cluster;
      ctx.sql('INSERT INTO card_clusters (id, workshop_id, phase_id, name, position, votes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(c.id, phase.workshop_id, c.phaseId, c.name, c.position, c.votes, isoNow(ctx));
      for (const cardId of input.clusterCardIds) ctx.sql('UPDATE cards SET cluster_id = ? WHERE id = ? AND phase_id = ?').run(c.id, cardId, input.phaseId);
    }
    for (const card of input.cards) {
      if (card.phaseId !== input.phaseId || card.workshopId !== phase.workshop_id) throw new CoreError('validation', 'errors.cards.otherPhase');
      if (exists('cards', card.id)) throw new CoreError('conflict', 'errors.conflict.alreadyExists');
      const clusterId = card.clusterId && exists('card_clusters', card.clusterId) ? card.clusterId : null;
      ctx
        .sql('INSERT INTO cards (id, workshop_id, phase_id, text, color, author, cluster_id, position, votes, created_at, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(card.id, card.workshopId, card.phaseId, card.text, card.color, card.author, clusterId, card.position, card.votes, card.createdAt, isoNow(ctx), card.origin);
    }
    events.push(cardsChanged(phase.workshop_id, input.phaseId));
  });
  return getBoard(ctx, input.phaseId);
}
