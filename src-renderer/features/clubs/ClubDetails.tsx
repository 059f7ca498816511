import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useAutosave } from '../../lib/useAutosave';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { ClubFields, type ClubValues } from './ClubFields';

/** The club's details, edited in place and saved as the coach types. */
export function ClubDetails({ club }: { club: Organisation }) {
  const { t } = useTranslation();
  const api = useApi();
  // Local copy: what the coach types wins over reloads while the save is on its way.
  const [values, setValues] = useState<ClubValues>(club);
  const autosave = useAutosave<ClubValues>((patch) => api.call('organisations.update', { id: club.id, ...patch }));

  return (
    <section className="section" aria-labelledby="club-details">
      <div className="section-header">
        <h2 id="club-details">{t('club.detailsHeading')}</h2>
        <SaveIndicator state={autosave.state} />
      </div>
      <p className="hint">{t('save.autosaveHint')}</p>
      <div onBlur={autosave.flush}>
        <ClubFields
          values={values}
          errors={autosave.errors}
          onChange={(patch) => {
            setValues((v) => ({ ...v, ...patch }));
            autosave.change(patch);
          }}
        />
      </div>
    </section>
  );
}
