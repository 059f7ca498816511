import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSession } from '../../../src-main/contract';
import { errorMessage } from '../../i18n/errors';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import type { VoteActions } from './useCardBoard';
import type { VoteTargetRow } from './vote-results';

interface BallotDialogProps {
  vote: VoteSession;
  rows: VoteTargetRow[];
  votes: VoteActions;
  onClose: () => void;
}

/** One person after the other: their dots at once, never more than they have; the dialog stays open for the next person, and closes after the last. */
export function BallotDialog({ vote, rows, votes, onClose }: BallotDialogProps) {
  const { t } = useTranslation();
  const [dots, setDots] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const used = Object.values(dots).reduce((s, n) => s + n, 0);
  const left = vote.dotsPerPerson - used;
  const change = (id: string, delta: number): void => setDots((d) => ({ ...d, [id]: Math.max(0, (d[id] ?? 0) + delta) }));

  const save = async (): Promise<void> => {
    const given = Object.entries(dots).filter(([, n]) => n > 0).map(([targetId, count]) => ({ targetId, count }));
    if (given.length === 0) return;
    try {
      await votes.ballot(given);
      setDots({});
      setError(null);
      // The last person is done: nothing more to enter here.
      if (vote.ballots + 1 >= vote.participants) onClose();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <Dialog title={t('votes.ballotTitle', { n: Math.min(vote.ballots + 1, vote.participants), total: vote.participants })} onClose={onClose} description={t('votes.ballotHint', { count: vote.dotsPerPerson })}>
      <p className="ballot-left" aria-live="polite">
        {t('votes.dotsLeft', { count: left })}
      </p>
      <ul className="ballot-list">
        {rows.map((row) => (
          <li key={row.id} className="ballot-row">
            <span className="ballot-label">{row.label}</span>
            <button type="button" className="btn btn-icon" aria-label={t('votes.less', { what: row.label })} disabled={!dots[row.id]} onClick={() => change(row.id, -1)}>
              <Icon name="minus" />
            </button>
            <span className="ballot-count">{dots[row.id] ?? 0}</span>
            <button type="button" className="btn btn-icon" aria-label={t('votes.more', { what: row.label })} disabled={left <= 0} onClick={() => change(row.id, 1)}>
              <Icon name="plus" />
            </button>
          </li>
        ))}
      </ul>
      {error && <p className="field-error">{error}</p>}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" disabled={used === 0 || vote.ballots >= vote.participants} onClick={() => void save()}>
          <Icon name="check" />
          {t('votes.saveBallot')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
