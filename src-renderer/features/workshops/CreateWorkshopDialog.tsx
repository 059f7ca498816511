import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { navigate, paths } from '../../app/router';
import { formatDuration } from '../../i18n/format';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { LoadState } from '../../ui/LoadState';
import { SelectField } from '../../ui/fields';
import { WorkshopFields, type WorkshopValues } from './WorkshopFields';

interface Props {
  organisationId: string;
  onClose: () => void;
}

function CreateWorkshopForm({ organisationId, onClose, templates }: Props & { templates: TemplateSummary[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  // Start with the first template and its name as the title: most workshops keep both.
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [values, setValues] = useState<WorkshopValues>({
    title: templates[0]?.name ?? '',
    date: null,
    place: '',
    coach: '',
    status: 'planned',
    participantCount: null,
  });
  const form = useFormSubmit(async () => {
    const workshop = await api.call('workshops.create', { organisationId, templateId, ...values });
    announce(t('workshop.created', { title: workshop.title }));
    onClose();
    navigate(paths.workshop(workshop.id));
  });

  const template = templates.find((tpl) => tpl.id === templateId);
  const templateHint = template
    ? t('workshop.templateHint', { phases: template.phaseCount, duration: formatDuration(template.totalMinutes, t) })
    : undefined;

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <SelectField
        label={t('workshop.template')}
        name="templateId"
        value={templateId}
        options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        onChange={setTemplateId}
        hint={templateHint}
        error={form.errors.templateId}
      />
      <WorkshopFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={form.errors} autoFocusTitle />
      <DialogActions form={form} submitLabel={t('workshop.createSubmit')} onCancel={onClose} disabled={!templateId} />
    </form>
  );
}

export function CreateWorkshopDialog({ organisationId, onClose }: Props) {
  const { t } = useTranslation();
  const templates = useQuery('templates.list', {});
  return (
    <Dialog title={t('workshop.createTitle')} onClose={onClose}>
      {templates.data ? (
        <CreateWorkshopForm organisationId={organisationId} onClose={onClose} templates={templates.data} />
      ) : (
        <LoadState error={templates.error} onRetry={templates.reload} />
      )}
    </Dialog>
  );
}
