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

/** Status, owner, priority, due date and a search: narrow the plan down to what is being talked about. */
export function ActionFilters({ filter, owners, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<MeasureFilter>): void => onChange({ ...filter, ...patch });
  const statuses: StatusFilter[] = ['all', 'notDone', ...MEASURE_STATUSES];
  return (
    <div className="filter-bar" role="search" aria-label={t('actions.filter.label')}>
      <label className="filter">
        <span>{t('actions.filter.status')}</span>
        <select name="filterStatus" value={filter.status} onChange={(e) => set({ status: e.target.value as StatusFilter })}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {s === 'all' ? t('actions.filter.all') : s === 'notDone' ? t('actions.filter.notDone') : t(`actions.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('actions.filter.owner')}</span>
        <select name="filterOwner" value={filter.owner} onChange={(e) => set({ owner: e.target.value })}>
          <option value="">{t('actions.filter.everyone')}</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('actions.filter.priority')}</span>
        <select name="filterPriority" value={filter.priority} onChange={(e) => set({ priority: e.target.value as MeasureFilter['priority'] })}>
          <option value="all">{t('actions.filter.all')}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`actions.priorities.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('actions.filter.due')}</span>
        <select name="filterDue" value={filter.due} onChange={(e) => set({ due: e.target.value as DueFilter })}>
          {DUE.map((d) => (
            <option key={d} value={d}>
              {t(`actions.filter.dueOptions.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter filter-search">
        <span>{t('actions.filter.search')}</span>
        <input type="search" name="filterText" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
      </label>
      {isFiltered(filter) && (
        <button type="button" className="btn" onClick={() => onChange(NO_FILTER)}>
          <Icon name="undo" />
          {t('actions.filter.reset')}
        </button>
      )}
    </div>
  );
}
