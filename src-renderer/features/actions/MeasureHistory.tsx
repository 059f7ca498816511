import { useTranslation } from 'react-i18next';
import type { MeasureHistoryEntry, MeasureSession } from '../../../src-main/contract';
import { formatDate } from '../../i18n/format';
import { MeasureStatusBadge } from './MeasureBadges';

/** "Eingetragen im Termin „Folgetermin“ (14.06.2026)". */
function SessionLine({ session }: { session: MeasureSession | undefined }) {
  const { t } = useTranslation();
  if (!session) return null;
  return <p className="history-note hint">{t('actions.historySession', { title: session.title, date: session.date ? formatDate(session.date) : t('workshop.noDate') })}</p>;
}

/** The follow-ups and status changes of a measure, newest first, each with the session it was recorded in. */
export function MeasureHistory({ history, sessions = [] }: { history: readonly MeasureHistoryEntry[]; sessions?: readonly MeasureSession[] }) {
  const { t } = useTranslation();
  const session = (id: string | null) => (id ? sessions.find((s) => s.id === id) : undefined);
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
          <SessionLine session={session(h.workshopId)} />
        </li>
      ))}
    </ol>
  );
}
