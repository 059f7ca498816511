import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type TemplateSummary } from '../../../src-main/contract';
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
  const { t, i18n } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  // The agenda comes in the UI's language unless the coach picks the other one.
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'de');
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
  const template = templates.find((tpl) => tpl.id === templateId);
  const form = useFormSubmit(async () => {
    // An own template has one language: its workshop takes it (the core does so too).
    const chosen = template && !template.builtIn ? template.language : language;
    const workshop = await api.call('workshops.create', { organisationId, templateId, language: chosen, ...values });
    announce(t('workshop.created', { title: workshop.title }));
    onClose();
    navigate(paths.workshop(workshop.id));
  });

  const templateHint = template
    ? t('workshop.templateHint', { phases: template.phaseCount, duration: formatDuration(template.totalMinutes, t) })
    : undefined;

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <div className="form-grid">
        <SelectField
          label={t('workshop.template')}
          name="templateId"
          value={templateId}
          options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          onChange={setTemplateId}
          hint={templateHint}
          error={form.errors.templateId}
        />
        {template?.builtIn !== false && (
          <SelectField
            label={t('workshop.language')}
            name="language"
            value={language}
            options={LANGUAGES.map((code) => ({ value: code, label: t(`settings.languages.${code}`) }))}
            onChange={(value) => setLanguage(value === 'en' ? 'en' : 'de')}
            hint={t('workshop.languageHint')}
            error={form.errors.language}
          />
        )}
      </div>
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
