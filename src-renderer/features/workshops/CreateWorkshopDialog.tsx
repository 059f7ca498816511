import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { navigate, paths } from '../../app/router';
import { formatDuration } from '../../i18n/format';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { SelectField } from '../../ui/fields';
import { WorkshopFields, type WorkshopValues } from './WorkshopFields';

const initialValues: WorkshopValues = { title: '', date: null, place: '', coach: '', status: 'planned', participantCount: null };

export function CreateWorkshopDialog({ organisationId, onClose }: { organisationId: string; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const templates = useQuery('templates.list', {});
  const [templateId, setTemplateId] = useState('');
  const [values, setValues] = useState<WorkshopValues>(initialValues);
  const form = useFormSubmit(async () => {
    const workshop = await api.call('workshops.create', { organisationId, templateId, ...values });
    announce(t('workshop.created', { title: workshop.title }));
    onClose();
    navigate(paths.workshop(workshop.id));
  });

  // Start with the first template and its name as the title: most workshops keep both.
  useEffect(() => {
    const first = templates.data?.[0];
    if (first && templateId === '') {
      setTemplateId(first.id);
      setValues((v) => (v.title === '' ? { ...v, title: first.name } : v));
    }
  }, [templates.data, templateId]);

  const template = templates.data?.find((tpl) => tpl.id === templateId);
  const templateHint = template
    ? t('workshop.templateHint', { phases: template.phaseCount, duration: formatDuration(template.totalMinutes, t) })
    : undefined;

  return (
    <Dialog title={t('workshop.createTitle')} onClose={onClose}>
      <form onSubmit={form.onSubmit} noValidate>
        <SelectField
          label={t('workshop.template')}
          name="templateId"
          value={templateId}
          options={(templates.data ?? []).map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          onChange={setTemplateId}
          hint={templateHint}
          error={form.errors.templateId}
        />
        <WorkshopFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={form.errors} autoFocusTitle />
        <DialogActions form={form} submitLabel={t('workshop.createSubmit')} onCancel={onClose} disabled={!templateId} />
      </form>
    </Dialog>
  );
}
