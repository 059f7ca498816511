import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { ClubFields, type ClubValues, emptyClub } from './ClubFields';

export function CreateClubDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [values, setValues] = useState<ClubValues>(emptyClub);
  const form = useFormSubmit(async () => {
    const club = await api.call('organisations.create', values);
    announce(t('club.created', { name: club.name }));
    onClose();
    navigate(paths.club(club.id));
  });

  return (
    <Dialog title={t('club.createTitle')} onClose={onClose}>
      <form onSubmit={form.onSubmit} noValidate>
        <ClubFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={form.errors} autoFocusName />
        <DialogActions form={form} submitLabel={t('club.createSubmit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
