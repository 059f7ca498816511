import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase, WorkshopDetail } from '../../../src-main/contract';
import { UndoButtons } from '../../ui/UndoButtons';
import { LoadState } from '../../ui/LoadState';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { CardEntry } from './CardEntry';
import { ClusterLane } from './ClusterLane';
import { GroupTools } from './GroupTools';
import { useCardBoard } from './useCardBoard';
import { VotePanel } from './VotePanel';
import './cards.css';

/** The cards of a phase (kinds "cards" and "voting"): write them, group them, vote on them. */
export function CardBoardEditor({ workshop, phase }: { workshop: WorkshopDetail; phase: Phase }) {
  const { t } = useTranslation();
  const state = useCardBoard(phase.id);
  const { board, actions, fail, history } = state;
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  useUndoShortcuts(history);
  const select = useCallback(
    (id: string, on: boolean): void =>
      setSelection((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  if (!board) return <LoadState error={state.error} onRetry={state.reload} />;

  const present = new Set(board.cards.map((c) => c.id));
  const selected = [...selection].filter((id) => present.has(id));
  const loose = board.cards.filter((c) => c.clusterId === null);

  return (
    <section className="phase-section idea-card-board" aria-labelledby="cards-heading">
      <div className="idea-card-board-top">
        <h3 id="cards-heading">{t('cards.heading', { count: board.cards.length })}</h3>
        <div className="toolbar-group">
          <UndoButtons history={history} />
        </div>
      </div>
      <CardEntry add={actions.add} fail={fail} />
      {board.cards.length > 0 && <GroupTools board={board} selected={selected} clear={() => setSelection(new Set())} actions={actions} fail={fail} />}
      {board.cards.length === 0 && board.clusters.length === 0 ? (
        <p className="empty-hint">{t('cards.empty')}</p>
      ) : (
        <div className="cluster-grid">
          {(loose.length > 0 || board.clusters.length === 0) && (
            <ClusterLane cluster={null} cards={loose} selected={selection} onSelect={select} actions={actions} fail={fail} />
          )}
          {board.clusters.map((cluster) => (
            <ClusterLane
              key={cluster.id}
              cluster={cluster}
              cards={board.cards.filter((c) => c.clusterId === cluster.id)}
              selected={selection}
              onSelect={select}
              actions={actions}
              fail={fail}
            />
          ))}
        </div>
      )}
      {(phase.kind === 'voting' || board.vote) && board.cards.length > 0 && (
        <VotePanel board={board} votes={state.votes} fail={fail} participants={workshop.participantCount} chooseTopic={phase.kind === 'voting'} />
      )}
    </section>
  );
}
