import { useTranslation } from 'react-i18next';
import { type ClubTimeline, MEASURE_STATUSES, type StatusCounts } from '../../../src-main/contract';
import { formatDate } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { STATUS_ICONS } from '../actions/MeasureBadges';
import { DoneBar, total } from './DoneBar';

function CountCells({ counts }: { counts: StatusCounts }) {
  return (
    <>
      {MEASURE_STATUSES.map((s) => (
        <td key={s} className="numeric">
          {counts[s]}
        </td>
      ))}
      <td className="numeric">{total(counts)}</td>
    </>
  );
}

/**
 * "Maßnahmen im Lauf der Zeit": counts by status at each session that has
 * happened, and today. The hint says how the status at a session is worked out.
 */
export function TimelineProgress({ data }: { data: ClubTimeline }) {
  const { t } = useTranslation();
  const past = data.sessions.filter((s) => s.counts !== null);
  return (
    <div className="timeline-part">
      <h3 id="timeline-progress">{t('timeline.progressHeading')}</h3>
      <p className="hint">{t('timeline.progressHint')}</p>
      <div className="table-scroll">
        <table className="data-table timeline-table" aria-labelledby="timeline-progress">
          <thead>
            <tr>
              <th scope="col">{t('timeline.columns.session')}</th>
              {MEASURE_STATUSES.map((s) => (
                <th key={s} scope="col" className="numeric">
                  <span className="th-icon">
                    <Icon name={STATUS_ICONS[s]} size={18} />
                    {t(`actions.statuses.${s}`)}
                  </span>
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('timeline.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {past.map((s) => (
              <tr key={s.workshopId}>
                <th scope="row">
                  <span className="timeline-row-title">{s.title}</span>
                  <span className="hint"> {s.date ? formatDate(s.date) : t('workshop.noDate')}</span>
                </th>
                <CountCells counts={s.counts!} />
              </tr>
            ))}
            <tr className="timeline-today">
              <th scope="row">
                {t('timeline.today')} <span className="hint">{formatDate(data.today)}</span>
              </th>
              <CountCells counts={data.countsToday} />
            </tr>
          </tbody>
        </table>
      </div>
      <p className="timeline-today-bar">
        <DoneBar counts={data.countsToday} />
      </p>
    </div>
  );
}
