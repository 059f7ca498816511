import { useTranslation } from 'react-i18next';
import { SELF_CHECK_DIMENSIONS, type SelfCheckDimension, type SelfCheckSeries } from '../../../src-main/contract';
import { formatDate } from '../../i18n/format';

const W = 72;
const H = 28;

/** A small line of one dimension's values across sessions (1 at the bottom, 5 at the top); the table says the same in numbers. */
function Sparkline({ values }: { values: (number | null)[] }) {
  const pad = 4;
  const step = values.length > 1 ? (W - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number): number => H - 3 - ((v - 1) / 4) * (H - 6);
  const points = values.flatMap((v, i) => (v === null ? [] : [`${(values.length > 1 ? pad + i * step : W / 2).toFixed(1)},${y(v).toFixed(1)}`]));
  return (
    <svg className="sparkline" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line x1={0} x2={W} y1={y(3)} y2={y(3)} className="sparkline-mid" />
      {points.length > 1 && <polyline points={points.join(' ')} className="sparkline-line" />}
      {points.map((p) => {
        const [cx, cy] = p.split(',');
        return <circle key={p} cx={cx} cy={cy} r={3} className="sparkline-dot" />;
      })}
    </svg>
  );
}

function change(values: (number | null)[], locale: string): string | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return null;
  const diff = Math.round((known.at(-1)! - known[0]!) * 10) / 10;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(diff));
  return diff > 0 ? `+${text}` : diff < 0 ? `−${text}` : '±0';
}

/** "Selbsteinschätzung im Verlauf": each dimension across every self-check of the club, with the change from first to last. */
export function SelfCheckTrend({ series }: { series: SelfCheckSeries[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const row = (d: SelfCheckDimension) => series.map((s) => s.values[d]);
  return (
    <div className="timeline-part">
      <h3 id="timeline-selfcheck">{t('timeline.selfCheckHeading')}</h3>
      {series.length === 0 ? (
        <p className="hint">{t('timeline.selfCheckEmpty')}</p>
      ) : (
        <>
          <p className="hint">{t('timeline.selfCheckHint')}</p>
          <div className="table-scroll">
            {/* One row per session, one column per area: any number of sessions fits the width. */}
            <table className="data-table timeline-table selfcheck-trend" aria-labelledby="timeline-selfcheck">
              <thead>
                <tr>
                  <th scope="col">{t('timeline.columns.session')}</th>
                  {SELF_CHECK_DIMENSIONS.map((d) => (
                    <th key={d} scope="col" className="numeric">
                      {t(`timeline.dimensionsShort.${d}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {series.map((s) => (
                  <tr key={s.workshopId}>
                    <th scope="row">
                      <span className="timeline-row-title">{s.title}</span>
                      <span className="hint"> {s.date ? formatDate(s.date) : t('workshop.noDate')}</span>
                    </th>
                    {SELF_CHECK_DIMENSIONS.map((d) => (
                      <td key={d} className="numeric">
                        {s.values[d] === null ? t('timeline.noValue') : number.format(s.values[d])}
                      </td>
                    ))}
                  </tr>
                ))}
                {series.length > 1 && (
                  <tr className="timeline-today">
                    <th scope="row">{t('timeline.change')}</th>
                    {SELF_CHECK_DIMENSIONS.map((d) => (
                      <td key={d} className="numeric">
                        {change(row(d), locale) ?? t('timeline.noValue')}
                        <Sparkline values={row(d)} />
                      </td>
                    ))}
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
