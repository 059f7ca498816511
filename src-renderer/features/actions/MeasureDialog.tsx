import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EFFORTS, IMPACT_STAGES, LIMITS, MEASURE_STATUSES, type Measure, PRIORITIES } from '../../../src-main/contract';
import { errorMessage, fieldErrors } from '../../i18n/errors';
import { useDraft } from '../../lib/useDraft';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { DateField, SelectField, TextField } from '../../ui/fields';
import { FollowUpDialog } from './FollowUpDialog';
import { MeasureHistory } from './MeasureHistory';
import { OriginLink } from './MeasureBadges';
import type { MeasureActions, MeasurePatch } from './measure-actions';

type TextKey = 'title' | 'description' | 'goal' | 'owner' | 'helpers' | 'firstStep' | 'blockedReason' | 'droppedReason';
const MAX: Record<TextKey, number> = {
  title: LIMITS.name,
  description: LIMITS.text,
  goal: LIMITS.text,
  owner: LIMITS.name,
  helpers: LIMITS.shortText,
  firstStep: LIMITS.shortText,
  blockedReason: LIMITS.shortText,
  droppedReason: LIMITS.shortText,
};

interface Props {
  measure: Measure;
  today: string;
  owners: readonly string[];
  actions: MeasureActions;
  onClose: () => void;
}

function useFieldSave(measure: Measure, actions: MeasureActions) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = (patch: MeasurePatch): Promise<void> =>
    actions.update(measure.id, patch).then(
      () => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in patch)))),
      (error: unknown) => {
        const byField = fieldErrors(t, error);
        const key = Object.keys(patch)[0] ?? '';
        setErrors((e) => ({ ...e, ...(Object.keys(byField).length ? byField : { [key]: errorMessage(t, error) }) }));
        throw error;
      },
    );
  return { errors, save };
}

function DraftText(props: { field: TextKey; measure: Measure; save: (p: MeasurePatch) => Promise<void>; error?: string | undefined; multiline?: boolean; hint?: string; suggestions?: readonly string[]; wide?: boolean }) {
  const { t } = useTranslation();
  const { field, measure, save } = props;
  const draft = useDraft(measure[field], (value) => save({ [field]: value }));
  return (
    <TextField
      label={t(`fields.${field}`)}
      hint={props.hint}
      name={field}
      value={draft.value}
      onChange={draft.change}
      onBlur={draft.flush}
      error={props.error}
      required={field === 'title'}
      multiline={props.multiline}
      rows={3}
      maxLength={MAX[field]}
      suggestions={props.suggestions}
      className={props.wide ? 'input-wide' : undefined}
    />
  );
}

/** Everything about one measure, saved as it is typed; its origin, its history and follow-ups. */
export function MeasureDialog({ measure, today, owners, actions, onClose }: Props) {
  const { t } = useTranslation();
  const { errors, save } = useFieldSave(measure, actions);
  // "Verworfen" asks why: choosing it opens the follow-up with the reason field.
  const [followUp, setFollowUp] = useState<false | 'dropped' | true>(false);
  const quiet = (patch: MeasurePatch): void => void save(patch).catch(() => undefined);
  const text = { measure, save, wide: true } as const;
  return (
    <Dialog title={t('actions.editTitle')} description={measure.title} onClose={onClose}>
      <div className="form-grid measure-form">
        <DraftText field="title" {...text} error={errors.title} />
        <DraftText field="description" {...text} multiline error={errors.description} />
        <DraftText field="goal" {...text} multiline hint={t('actions.goalHint')} error={errors.goal} />
        <div className="form-row">
          <DraftText field="owner" measure={measure} save={save} hint={t('actions.ownerHint')} suggestions={owners} error={errors.owner} />
          <DraftText field="helpers" measure={measure} save={save} error={errors.helpers} />
        </div>
        <DraftText field="firstStep" {...text} hint={t('actions.firstStepHint')} error={errors.firstStep} />
        <div className="form-row">
          <DateField label={t('fields.startDate')} hint={t('fields.dateHint')} name="startDate" value={measure.startDate} onChange={(startDate) => quiet({ startDate })} error={errors.startDate} />
          <DateField label={t('fields.dueDate')} hint={t('fields.dateHint')} name="dueDate" value={measure.dueDate} onChange={(dueDate) => quiet({ dueDate })} error={errors.dueDate} />
        </div>
        <div className="form-row form-row-3">
          <SelectField label={t('fields.priority')} name="priority" value={measure.priority} options={PRIORITIES.map((p) => ({ value: p, label: t(`actions.priorities.${p}`) }))} onChange={(priority) => priority && quiet({ priority })} />
          <SelectField label={t('fields.effort')} name="effort" value={measure.effort ?? ''} emptyLabel={t('actions.effortUnknown')} options={EFFORTS.map((e) => ({ value: e, label: t(`actions.efforts.${e}`) }))} onChange={(effort) => quiet({ effort: effort || null })} />
          <SelectField label={t('fields.status')} name="status" value={measure.status} options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))} onChange={(status) => status && (status === 'dropped' ? setFollowUp('dropped') : quiet({ status }))} />
        </div>
        <SelectField label={t('fields.impactStage')} name="impactStage" hint={t('actions.impactHint')} value={measure.impactStage ?? ''} emptyLabel={t('actions.impactUnknown')} options={IMPACT_STAGES.map((s) => ({ value: s, label: t(`actions.impactStages.${s}`) }))} onChange={(impactStage) => quiet({ impactStage: impactStage || null })} />
        {measure.status === 'blocked' && <DraftText field="blockedReason" {...text} error={errors.blockedReason} />}
        {measure.status === 'dropped' && <DraftText field="droppedReason" {...text} error={errors.droppedReason} />}
      </div>
      <section className="measure-section" aria-labelledby="measure-origin">
        <h3 id="measure-origin">{t('actions.originHeading')}</h3>
        {measure.origin ? <OriginLink origin={measure.origin} workshopId={measure.workshopId} /> : <p className="hint">{t('actions.noOrigin')}</p>}
      </section>
      <section className="measure-section" aria-labelledby="measure-history">
        <div className="section-header">
          <h3 id="measure-history">{t('actions.historyHeading')}</h3>
          <button type="button" className="btn" onClick={() => setFollowUp(true)}>
            <Icon name="edit" />
            {t('actions.followUp.open')}
          </button>
        </div>
        <MeasureHistory history={measure.history} sessions={measure.sessions} />
      </section>
      <div className="dialog-actions dialog-actions-split">
        <button type="button" className="btn btn-danger-outline" onClick={() => { onClose(); void actions.remove([measure.id]).catch(() => undefined); }}>
          <Icon name="trash" />
          {t('actions.remove')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('actions.done')}
        </button>
      </div>
      {followUp && (
        <FollowUpDialog measure={measure} today={today} submit={actions.followUp} onClose={() => setFollowUp(false)} {...(followUp === 'dropped' ? { initialStatus: 'dropped' as const } : {})} />
      )}
    </Dialog>
  );
}
