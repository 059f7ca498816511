import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Measure, type OriginKind, PRIORITIES, type Priority } from '../../../src-main/contract';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { DateField, SelectField, TextField } from '../../ui/fields';
import type { NewMeasure } from './measure-actions';

/** What a new measure is made from, with the words shown to the coach. */
export interface OriginRequest {
  kind: OriginKind;
  id: string;
  /** The origin's text, e.g. the pain point. */
  label: string;
  /** For notes: the words picked from the notes. */
  excerpt?: string;
  /** What kind of thing it is, in words ("Schmerzpunkt"); default: the origin kind's name. */
  kindLabel?: string;
  /** A first title where the origin already reads like a measure (an idea, a note). */
  suggestedTitle?: string;
}

interface Props {
  origin: OriginRequest | null;
  owners: readonly string[];
  create: (fields: NewMeasure) => Promise<Measure>;
  onClose: () => void;
  onCreated?: (measure: Measure) => void;
}

/** "Neue Maßnahme" or "Maßnahme daraus machen": the few things the room decides first. */
export function CreateMeasureDialog({ origin, owners, create, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [values, setValues] = useState({
    title: origin?.suggestedTitle ?? '',
    owner: '',
    dueDate: null as string | null,
    firstStep: '',
    priority: 'medium' as Priority,
  });
  const set = (patch: Partial<typeof values>): void => setValues((v) => ({ ...v, ...patch }));
  const form = useFormSubmit(async () => {
    const originInput = origin ? { kind: origin.kind, id: origin.id, ...(origin.excerpt ? { excerpt: origin.excerpt } : {}) } : null;
    const measure = await create({ ...values, origin: originInput });
    announce(t('actions.created', { title: measure.title }));
    onClose();
    onCreated?.(measure);
  });
  const title = origin ? t('actions.fromOriginTitle') : t('actions.createTitle');
  const description = origin ? t('actions.fromOriginText', { kind: origin.kindLabel ?? t(`actions.origins.${origin.kind}`), label: origin.label }) : t('actions.createText');
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form onSubmit={form.onSubmit} noValidate>
        <div className="form-grid">
          <TextField label={t('fields.title')} hint={t('actions.titleHint')} name="title" value={values.title} onChange={(title) => set({ title })} error={form.errors.title} required maxLength={LIMITS.name} autoFocus className="input-wide" />
          <div className="form-row">
            <TextField label={t('fields.owner')} hint={t('actions.ownerHint')} name="owner" value={values.owner} onChange={(owner) => set({ owner })} error={form.errors.owner} maxLength={LIMITS.name} suggestions={owners} />
            <DateField label={t('fields.dueDate')} hint={t('fields.dateHint')} name="dueDate" value={values.dueDate} onChange={(dueDate) => set({ dueDate })} error={form.errors.dueDate} />
          </div>
          <TextField label={t('fields.firstStep')} hint={t('actions.firstStepHint')} name="firstStep" value={values.firstStep} onChange={(firstStep) => set({ firstStep })} error={form.errors.firstStep} maxLength={LIMITS.shortText} className="input-wide" />
          <SelectField label={t('fields.priority')} name="priority" value={values.priority} options={PRIORITIES.map((p) => ({ value: p, label: t(`actions.priorities.${p}`) }))} onChange={(priority) => priority && set({ priority })} />
        </div>
        <DialogActions form={form} submitLabel={t('actions.createSubmit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
