import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { useAutosave } from '../../lib/useAutosave';
import { useAnnounce } from '../../ui/Announcer';
import { AutosaveSection } from '../../ui/AutosaveSection';
import { DangerZone } from '../../ui/DangerZone';
import { PrintButtons } from '../print/PrintButtons';
import { ReportExport } from '../report/ReportExport';
import { ArchiveExport } from '../archive/ArchiveExport';
import { AgendaEditor } from './AgendaEditor';
import { CreateFollowUpButton } from './CreateFollowUpButton';
import { FollowUpFields } from './FollowUpFields';
import { WorkshopFields, type WorkshopValues } from './WorkshopFields';

export function WorkshopDetails({ workshop }: { workshop: WorkshopDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const [values, setValues] = useState<WorkshopValues>(workshop);
  const [startTime, setStartTime] = useState(workshop.startTime);
  const autosave = useAutosave<WorkshopValues & Pick<WorkshopDetail, 'startTime'>>((patch) => api.call('workshops.update', { id: workshop.id, ...patch }));

  return (
    <div className="workshop-details">
      <AutosaveSection heading={t('workshop.details')} hint={t('workshop.detailsHint')} state={autosave.state} onBlur={autosave.flush}>
        <WorkshopFields
          values={values}
          errors={autosave.errors}
          onChange={(patch) => {
            setValues((v) => ({ ...v, ...patch }));
            autosave.change(patch);
          }}
          startTime={{
            value: startTime,
            onChange: (value) => {
              setStartTime(value);
              autosave.change({ startTime: value });
            },
          }}
        />
      </AutosaveSection>
      <ReportExport workshop={workshop} />
      <PrintButtons workshopId={workshop.id} />
      <FollowUpFields workshop={workshop} />
      <section className="section" aria-labelledby="follow-up-create">
        <h2 id="follow-up-create">{t('workshop.followUp.create')}</h2>
        <p className="hint">{t('workshop.followUp.hint')}</p>
        <CreateFollowUpButton organisationId={workshop.organisationId} followsWorkshopId={workshop.id} />
      </section>
      <ArchiveExport target={{ workshopId: workshop.id }} />
      <AgendaEditor workshop={workshop} />
      <DangerZone
        heading={t('workshop.deleteHeading')}
        text={t('workshop.deleteText')}
        buttonLabel={t('workshop.deleteButton')}
        confirmTitle={t('workshop.deleteConfirmTitle', { title: workshop.title })}
        confirmText={t('workshop.deleteConfirmText')}
        confirmLabel={t('workshop.deleteConfirmButton')}
        onConfirm={async () => {
          await api.call('workshops.delete', { id: workshop.id });
          announce(t('workshop.deleted', { title: workshop.title }));
          navigate(paths.club(workshop.organisationId));
        }}
      />
    </div>
  );
}
