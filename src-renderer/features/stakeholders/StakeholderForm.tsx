import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTITUDES,
  CLOSENESS_LEVELS,
  LIMITS,
  STAKEHOLDER_CATEGORIES,
  type Stakeholder,
  type StakeholderMap,
} from '../../../src-main/contract';
import { placedQuadrant } from '../../../src-main/shared/stakeholder-geometry';
import { fieldErrors } from '../../i18n/errors';
import { useDraft } from '../../lib/useDraft';
import { SelectField, TextField } from '../../ui/fields';
import { Icon } from '../../ui/Icon';
import { LinkedMeasures } from '../actions/MeasureLinks';
import { RelationsSection } from './RelationsSection';
import { ScoreInput } from './ScoreInput';
import type { StakeholderActions, StakeholderPatch } from './useStakeholderMap';

interface FormProps {
  stakeholder: Stakeholder;
  map: StakeholderMap;
  actions: StakeholderActions;
  run: (work: Promise<unknown>) => void;
  announce: (text: string) => void;
}

/** Everything about one stakeholder; each change is saved at once and can be undone. */
export function StakeholderForm({ stakeholder: s, map, actions, run, announce }: FormProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async (patch: StakeholderPatch): Promise<void> => {
    try {
      await actions.update(s.id, patch);
      setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(patch).map((k) => [k, ''])) }));
    } catch (error) {
      setErrors((e) => ({ ...e, ...fieldErrors(t, error) }));
      throw error;
    }
  };
  const name = useDraft(s.name, (text) => save({ name: text }));
  const notes = useDraft(s.notes, (text) => save({ notes: text }));
  const options = <V extends string>(values: readonly V[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as 'domain.attitudes.neutral') }));
  const duplicate = map.stakeholders.some(
    (o) => o.id !== s.id && o.name.trim().toLocaleLowerCase() === name.value.trim().toLocaleLowerCase(),
  );
  const select = (patch: StakeholderPatch): void => run(save(patch));
  const quadrant = placedQuadrant(s);

  return (
    <div className="panel-section">
      <h3>{t('stakeholders.panel.editHeading', { name: s.name })}</h3>
      <p className="panel-quadrant">{quadrant ? t('stakeholders.panel.quadrant', { quadrant: t(`domain.quadrants.${quadrant}`) }) : t('stakeholders.panel.unplaced')}</p>
      <div className="form-grid panel-form">
        <TextField
          label={t('stakeholders.fields.name')}
          name="name"
          value={name.value}
          onChange={name.change}
          onBlur={name.flush}
          required
          maxLength={LIMITS.name}
          error={errors.name || undefined}
          hint={duplicate ? t('stakeholders.panel.duplicateHint') : undefined}
        />
        <SelectField label={t('stakeholders.fields.category')} name="category" value={s.category} options={options(STAKEHOLDER_CATEGORIES, 'domain.categories')} onChange={(v) => v && select({ category: v })} />
        <div className="form-row">
          <ScoreInput label={t('stakeholders.fields.influence')} value={s.influence} onCommit={(influence) => run(save({ influence }))} hint />
          <ScoreInput label={t('stakeholders.fields.interest')} value={s.interest} onCommit={(interest) => run(save({ interest }))} />
        </div>
        <SelectField label={t('stakeholders.fields.attitude')} name="attitude" value={s.attitude} options={options(ATTITUDES, 'domain.attitudes')} onChange={(v) => v && select({ attitude: v })} />
        <SelectField label={t('stakeholders.fields.targetAttitude')} name="targetAttitude" value={s.targetAttitude} options={options(ATTITUDES, 'domain.attitudes')} onChange={(v) => v && select({ targetAttitude: v })} />
        <SelectField label={t('stakeholders.fields.closeness')} name="closeness" value={s.closeness} options={options(CLOSENESS_LEVELS, 'domain.closeness')} onChange={(v) => v && select({ closeness: v })} />
        <TextField label={t('stakeholders.fields.notes')} name="notes" value={notes.value} onChange={notes.change} onBlur={notes.flush} multiline rows={3} maxLength={LIMITS.text} />
      </div>
      <RelationsSection stakeholder={s} map={map} actions={actions} run={run} announce={announce} />
      <div className="panel-subsection">
        <h4>{t('actions.fromStakeholderHeading')}</h4>
        <LinkedMeasures kind="stakeholder" id={s.id} label={s.name} />
      </div>
      <button type="button" className="btn btn-danger-outline panel-delete" onClick={() => run(actions.remove([s.id]))}>
        <Icon name="trash" />
        {t('stakeholders.panel.remove')}
      </button>
    </div>
  );
}
