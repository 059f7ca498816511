import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../src-main/contract';
import { navigate, paths } from '../../app/router';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { TextField } from '../../ui/fields';

interface Props {
  title: string;
  description: string;
  submitLabel: string;
  initialName?: string;
  /** Makes the template; the dialog then opens it in the editor. */
  create: (name: string) => Promise<{ id: string }>;
  onClose: () => void;
}

/** Asks for a template's name, makes the template, and opens it. */
export function TemplateNameDialog({ title, description, submitLabel, initialName = '', create, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const form = useFormSubmit(async () => {
    const template = await create(name);
    onClose();
    navigate(paths.template(template.id));
  });
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form onSubmit={form.onSubmit} noValidate>
        <TextField label={t('templates.name')} name="name" value={name} onChange={setName} error={form.errors.name} required maxLength={LIMITS.name} autoFocus className="input-wide" />
        <DialogActions form={form} submitLabel={submitLabel} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
