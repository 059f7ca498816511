import { useTranslation } from 'react-i18next';
import { LEGAL_FORMS, LIMITS, type Organisation } from '../../../src-main/contract';
import { CountField, SelectField, TextField } from '../../ui/fields';

export type ClubValues = Pick<Organisation, 'name' | 'legalForm' | 'field' | 'members' | 'volunteers' | 'staff' | 'contact' | 'notes'>;

export const emptyClub: ClubValues = {
  name: '',
  legalForm: null,
  field: '',
  members: null,
  volunteers: null,
  staff: null,
  contact: '',
  notes: '',
};

interface ClubFieldsProps {
  values: ClubValues;
  onChange: (patch: Partial<ClubValues>) => void;
  errors: Record<string, string>;
  autoFocusName?: boolean;
}

/** The club's fields, shared by "Verein anlegen" and the club page. */
export function ClubFields({ values, onChange, errors, autoFocusName }: ClubFieldsProps) {
  const { t } = useTranslation();
  const legalForms = LEGAL_FORMS.map((value) => ({ value, label: t(`legalForms.${value}`) }));
  return (
    <div className="form-grid">
      <TextField
        label={t('fields.name')}
        name="name"
        value={values.name}
        onChange={(name) => onChange({ name })}
        error={errors.name}
        required
        maxLength={LIMITS.name}
        autoFocus={autoFocusName}
        className="input-wide"
      />
      <SelectField
        label={t('fields.legalForm')}
        name="legalForm"
        value={values.legalForm ?? ''}
        options={legalForms}
        emptyLabel={t('fields.legalFormNone')}
        onChange={(v) => onChange({ legalForm: v === '' ? null : v })}
        error={errors.legalForm}
      />
      <TextField
        label={t('fields.field')}
        name="field"
        hint={t('fields.fieldHint')}
        value={values.field}
        onChange={(field) => onChange({ field })}
        error={errors.field}
        maxLength={LIMITS.name}
      />
      <div className="form-row">
        <CountField label={t('fields.members')} name="members" value={values.members} onChange={(members) => onChange({ members })} error={errors.members} />
        <CountField label={t('fields.volunteers')} name="volunteers" value={values.volunteers} onChange={(volunteers) => onChange({ volunteers })} error={errors.volunteers} />
        <CountField label={t('fields.staff')} name="staff" value={values.staff} onChange={(staff) => onChange({ staff })} error={errors.staff} />
      </div>
      <TextField
        label={t('fields.contact')}
        name="contact"
        hint={t('fields.contactHint')}
        value={values.contact}
        onChange={(contact) => onChange({ contact })}
        error={errors.contact}
        maxLength={LIMITS.shortText}
      />
      <TextField
        label={t('fields.notes')}
        name="notes"
        value={values.notes}
        onChange={(notes) => onChange({ notes })}
        error={errors.notes}
        multiline
        rows={3}
        maxLength={LIMITS.text}
      />
    </div>
  );
}
