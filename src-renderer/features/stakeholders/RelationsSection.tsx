import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, RELATION_TYPES, type Relation, type RelationType, type Stakeholder, type StakeholderMap } from '../../../src-main/contract';
import { errorMessage } from '../../i18n/errors';
import { SelectField, TextField } from '../../ui/fields';
import type { StakeholderActions } from './useStakeholderMap';

interface Props {
  stakeholder: Stakeholder;
  map: StakeholderMap;
  actions: StakeholderActions;
  run: (work: Promise<unknown>) => void;
  announce: (text: string) => void;
}

export function useRelationText(map: StakeholderMap) {
  const { t } = useTranslation();
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  return (r: Relation): string => {
    const base = `${names.get(r.sourceId) ?? ''} ${t(`domain.relationTypes.${r.type}`)} ${names.get(r.targetId) ?? ''}`;
    return r.label ? `${base} („${r.label}“)` : base;
  };
}

function ConnectForm({ stakeholder, map, actions, announce }: Props) {
  const { t } = useTranslation();
  const text = useRelationText(map);
  const [targetId, setTargetId] = useState('');
  const [type, setType] = useState<RelationType>('collaborates');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const others = map.stakeholders.filter((s) => s.id !== stakeholder.id).sort((a, b) => a.name.localeCompare(b.name, 'de'));

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!targetId) {
      setError(t('errors.validation.required', { field: t('stakeholders.panel.connectTo') }));
      return;
    }
    actions.connect(stakeholder.id, targetId, type, label).then(
      (r) => {
        setTargetId('');
        setLabel('');
        setError(null);
        announce(t('stakeholders.panel.connected', { text: text(r) }));
      },
      (e: unknown) => setError(errorMessage(t, e)),
    );
  };

  return (
    <form onSubmit={submit} noValidate className="connect-form">
      <h4>{t('stakeholders.panel.connectHeading')}</h4>
      <SelectField
        label={t('stakeholders.panel.connectTo')}
        name="targetId"
        value={targetId}
        emptyLabel={t('stakeholders.panel.connectChoose')}
        options={others.map((o) => ({ value: o.id, label: o.name }))}
        onChange={setTargetId}
        error={error ?? undefined}
      />
      <SelectField
        label={t('stakeholders.panel.connectType')}
        name="type"
        value={type}
        options={RELATION_TYPES.map((v) => ({ value: v, label: t(`domain.relationTypes.${v}`) }))}
        onChange={(v) => v && setType(v)}
      />
      <TextField label={t('stakeholders.panel.connectLabel')} name="label" value={label} onChange={setLabel} maxLength={LIMITS.name} />
      <button type="submit" className="btn">
        {t('stakeholders.panel.connectSubmit')}
      </button>
    </form>
  );
}

/** The relations of one stakeholder, and connecting to another one without a mouse. */
export function RelationsSection(props: Props) {
  const { t } = useTranslation();
  const text = useRelationText(props.map);
  const mine = props.map.relations.filter((r) => r.sourceId === props.stakeholder.id || r.targetId === props.stakeholder.id);
  return (
    <div className="relations">
      <h4>{t('stakeholders.panel.relationsHeading')}</h4>
      {mine.length === 0 ? (
        <p className="hint">{t('stakeholders.panel.noRelations')}</p>
      ) : (
        <ul className="relation-list">
          {mine.map((r) => (
            <li key={r.id} className={`relation-item rel-label-${r.type}`}>
              <span>{text(r)}</span>
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('stakeholders.panel.removeRelationLabel', { text: text(r) })}
                onClick={() => props.run(props.actions.removeRelations([r.id]))}
              >
                {t('stakeholders.panel.removeRelation')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.map.stakeholders.length > 1 && <ConnectForm {...props} />}
    </div>
  );
}
