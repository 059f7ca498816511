import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';

type Target = { workshopId: string } | { organisationId: string };

/** "Als Datei weitergeben": one workshop with its club, or a whole club, as a .vwerkstatt file. */
export function ArchiveExport({ target }: { target: Target }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const isClub = 'organisationId' in target;
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const result =
        'organisationId' in target
          ? await api.exportFile('club.vwerkstatt', { organisationId: target.organisationId })
          : await api.exportFile('workshop.vwerkstatt', { workshopId: target.workshopId });
      if (result.saved) announce(t('archive.exported', { fileName: result.fileName }));
    } catch (e) {
      announce(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section archive-export" aria-labelledby="archive-export-heading">
      <h2 id="archive-export-heading">{isClub ? t('archive.exportClub') : t('archive.exportWorkshop')}</h2>
      <p className="section-hint">{isClub ? t('archive.exportClubHint') : t('archive.exportWorkshopHint')}</p>
      <button type="button" className="btn" disabled={busy} aria-busy={busy} onClick={() => void save()}>
        <Icon name="download" />
        {busy ? t('archive.exporting') : isClub ? t('archive.exportClub') : t('archive.exportWorkshop')}
      </button>
    </section>
  );
}
