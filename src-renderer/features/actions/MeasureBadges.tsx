import { useTranslation } from 'react-i18next';
import type { MeasureOrigin, MeasureStatus, Priority } from '../../../src-main/contract';
import { paths } from '../../app/router';
import { formatDate } from '../../i18n/format';
import { Icon, type IconName } from '../../ui/Icon';

// Status, due date, priority and origin: each with an icon and a word, never by colour alone.

export const STATUS_ICONS: Record<MeasureStatus, IconName> = { open: 'circle', in_progress: 'halfCircle', done: 'check', blocked: 'blocked', dropped: 'dropped' };

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge measure-status measure-status-${status}`}>
      <Icon name={STATUS_ICONS[status]} size={18} />
      {t(`actions.statuses.${status}`)}
    </span>
  );
}

export function DueDate({ dueDate, overdue }: { dueDate: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  if (!dueDate) return <span className="hint">{t('actions.noDueDate')}</span>;
  return (
    <span className={overdue ? 'due due-overdue' : 'due'}>
      {formatDate(dueDate)}
      {overdue && (
        <span className="overdue-badge">
          <Icon name="alert" size={16} />
          {t('actions.overdue')}
        </span>
      )}
    </span>
  );
}

export function PriorityLabel({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <span className={`priority priority-${priority}`}>
      {priority === 'high' && <Icon name="flag" size={16} />}
      {t(`actions.priorities.${priority}`)}
    </span>
  );
}

const ORIGIN_ICONS: Record<string, IconName> = { pain: 'alert', idea: 'bulb', digital: 'bolt', step: 'note', stakeholder: 'people', note: 'note' };

/** What the measure came from, and a link there; or that it is gone. */
export function OriginLink({ origin, workshopId }: { origin: MeasureOrigin; workshopId: string }) {
  const { t } = useTranslation();
  const kind = origin.kind === 'marker' && origin.markerKind ? t(`processDomain.markers.${origin.markerKind}`) : t(`actions.origins.${origin.kind}`);
  const icon = ORIGIN_ICONS[origin.markerKind ?? origin.kind] ?? 'link';
  const where = origin.variant ? t(`processDomain.variants.${origin.variant}`) : '';
  const text = (
    <>
      <Icon name={icon} size={18} />
      <span>
        {kind}: „{origin.label}“{origin.context && origin.kind === 'marker' ? ` – ${origin.context}` : ''}
        {where && <span className="hint"> ({where})</span>}
      </span>
    </>
  );
  if (!origin.exists) {
    return (
      <span className="origin origin-gone">
        {text}
        <span className="origin-gone-note">{t('actions.originGone')}</span>
      </span>
    );
  }
  return origin.phaseId ? (
    <a className="origin" href={paths.phase(workshopId, origin.phaseId, origin.id)} title={t('actions.originShow')}>
      {text}
    </a>
  ) : (
    <span className="origin">{text}</span>
  );
}
