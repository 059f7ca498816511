import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { useAutosave } from '../../lib/useAutosave';
import { useAnnounce } from '../../ui/Announcer';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { WorkshopFields, type WorkshopValues } from './WorkshopFields';

export function WorkshopDetails({ workshop }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [values, setValues] = useState<WorkshopValues>(workshop);
  const [confirming, setConfirming] = useState(false);
  const autosave = useAutosave<WorkshopValues>((patch) => api.call('workshops.update', { id: workshop.id, ...patch }));

  return (
    <div className="workshop-details">
      <section className="section" aria-labelledby="workshop-details">
        <div className="section-header">
          <h2 id="workshop-details">{t('workshop.details')}</h2>
          <SaveIndicator state={autosave.state} />
        </div>
        <p className="hint">{t('workshop.detailsHint')}</p>
        <div onBlur={autosave.flush}>
          <WorkshopFields
            values={values}
            errors={autosave.errors}
            onChange={(patch) => {
              setValues((v) => ({ ...v, ...patch }));
              autosave.change(patch);
            }}
          />
        </div>
      </section>
      <section className="section section-danger" aria-labelledby="workshop-delete">
        <h2 id="workshop-delete">{t('workshop.deleteHeading')}</h2>
        <p>{t('workshop.deleteText')}</p>
        <button type="button" className="btn btn-danger-outline" onClick={() => setConfirming(true)}>
          <Icon name="trash" />
          {t('workshop.deleteButton')}
        </button>
      </section>
      {confirming && (
        <ConfirmDialog
          title={t('workshop.deleteConfirmTitle', { title: workshop.title })}
          text={t('workshop.deleteConfirmText')}
          confirmLabel={t('workshop.deleteConfirmButton')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await api.call('workshops.delete', { id: workshop.id });
            announce(t('workshop.deleted', { title: workshop.title }));
            navigate(paths.club(workshop.organisationId));
          }}
        />
      )}
    </div>
  );
}
