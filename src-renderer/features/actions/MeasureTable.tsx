import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, MeasureStatus, Priority } from '../../../src-main/contract';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { STATUS_ICONS } from './MeasureBadges';
import type { MeasureSort, SortKey } from './measure-filter';

const COLUMNS: SortKey[] = ['title', 'owner', 'dueDate', 'priority', 'status'];

/** Every word a row shows, looked up once per table instead of once per cell. */
interface RowWords {
  statuses: Record<MeasureStatus, string>;
  priorities: Record<Priority, string>;
  overdue: string;
  noDueDate: string;
  noOwner: string;
  originGone: string;
  firstStep: (step: string) => string;
}

function useRowWords(): RowWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      statuses: { open: t('actions.statuses.open'), in_progress: t('actions.statuses.in_progress'), blocked: t('actions.statuses.blocked'), done: t('actions.statuses.done'), dropped: t('actions.statuses.dropped') },
      priorities: { high: t('actions.priorities.high'), medium: t('actions.priorities.medium'), low: t('actions.priorities.low') },
      overdue: t('actions.overdue'),
      noDueDate: t('actions.noDueDate'),
      noOwner: t('actions.noOwner'),
      originGone: t('actions.originGoneShort'),
      firstStep: stepLine(t('actions.firstStepShort', { step: STEP_MARK })),
    }),
    [t],
  );
}

const STEP_MARK = '\u0000';

/** The row's "first step" line from the translated pattern, cut once: no interpolation per row and render. */
export function stepLine(pattern: string): (step: string) => string {
  const at = pattern.indexOf(STEP_MARK);
  if (at < 0) return () => pattern;
  const before = pattern.slice(0, at);
  const after = pattern.slice(at + STEP_MARK.length);
  return (step) => before + step + after;
}

interface RowProps {
  measure: Measure;
  words: RowWords;
  onOpen: (id: string) => void;
}

// Rows only re-render when their measure changed, and read their words from
// the table: sorting and filtering a long plan then stays quick.
const Row = memo(function Row({ measure: m, words, onOpen }: RowProps) {
  return (
    <tr data-measure-id={m.id} className={m.overdue ? 'row-overdue' : undefined}>
      <td>
        <button type="button" className="link-button measure-title" onClick={() => onOpen(m.id)}>
          {m.title}
        </button>
        {m.origin && (
          <span className="measure-origin-hint">
            <Icon name="link" size={16} />
            {m.origin.label}
            {!m.origin.exists && ` (${words.originGone})`}
          </span>
        )}
        {m.firstStep && <span className="measure-first-step">{words.firstStep(m.firstStep)}</span>}
      </td>
      <td>{m.owner || <span className="hint">{words.noOwner}</span>}</td>
      <td>
        {m.dueDate ? (
          <span className={m.overdue ? 'due due-overdue' : 'due'}>
            {formatDate(m.dueDate)}
            {m.overdue && (
              <span className="overdue-badge">
                <Icon name="alert" size={16} />
                {words.overdue}
              </span>
            )}
          </span>
        ) : (
          <span className="hint">{words.noDueDate}</span>
        )}
      </td>
      <td>
        <span className={`priority priority-${m.priority}`}>
          {m.priority === 'high' && <Icon name="flag" size={16} />}
          {words.priorities[m.priority]}
        </span>
      </td>
      <td>
        <span className={`badge measure-status measure-status-${m.status}`}>
          <Icon name={STATUS_ICONS[m.status]} size={18} />
          {words.statuses[m.status]}
        </span>
        {m.status === 'blocked' && m.blockedReason && <span className="measure-first-step">{m.blockedReason}</span>}
        {m.status === 'dropped' && m.droppedReason && <span className="measure-first-step">{m.droppedReason}</span>}
      </td>
    </tr>
  );
});

interface TableProps {
  measures: readonly Measure[];
  sort: MeasureSort;
  onSort: (sort: MeasureSort) => void;
  onOpen: (id: string) => void;
}

/** The plan as a table: sortable by every column, one click (or Enter) opens a measure. */
export function MeasureTable({ measures, sort, onSort, onOpen }: TableProps) {
  const { t } = useTranslation();
  const words = useRowWords();
  const header = (key: SortKey): string => t(`actions.columns.${key}`);
  return (
    <div className="table-scroll">
      <table className="data-table measure-table">
        <caption className="visually-hidden">{t('actions.tableCaption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                <button
                  type="button"
                  className="sort-button"
                  aria-label={t('actions.sortBy', { column: header(key) })}
                  onClick={() => onSort({ key, ascending: sort.key === key ? !sort.ascending : true })}
                >
                  {header(key)}
                  <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* Rows are keyed by their place, not their measure: a new filter or sort order then
              rewrites the text of the rows already drawn instead of removing them and drawing
              new ones, about half the work per change on a long plan (bench/actions-filter.ts).
              The action plan puts the focus back on a measure's own row when its dialog closes. */}
          {measures.map((m, i) => (
            <Row key={i} measure={m} words={words} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
