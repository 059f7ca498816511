import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { ReportDialog } from './ReportDialog';

/** The club's take-home: the whole workshop as a Word report, or the action plan alone. */
export function ReportExport({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const saveActions = async (): Promise<void> => {
    setBusy(true);
    try {
      // The action plan alone speaks the workshop's language, as the whole report does by default.
      const result = await api.exportFile('actions.docx', { workshopId: workshop.id, language: workshop.language });
      if (result.saved) announce(t('common.exported', { file: result.fileName }));
    } catch (e) {
      announce(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="phase-section report-export" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('report.heading')}</h2>
      <p className="section-hint">{t('report.intro')}</p>
      <div className="toolbar-group">
        <button type="button" className="btn btn-primary" onClick={() => setOpen(true)}>
          <Icon name="download" />
          {t('report.open')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void saveActions()}>
          <Icon name="download" />
          {busy ? t('common.exporting') : t('report.actionsOnly')}
        </button>
      </div>
      {open && (
        <ReportDialog
          workshop={workshop}
          onClose={() => setOpen(false)}
          onSaved={(file) => {
            setOpen(false);
            announce(t('common.exported', { file }));
          }}
        />
      )}
    </section>
  );
}
