import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';

interface Props {
  organisationId: string;
  /** The workshop it follows; without it, the club's latest workshop. */
  followsWorkshopId?: string;
  primary?: boolean;
}

/** "Folgetermin anlegen": one click makes the session from the follow-up template and opens it. */
export function CreateFollowUpButton({ organisationId, followsWorkshopId, primary = false }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = (): void => {
    setBusy(true);
    setError(null);
    api
      .call('workshops.createFollowUp', { organisationId, title: t('workshop.followUp.title'), ...(followsWorkshopId ? { followsWorkshopId } : {}) })
      .then(
        (workshop) => {
          announce(t('workshop.followUp.created', { title: workshop.title }));
          navigate(paths.workshop(workshop.id));
        },
        (e: unknown) => {
          setError(errorMessage(t, e));
          setBusy(false);
        },
      );
  };
  return (
    <>
      <button type="button" className={primary ? 'btn btn-primary' : 'btn'} onClick={create} disabled={busy}>
        <Icon name="calendar" />
        {t('workshop.followUp.create')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
