import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';

export function DeleteClub({ club, workshopCount }: { club: Organisation; workshopCount: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="section section-danger" aria-labelledby="club-delete">
      <h2 id="club-delete">{t('club.deleteHeading')}</h2>
      <p>{t('club.deleteText')}</p>
      <button type="button" className="btn btn-danger-outline" onClick={() => setConfirming(true)}>
        <Icon name="trash" />
        {t('club.deleteButton')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('club.deleteConfirmTitle', { name: club.name })}
          text={t('club.deleteConfirmText', { count: workshopCount })}
          confirmLabel={t('club.deleteConfirmButton')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await api.call('organisations.delete', { id: club.id });
            announce(t('club.deleted', { name: club.name }));
            navigate(paths.start());
          }}
        />
      )}
    </section>
  );
}
