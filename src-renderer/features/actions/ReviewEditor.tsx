import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MEASURE_STATUSES, type MeasureStatus, type ReviewMeasure, type SessionReview } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { formatDate } from '../../i18n/format';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useAnnounce } from '../../ui/Announcer';
import { LoadState } from '../../ui/LoadState';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { DueDate, MeasureStatusBadge } from './MeasureBadges';
import './actions.css';

/** Where a measure comes from and what was last recorded about it. */
export function ReviewMeta({ m }: { m: ReviewMeasure }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="open-meta">
        <MeasureStatusBadge status={m.status} />
        <span>{t('actions.open.owner', { owner: m.owner || t('actions.noOwner') })}</span>
        <span className="open-due">
          {t('actions.open.due')} <DueDate dueDate={m.dueDate} overdue={m.overdue} />
        </span>
      </p>
      <p className="open-line hint">{t('actions.review.from', { title: m.workshopTitle, date: m.workshopDate ? formatDate(m.workshopDate) : t('workshop.noDate') })}</p>
      {m.status === 'blocked' && m.blockedReason && <p className="open-line">{t('actions.open.blockedBecause', { reason: m.blockedReason })}</p>}
      {m.status === 'dropped' && m.droppedReason && <p className="open-line">{t('actions.review.droppedBecause', { reason: m.droppedReason })}</p>}
      <p className="open-line">
        {m.sessionUpdate
          ? t('actions.review.recordedHere', { note: m.sessionUpdate.note || t(`actions.statuses.${m.sessionUpdate.status}`) })
          : m.lastUpdate
            ? t('actions.open.lastUpdate', { date: formatDate(m.lastUpdate.date), note: m.lastUpdate.note || t(`actions.statuses.${m.lastUpdate.status}`) })
            : t('actions.open.noUpdate')}
      </p>
    </>
  );
}

/** One measure: its state, and one line to record what happened in this session. */
function ReviewItem({ m, review }: { m: ReviewMeasure; review: SessionReview }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [status, setStatus] = useState<MeasureStatus>(m.status);
  const [note, setNote] = useState('');
  const [due, setDue] = useState<string | null>(m.dueDate);
  const [reason, setReason] = useState(m.status === 'blocked' ? m.blockedReason : m.droppedReason);
  const form = useFormSubmit(async () => {
    await api.call('measures.followUp', {
      id: m.id,
      date: review.sessionDate,
      status,
      note,
      dueDate: due,
      sessionId: review.workshopId,
      ...(status === 'blocked' ? { blockedReason: reason } : {}),
      ...(status === 'dropped' ? { droppedReason: reason } : {}),
    });
    setNote('');
    announce(t('actions.review.saved', { title: m.title }));
  });
  const id = `review-${m.id}`;
  return (
    <li className={m.overdue ? 'review-item open-item-overdue' : 'review-item'} aria-labelledby={id} data-measure-id={m.id}>
      <h3 id={id}>{m.title}</h3>
      <ReviewMeta m={m} />
      <form className="review-form" onSubmit={form.onSubmit} noValidate aria-label={t('actions.review.saveLabel', { title: m.title })}>
        <SelectField label={t('fields.status')} name="status" value={status} options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))} onChange={(s) => s && setStatus(s)} />
        <div className="field-note">
          <TextField label={t('actions.review.note')} name="note" value={note} onChange={setNote} error={form.errors.note} maxLength={LIMITS.text} className="input-wide" />
        </div>
        <DateField label={t('actions.review.newDue')} hint={t('fields.dateHint')} name="dueDate" value={due} onChange={setDue} error={form.errors.dueDate} />
        {(status === 'blocked' || status === 'dropped') && (
          <div className="field-note">
            <TextField
              label={t(status === 'blocked' ? 'fields.blockedReason' : 'fields.droppedReason')}
              name={status === 'blocked' ? 'blockedReason' : 'droppedReason'}
              value={reason}
              onChange={setReason}
              error={form.errors.droppedReason ?? form.errors.blockedReason}
              required={status === 'dropped'}
              maxLength={LIMITS.shortText}
              className="input-wide"
            />
          </div>
        )}
        <button type="submit" className="btn btn-primary" disabled={form.busy}>
          {t('actions.review.save')}
        </button>
      </form>
      {/* The session's date is not a field here: a refused date is said below the form. */}
      {(form.formError ?? form.errors.date) && (
        <p className="field-error" role="alert">
          {form.formError ?? form.errors.date}
        </p>
      )}
    </li>
  );
}

/** The Rückblick phase: the club's open measures from its earlier workshops, with progress recorded in this session. */
export function ReviewEditor({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const query = useQuery('measures.review', { workshopId });
  const data = query.data;
  return (
    <section className="section" aria-labelledby="review-heading">
      <div className="section-header">
        <h2 id="review-heading">{t('actions.review.heading')}</h2>
        {data && <span className="hint">{t('actions.review.count', { count: data.measures.length })}</span>}
      </div>
      <p className="hint">{t('actions.review.hint')}</p>
      {!data ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : data.measures.length === 0 ? (
        <p className="empty-hint">{t('actions.review.empty')}</p>
      ) : (
        <ul className="review-list">
          {data.measures.map((m) => (
            <ReviewItem key={m.id} m={m} review={data} />
          ))}
        </ul>
      )}
    </section>
  );
}
