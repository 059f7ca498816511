import { useTranslation } from 'react-i18next';
import { LIMITS, RELATION_TYPES, type Relation, type StakeholderMap } from '../../../src-main/contract';
import { useDraft } from '../../lib/useDraft';
import { SelectField, TextField } from '../../ui/fields';
import { Icon } from '../../ui/Icon';
import { useRelationText } from './RelationsSection';
import type { StakeholderActions } from './useStakeholderMap';

/** A relation picked on the map: change its kind or label, or remove it. */
export function RelationForm({ relation, map, actions, run }: { relation: Relation; map: StakeholderMap; actions: StakeholderActions; run: (work: Promise<unknown>) => void }) {
  const { t } = useTranslation();
  const text = useRelationText(map);
  const label = useDraft(relation.label, (value) => actions.updateRelation(relation.id, { label: value }));
  return (
    <div className="panel-section">
      <h3>{t('stakeholders.panel.relationHeading')}</h3>
      <p>{text(relation)}</p>
      <div className="form-grid panel-form">
        <SelectField
          label={t('stakeholders.panel.connectType')}
          name="type"
          value={relation.type}
          options={RELATION_TYPES.map((v) => ({ value: v, label: t(`domain.relationTypes.${v}`) }))}
          onChange={(v) => v && run(actions.updateRelation(relation.id, { type: v }))}
        />
        <TextField label={t('stakeholders.panel.connectLabel')} name="label" value={label.value} onChange={label.change} onBlur={label.flush} maxLength={LIMITS.name} />
      </div>
      <button type="button" className="btn btn-danger-outline panel-delete" onClick={() => run(actions.removeRelations([relation.id]))}>
        <Icon name="trash" />
        {t('stakeholders.panel.removeRelation')}
      </button>
    </div>
  );
}
