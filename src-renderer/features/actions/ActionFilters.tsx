import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_STATUSES, PRIORITIES } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { type DueFilter, type MeasureFilter, NO_FILTER, type StatusFilter, isFiltered } from './measure-filter';

interface Props {
  filter: MeasureFilter;
  owners: readonly string[];
  onChange: (filter: MeasureFilter) => void;
}

const DUE: DueFilter[] = ['all', 'overdue', 'soon', 'none'];

/** A filter's label tied to its control by id: the name a screen reader reads is the label alone. */
function Filter({ label, className, children }: { label: string; className?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={className ? `filter ${className}` : 'filter'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** Status, owner, priority, due date and a search: narrow the plan down to what is being talked about. */
export function ActionFilters({ filter, owners, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<MeasureFilter>): void => onChange({ ...filter, ...patch });
  const statuses: StatusFilter[] = ['all', 'notDone', ...MEASURE_STATUSES];
  return (
    <div className="filter-bar" role="search" aria-label={t('actions.filter.label')}>
      <Filter label={t('actions.filter.status')}>
        {(id) => (
          <select id={id} name="filterStatus" value={filter.status} onChange={(e) => set({ status: e.target.value as StatusFilter })}>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('actions.filter.all') : s === 'notDone' ? t('actions.filter.notDone') : t(`actions.statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <Filter label={t('actions.filter.owner')}>
        {(id) => (
          <select id={id} name="filterOwner" value={filter.owner} onChange={(e) => set({ owner: e.target.value })}>
            <option value="">{t('actions.filter.everyone')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <Filter label={t('actions.filter.priority')}>
        {(id) => (
          <select id={id} name="filterPriority" value={filter.priority} onChange={(e) => set({ priority: e.target.value as MeasureFilter['priority'] })}>
            <option value="all">{t('actions.filter.all')}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`actions.priorities.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <Filter label={t('actions.filter.due')}>
        {(id) => (
          <select id={id} name="filterDue" value={filter.due} onChange={(e) => set({ due: e.target.value as DueFilter })}>
            {DUE.map((d) => (
              <option key={d} value={d}>
                {t(`actions.filter.dueOptions.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Filter>
      <Filter label={t('actions.filter.search')} className="filter-search">
        {(id) => (
          <input id={id} type="search" name="filterText" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
        )}
      </Filter>
      {isFiltered(filter) && (
        <button type="button" className="btn" onClick={() => onChange(NO_FILTER)}>
          <Icon name="undo" />
          {t('actions.filter.reset')}
        </button>
      )}
    </div>
  );
}
