import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardBoard, VoteSession } from '../../../src-main/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { BallotDialog } from './BallotDialog';
import type { VoteActions } from './useCardBoard';
import { VoteResults } from './VoteResults';
import { VoteStartForm } from './VoteStartForm';
import { type VoteTargetRow, dotsGiven, sameRow, voteTargets } from './vote-results';

interface VotePanelProps {
  board: CardBoard;
  votes: VoteActions;
  participants: number | null;
  fail: (error: unknown) => void;
  /** Phase 4 ends by choosing its topic. */
  chooseTopic: boolean;
}

interface VoteCountProps {
  row: VoteTargetRow;
  votes: VoteActions;
  fail: (e: unknown) => void;
}

/**
 * A typed total (Enter or leaving the field saves it); the buttons add or take one dot.
 * Drawn again only when its row changed: a ballot from a phone touches a few of hundreds.
 */
const VoteCount = memo(function VoteCount({ row, votes, fail }: VoteCountProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (): void => {
    if (draft === null) return;
    const n = Number(draft);
    setDraft(null);
    if (draft.trim() !== '' && Number.isInteger(n) && n >= 0 && n !== row.votes) votes.set(row.id, n).catch(fail);
  };
  return (
    <li className="vote-row">
      <span className="vote-label" id={`vote-${row.id}`}>
        {row.label}
      </span>
      <button type="button" className="btn btn-icon" aria-label={t('votes.less', { what: row.label })} disabled={row.votes === 0} onClick={() => void votes.set(row.id, row.votes - 1).catch(fail)}>
        <Icon name="minus" />
      </button>
      <input
        type="number"
        min={0}
        className="vote-input"
        aria-label={t('votes.countOf', { what: row.label })}
        value={draft ?? String(row.votes)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <button type="button" className="btn btn-icon" aria-label={t('votes.more', { what: row.label })} onClick={() => void votes.set(row.id, row.votes + 1).catch(fail)}>
        <Icon name="plus" />
      </button>
    </li>
  );
},
(a, b) => sameRow(a.row, b.row) && a.votes === b.votes && a.fail === b.fail);

function VoteSummary({ vote, given }: { vote: VoteSession; given: number }) {
  const { t } = useTranslation();
  return (
    <p className="vote-summary">
      {t('votes.summary', { dots: vote.dotsPerPerson, people: vote.participants })} · {t('votes.given', { given, total: vote.dotsPerPerson * vote.participants })}
      {vote.ballots > 0 && ` · ${t('votes.ballots', { count: vote.ballots })}`}
    </p>
  );
}

/** Dot voting: start, enter the room's dots (click, typed totals, or one ballot per person), see the result, choose. */
export function VotePanel({ board, votes, participants, fail, chooseTopic }: VotePanelProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'ballot' | 'reset' | 'restart' | null>(null);
  const vote = board.vote;
  const rows = voteTargets(board);
  const choose = useCallback((id: string | null) => void votes.choose(id).catch(fail), [votes, fail]);
  return (
    <section className="phase-section vote-panel" aria-labelledby="vote-heading">
      <h3 id="vote-heading">{t('votes.heading')}</h3>
      {!vote || dialog === 'restart' ? (
        <>
          <p className="section-hint">{t('votes.intro')}</p>
          <VoteStartForm board={board} votes={votes} participants={participants} fail={fail} onDone={() => setDialog(null)} />
        </>
      ) : (
        <>
          <VoteSummary vote={vote} given={dotsGiven(rows)} />
          <div className="toolbar-group">
            <button type="button" className="btn btn-primary" onClick={() => setDialog('ballot')}>
              <Icon name="people" />
              {t('votes.enterBallot')}
            </button>
            <button type="button" className="btn" onClick={() => setDialog('restart')}>
              <Icon name="settings" />
              {t('votes.change')}
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => setDialog('reset')}>
              <Icon name="undo" />
              {t('votes.reset')}
            </button>
          </div>
          <div className="vote-columns">
            <div>
              <h4>{t('votes.entry')}</h4>
              <ul className="vote-list">
                {rows.map((row) => (
                  <VoteCount key={row.id} row={row} votes={votes} fail={fail} />
                ))}
              </ul>
            </div>
            <VoteResults rows={rows} onChoose={chooseTopic || vote.chosenId ? choose : undefined} />
          </div>
        </>
      )}
      {dialog === 'ballot' && vote && <BallotDialog vote={vote} rows={rows} votes={votes} onClose={() => setDialog(null)} />}
      {dialog === 'reset' && (
        <ConfirmDialog
          title={t('votes.resetTitle')}
          text={t('votes.resetText', { count: dotsGiven(rows) })}
          confirmLabel={t('votes.reset')}
          onConfirm={async () => {
            await votes.reset();
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
