import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { type VoteTargetRow, byVotes, sameRow } from './vote-results';
import './cards.css';

interface VoteResultsProps {
  rows: VoteTargetRow[];
  /** Mark what the room chose (or, with null, take the mark away); absent where nothing is chosen. */
  onChoose?: ((id: string | null) => void) | undefined;
  /** The projector's larger, read-only version. */
  large?: boolean;
}

interface ResultRowProps {
  row: VoteTargetRow;
  max: number;
  onChoose?: ((id: string | null) => void) | undefined;
  large: boolean;
  /** On the projector the list goes page by page: each line is an item of the pages. */
  paged?: boolean;
}

/** One line of the result; drawn again only when it changed (a ballot touches a few of hundreds). */
export const VoteResultRow = memo(
  function VoteResultRow({ row, max, onChoose, large, paged = false }: ResultRowProps) {
    const { t } = useTranslation();
    return (
      <li data-item={paged ? '' : undefined} className={row.chosen ? 'vote-result vote-result-chosen' : 'vote-result'}>
        <span className="vote-rank">{row.rank === null ? '' : t('votes.rank', { rank: row.rank })}</span>
        <span className="vote-result-label">
          {row.label}
          {row.chosen && (
            <strong className="vote-chosen">
              <Icon name="star" size={large ? 28 : 18} />
              {t('votes.chosen')}
            </strong>
          )}
        </span>
        <span className="vote-bar" aria-hidden="true">
          <span style={{ width: `${(row.votes / max) * 100}%` }} />
        </span>
        <span className="vote-dots">{t('votes.dots', { count: row.votes })}</span>
        {onChoose && (
          <button
            type="button"
            className="btn"
            aria-label={t(row.chosen ? 'votes.unchooseWhat' : 'votes.chooseWhat', { what: row.label })}
            onClick={() => onChoose(row.chosen ? null : row.id)}
          >
            {row.chosen ? t('votes.unchoose') : t('votes.choose')}
          </button>
        )}
      </li>
    );
  },
  (a, b) => sameRow(a.row, b.row) && a.max === b.max && a.onChoose === b.onChoose && a.large === b.large && a.paged === b.paged,
);

/** The result, most dots first; bars for the eye, numbers and words for everyone. */
export function VoteResults({ rows, onChoose, large = false }: VoteResultsProps) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.votes));
  return (
    <div className={large ? 'vote-results vote-results-large' : 'vote-results'}>
      <h4>{t('votes.result')}</h4>
      <ol className="vote-result-list">
        {byVotes(rows).map((row) => (
          <VoteResultRow key={row.id} row={row} max={max} onChoose={onChoose} large={large} />
        ))}
      </ol>
    </div>
  );
}
