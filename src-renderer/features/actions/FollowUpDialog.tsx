import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MEASURE_STATUSES, type MeasureStatus } from '../../../src-main/contract';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { DateField, SelectField, TextField } from '../../ui/fields';
import type { FollowUp } from './measure-actions';

interface Props {
  measure: { id: string; title: string; status: MeasureStatus; blockedReason: string; droppedReason?: string };
  /** The status to start with, e.g. "verworfen" when the coach picked it elsewhere. */
  initialStatus?: MeasureStatus;
  /** The core's today: the usual date of a follow-up. */
  today: string;
  submit: (input: FollowUp) => Promise<unknown>;
  onClose: () => void;
}

/** At a later coaching session: what has happened, and the status from now on. */
export function FollowUpDialog({ measure, today, submit, onClose, initialStatus }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [date, setDate] = useState<string | null>(today);
  const [status, setStatus] = useState<MeasureStatus>(initialStatus ?? measure.status);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState(measure.blockedReason);
  const [dropReason, setDropReason] = useState(measure.droppedReason ?? '');
  const form = useFormSubmit(async () => {
    await submit({
      id: measure.id,
      date: date ?? '',
      status,
      note,
      ...(status === 'blocked' ? { blockedReason: reason } : {}),
      ...(status === 'dropped' ? { droppedReason: dropReason } : {}),
    });
    announce(t('actions.followUp.saved', { title: measure.title }));
    onClose();
  });
  return (
    <Dialog title={t('actions.followUp.title')} description={measure.title} onClose={onClose}>
      <form onSubmit={form.onSubmit} noValidate>
        <div className="form-grid">
          <div className="form-row">
            <DateField label={t('fields.date')} hint={t('fields.dateHint')} name="date" value={date} onChange={setDate} error={form.errors.date} />
            <SelectField
              label={t('actions.followUp.status')}
              name="status"
              value={status}
              options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
              onChange={(s) => s && setStatus(s)}
            />
          </div>
          <TextField label={t('fields.note')} hint={t('actions.followUp.noteHint')} name="note" value={note} onChange={setNote} error={form.errors.note} multiline rows={4} maxLength={LIMITS.text} autoFocus className="input-wide" />
          {status === 'blocked' && (
            <TextField label={t('fields.blockedReason')} name="blockedReason" value={reason} onChange={setReason} error={form.errors.blockedReason} maxLength={LIMITS.shortText} className="input-wide" />
          )}
          {status === 'dropped' && (
            <TextField label={t('fields.droppedReason')} name="droppedReason" value={dropReason} onChange={setDropReason} error={form.errors.droppedReason} maxLength={LIMITS.shortText} required className="input-wide" />
          )}
        </div>
        <DialogActions form={form} submitLabel={t('actions.followUp.submit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
