import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { errorMessage, fieldErrors } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { DateField } from '../../ui/fields';
import { Icon } from '../../ui/Icon';

/**
 * "Fortschrittsbericht": the club's progress over a period as a Word file,
 * for the board's report to its members or a funder. Empty dates mean
 * "since the first workshop" and "until today"; the report speaks the app's language.
 */
export function ProgressReport({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const save = async (): Promise<void> => {
    setBusy(true);
    setErrors({});
    try {
      const result = await api.exportFile('progress.docx', { organisationId, from, to, language: i18n.language === 'en' ? 'en' : 'de' });
      if (result.saved) announce(t('common.exported', { file: result.fileName }));
    } catch (e) {
      const byField = fieldErrors(t, e);
      setErrors(byField);
      announce(byField.to ?? byField.from ?? errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section progress-report" aria-labelledby="progress-report-heading">
      <h2 id="progress-report-heading">{t('club.progress.heading')}</h2>
      <p className="section-hint">{t('club.progress.hint')}</p>
      <div className="form-row progress-report-period">
        <DateField label={t('club.progress.from')} hint={t('club.progress.fromHint')} name="progressFrom" value={from} onChange={(v) => { setFrom(v); setErrors({}); }} error={errors.from} />
        <DateField label={t('club.progress.to')} hint={t('club.progress.toHint')} name="progressTo" value={to} onChange={(v) => { setTo(v); setErrors({}); }} error={errors.to} />
      </div>
      <button type="button" className="btn btn-primary" disabled={busy} aria-busy={busy} onClick={() => void save()}>
        <Icon name="download" />
        {busy ? t('club.progress.making') : t('club.progress.create')}
      </button>
    </section>
  );
}
