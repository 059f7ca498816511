import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { useAutosave } from '../../lib/useAutosave';
import { useAnnounce } from '../../ui/Announcer';
import { AutosaveSection } from '../../ui/AutosaveSection';
import { DangerZone } from '../../ui/DangerZone';
import { ClubFields, type ClubValues } from './ClubFields';

/** The club's details, edited in place and saved as the coach types; deleting at the end. */
export function ClubDetails({ club, workshopCount }: { club: Organisation; workshopCount: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  // Local copy: what the coach types wins over reloads while the save is on its way.
  const [values, setValues] = useState<ClubValues>(club);
  const autosave = useAutosave<ClubValues>((patch) => api.call('organisations.update', { id: club.id, ...patch }));

  return (
    <>
      <AutosaveSection heading={t('club.detailsHeading')} hint={t('save.autosaveHint')} state={autosave.state} onBlur={autosave.flush}>
        <ClubFields
          values={values}
          errors={autosave.errors}
          onChange={(patch) => {
            setValues((v) => ({ ...v, ...patch }));
            autosave.change(patch);
          }}
        />
      </AutosaveSection>
      <DangerZone
        heading={t('club.deleteHeading')}
        text={t('club.deleteText')}
        buttonLabel={t('club.deleteButton')}
        confirmTitle={t('club.deleteConfirmTitle', { name: club.name })}
        confirmText={t('club.deleteConfirmText', { count: workshopCount })}
        confirmLabel={t('club.deleteConfirmButton')}
        onConfirm={async () => {
          await api.call('organisations.delete', { id: club.id });
          announce(t('club.deleted', { name: club.name }));
          navigate(paths.start());
        }}
      />
    </>
  );
}
