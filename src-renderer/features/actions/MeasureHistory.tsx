import { useTranslation } from 'react-i18next';
import type { MeasureHistoryEntry } from '../../../src-main/contract';
import { formatDate } from '../../i18n/format';
import { MeasureStatusBadge } from './MeasureBadges';

/** The follow-ups and status changes of a measure, newest first. */
export function MeasureHistory({ history }: { history: readonly MeasureHistoryEntry[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="hint">{t('actions.historyEmpty')}</p>;
  return (
    <ol className="measure-history" reversed>
      {[...history].reverse().map((h) => (
        <li key={h.id}>
          <span className="history-date">{formatDate(h.date)}</span>
          {h.previousStatus && h.previousStatus !== h.status ? (
            <span className="history-change">
              {t('actions.statusChange', { from: t(`actions.statuses.${h.previousStatus}`), to: t(`actions.statuses.${h.status}`) })}
            </span>
          ) : (
            <MeasureStatusBadge status={h.status} />
          )}
          {h.note && <p className="history-note">{h.note}</p>}
        </li>
      ))}
    </ol>
  );
}
