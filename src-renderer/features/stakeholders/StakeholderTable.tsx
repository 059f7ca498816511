import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTITUDES,
  CLOSENESS_LEVELS,
  LIMITS,
  STAKEHOLDER_CATEGORIES,
  type Stakeholder,
  type StakeholderMap,
} from '../../../src-main/contract';
import { placedQuadrant } from '../../../src-main/shared/stakeholder-geometry';
import { useDraft } from '../../lib/useDraft';
import { Icon } from '../../ui/Icon';
import { ScoreInput } from './ScoreInput';
import type { StakeholderActions, StakeholderPatch } from './useStakeholderMap';

type SortKey = 'name' | 'category' | 'influence' | 'interest' | 'quadrant' | 'attitude' | 'targetAttitude' | 'closeness';
const COLUMNS: SortKey[] = ['name', 'category', 'influence', 'interest', 'quadrant', 'attitude', 'targetAttitude', 'closeness'];

interface TableProps {
  map: StakeholderMap;
  actions: StakeholderActions;
  run: (work: Promise<unknown>) => void;
}

/** Not yet given values sort below every number (0 is below the scale's 1). */
function sortValue(s: Stakeholder, key: SortKey, label: (key: SortKey, s: Stakeholder) => string): string | number {
  return key === 'influence' || key === 'interest' ? (s[key] ?? 0) : label(key, s);
}

function quadrantText(t: TFunction, s: Stakeholder): string {
  const quadrant = placedQuadrant(s);
  return quadrant ? t(`domain.quadrants.${quadrant}`) : t('stakeholders.tray.heading');
}

function Row({ s, actions, run }: { s: Stakeholder; actions: StakeholderActions; run: TableProps['run'] }) {
  const { t } = useTranslation();
  const name = useDraft(s.name, (text) => actions.update(s.id, { name: text }));
  const save = (patch: StakeholderPatch): void => run(actions.update(s.id, patch));
  const choice = <V extends string>(column: 'category' | 'attitude' | 'targetAttitude' | 'closeness', value: V, values: readonly V[], prefix: string, pick: (v: V) => StakeholderPatch) => (
    <select aria-label={`${t(`stakeholders.fields.${column}`)}: ${s.name}`} value={value} onChange={(e) => save(pick(e.target.value as V))}>
      {values.map((v) => (
        <option key={v} value={v}>
          {t(`${prefix}.${v}` as 'domain.attitudes.neutral')}
        </option>
      ))}
    </select>
  );
  return (
    <tr>
      <td>
        {/* A text area of one line: a long name wraps in its cell instead of being cut; Enter saves as in a field. */}
        <textarea
          className="cell-text"
          rows={1}
          aria-label={`${t('stakeholders.fields.name')}: ${s.name}`}
          value={name.value}
          maxLength={LIMITS.name}
          onChange={(e) => name.change(e.target.value.replace(/\s*\n\s*/g, ' '))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              name.flush();
            }
          }}
          onBlur={name.flush}
        />
      </td>
      <td>{choice('category', s.category, STAKEHOLDER_CATEGORIES, 'domain.categories', (category) => ({ category }))}</td>
      <td>
        <ScoreInput value={s.influence} ariaLabel={`${t('stakeholders.fields.influence')}: ${s.name}`} onCommit={(influence) => save({ influence })} />
      </td>
      <td>
        <ScoreInput value={s.interest} ariaLabel={`${t('stakeholders.fields.interest')}: ${s.name}`} onCommit={(interest) => save({ interest })} />
      </td>
      <td>{quadrantText(t, s)}</td>
      <td>{choice('attitude', s.attitude, ATTITUDES, 'domain.attitudes', (attitude) => ({ attitude }))}</td>
      <td>{choice('targetAttitude', s.targetAttitude, ATTITUDES, 'domain.attitudes', (targetAttitude) => ({ targetAttitude }))}</td>
      <td>{choice('closeness', s.closeness, CLOSENESS_LEVELS, 'domain.closeness', (closeness) => ({ closeness }))}</td>
      <td>
        <button type="button" className="btn btn-icon" aria-label={t('stakeholders.table.removeRow', { name: s.name })} onClick={() => run(actions.remove([s.id]))}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}

/** All stakeholders as a table: sortable, editable in place; the accessible twin of the map. */
export function StakeholderTable({ map, actions, run }: TableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const label = (key: SortKey, s: Stakeholder): string => {
    if (key === 'name') return s.name;
    if (key === 'quadrant') return quadrantText(t, s);
    if (key === 'category') return t(`domain.categories.${s.category}`);
    if (key === 'closeness') return String(CLOSENESS_LEVELS.indexOf(s.closeness));
    if (key === 'attitude' || key === 'targetAttitude') return String(ATTITUDES.indexOf(s[key]));
    return '';
  };
  const rows = [...map.stakeholders].sort((a, b) => {
    const x = sortValue(a, sort.key, label);
    const y = sortValue(b, sort.key, label);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), i18n.language);
    return sort.ascending ? order : -order;
  });
  const header = (key: SortKey): string => (key === 'quadrant' ? t('stakeholders.table.quadrant') : t(`stakeholders.fields.${key}`));

  return (
    <div className="table-scroll">
      <table className="data-table stakeholder-table">
        <caption>{t('stakeholders.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                <button
                  type="button"
                  className="sort-button"
                  aria-label={t('stakeholders.table.sortBy', { column: header(key) })}
                  onClick={() => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }))}
                >
                  {header(key)}
                  <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            {/* The trash icon says it; the word stays for screen readers and gives the column its room back. */}
            <th scope="col">
              <span className="visually-hidden">{t('stakeholders.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <Row key={s.id} s={s} actions={actions} run={run} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
