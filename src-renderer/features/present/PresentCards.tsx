import { useTranslation } from 'react-i18next';
import type { CardBoard, PresentationState } from '../../../src-main/contract';
import { CARD_FILLS } from '../../../src-main/shared/live-labels';
import { useQuery } from '../../api/useQuery';
import { BOARD_UPDATES } from '../cards/board-patch';
import { type VoteTargetRow, byVotes, dotsGiven, voteTargets } from '../cards/vote-results';
import { VoteResultRow } from '../cards/VoteResults';
import { PagedFlow } from './PagedFlow';

// Cards and the vote result on the projector: as many columns as fit, each
// group starting its own column, and page by page when there are more.

interface Group {
  id: string;
  name: string;
  cards: CardBoard['cards'];
}

function groupsOf(board: CardBoard, groupId: string | null, unclustered: string): Group[] {
  const groups = [
    ...board.clusters.map((c) => ({ id: c.id, name: c.name, cards: board.cards.filter((card) => card.clusterId === c.id) })),
    { id: '', name: board.clusters.length > 0 ? unclustered : '', cards: board.cards.filter((card) => card.clusterId === null) },
  ].filter((g) => g.cards.length > 0 || g.id !== '');
  const chosen = groupId === null ? undefined : groups.find((g) => g.id === groupId);
  return chosen ? [chosen] : groups;
}

function PresentVote({ rows, page }: { rows: VoteTargetRow[]; page: number }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.votes));
  return (
    <section className="present-vote" aria-label={t('votes.result')}>
      <h2 className="present-section-title">{t('votes.result')}</h2>
      <PagedFlow page={page} columnWidth="36em" balance rangeLabel={(from, to, total) => t('present.itemRange', { from, to, total })}>
        <ol className="vote-result-list present-vote-list">
          {byVotes(rows).map((row) => (
            <VoteResultRow key={row.id} row={row} max={max} large paged />
          ))}
        </ol>
      </PagedFlow>
    </section>
  );
}

export function PresentCards({ phaseId, presentation }: { phaseId: string; presentation: PresentationState }) {
  const { t } = useTranslation();
  const { data: board } = useQuery('cards.board', { phaseId }, BOARD_UPDATES);
  if (!board) return null;
  const rows = voteTargets(board);
  const counted = !!board.vote && dotsGiven(rows) > 0;
  // A chosen topic is the result the room already knows.
  if (counted && (presentation.revealVote || board.vote?.chosenId)) return <PresentVote rows={rows} page={presentation.page} />;
  if (board.cards.length === 0) return <p className="present-empty">{t('present.noCards')}</p>;
  const groups = groupsOf(board, presentation.groupId, t('cards.unclustered'));
  return (
    <div className="present-cards-screen">
      {counted && <p className="present-note">{t('present.votePending')}</p>}
      <PagedFlow page={presentation.page} balance={groups.length <= 1} grow={1.6} rangeLabel={(from, to, total) => t('present.cardRange', { from, to, total })}>
        {groups.map((g) => (
          <section key={g.id || 'none'} className="present-cluster" aria-label={g.name || t('present.cards')}>
            {g.name && <h2>{g.name}</h2>}
            <ul className="present-cards">
              {g.cards.map((card) => (
                <li key={card.id} data-item className="present-card" style={{ background: CARD_FILLS[card.color] }}>
                  {card.text}
                  {card.author && <span className="present-author">{card.author}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </PagedFlow>
    </div>
  );
}
