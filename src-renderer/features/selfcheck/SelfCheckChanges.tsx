import { useTranslation } from 'react-i18next';
import { SELF_CHECK_DIMENSIONS, type SelfCheck } from '../../../src-main/contract';

const DASH = '–';

/** Before and now per field, so the change can be read without the chart (and by screen readers). */
export function SelfCheckChanges({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  const earlier = check.earlier;
  if (!earlier) return null;
  const locale = t('selfcheck.locale');
  const show = (v: number | null): string => (v === null ? DASH : v.toLocaleString(locale));
  const diff = (before: number | null, now: number | null): string => {
    if (before === null || now === null) return DASH;
    const d = Math.round((now - before) * 10) / 10;
    if (d === 0) return t('selfcheck.changesSame');
    return `${d > 0 ? '+' : '−'}${Math.abs(d).toLocaleString(locale)}`;
  };
  return (
    <div className="table-scroll">
      <table className="data-table selfcheck-changes">
        <caption>{t('selfcheck.changesHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('selfcheck.changesField')}</th>
            <th scope="col">{t('selfcheck.changesBefore')}</th>
            <th scope="col">{t('selfcheck.changesNow')}</th>
            <th scope="col">{t('selfcheck.changesDiff')}</th>
          </tr>
        </thead>
        <tbody>
          {SELF_CHECK_DIMENSIONS.map((d) => {
            const now = check.entries.find((e) => e.dimension === d)?.value ?? null;
            const before = earlier.values[d];
            return (
              <tr key={d}>
                <th scope="row">{t(`selfcheck.dimensions.${d}`)}</th>
                <td>{show(before)}</td>
                <td>{show(now)}</td>
                <td>{diff(before, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
