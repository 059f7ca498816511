import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintDocument } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';

/**
 * "Ablauf drucken" / "Maßnahmenplan drucken". The desktop app saves a PDF
 * where the coach chooses; the browser opens the print view with its print dialog.
 */
export function PrintButtons({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<PrintDocument | null>(null);
  const print = async (document: PrintDocument): Promise<void> => {
    setBusy(document);
    try {
      const result = await api.printDocument(workshopId, document);
      if (result.saved) announce(t('print.saved', { file: result.fileName }));
    } catch (error) {
      announce(errorMessage(t, error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="phase-section" aria-labelledby="print-heading">
      <h2 id="print-heading">{t('print.heading')}</h2>
      <p className="section-hint">{t('print.intro')}</p>
      <div className="toolbar-group">
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void print('agenda')}>
          <Icon name="list" />
          {busy === 'agenda' ? t('print.busy') : t('print.agendaButton')}
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void print('actions')}>
          <Icon name="check" />
          {busy === 'actions' ? t('print.busy') : t('print.actionsButton')}
        </button>
      </div>
    </section>
  );
}
