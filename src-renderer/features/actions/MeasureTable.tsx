import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { DueDate, MeasureStatusBadge, PriorityLabel } from './MeasureBadges';
import type { MeasureSort, SortKey } from './measure-filter';

const COLUMNS: SortKey[] = ['title', 'owner', 'dueDate', 'priority', 'status'];

interface RowProps {
  measure: Measure;
  onOpen: (id: string) => void;
}

// Rows only re-render when their measure changed: sorting and filtering a long
// plan then moves rows instead of drawing them again.
const Row = memo(function Row({ measure: m, onOpen }: RowProps) {
  const { t } = useTranslation();
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
            {!m.origin.exists && ` (${t('actions.originGoneShort')})`}
          </span>
        )}
        {m.firstStep && <span className="measure-first-step">{t('actions.firstStepShort', { step: m.firstStep })}</span>}
      </td>
      <td>{m.owner || <span className="hint">{t('actions.noOwner')}</span>}</td>
      <td>
        <DueDate dueDate={m.dueDate} overdue={m.overdue} />
      </td>
      <td>
        <PriorityLabel priority={m.priority} />
      </td>
      <td>
        <MeasureStatusBadge status={m.status} />
        {m.status === 'blocked' && m.blockedReason && <span className="measure-first-step">{m.blockedReason}</span>}
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
          {measures.map((m) => (
            <Row key={m.id} measure={m} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
