import { useTranslation } from 'react-i18next';
import { LIMITS, WORKSHOP_STATUSES, type Workshop } from '../../../src-main/contract';
import { CountField, DateField, SelectField, TextField } from '../../ui/fields';

export type WorkshopValues = Pick<Workshop, 'title' | 'date' | 'place' | 'coach' | 'status' | 'participantCount'>;

interface WorkshopFieldsProps {
  values: WorkshopValues;
  onChange: (patch: Partial<WorkshopValues>) => void;
  errors: Record<string, string>;
  autoFocusTitle?: boolean;
}

/** The workshop's fields, shared by "Workshop anlegen" and the details screen. */
export function WorkshopFields({ values, onChange, errors, autoFocusTitle }: WorkshopFieldsProps) {
  const { t } = useTranslation();
  const statuses = WORKSHOP_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }));
  return (
    <div className="form-grid">
      <TextField
        label={t('fields.title')}
        name="title"
        value={values.title}
        onChange={(title) => onChange({ title })}
        error={errors.title}
        required
        maxLength={LIMITS.name}
        autoFocus={autoFocusTitle}
        className="input-wide"
      />
      <div className="form-row">
        <DateField label={t('fields.date')} name="date" hint={t('fields.dateHint')} value={values.date} onChange={(date) => onChange({ date })} error={errors.date} />
        <SelectField
          label={t('fields.status')}
          name="status"
          value={values.status}
          options={statuses}
          onChange={(status) => {
            if (status !== '') onChange({ status });
          }}
          error={errors.status}
        />
      </div>
      <div className="form-row">
        <TextField label={t('fields.place')} name="place" value={values.place} onChange={(place) => onChange({ place })} error={errors.place} maxLength={LIMITS.name} />
        <TextField label={t('fields.coach')} name="coach" value={values.coach} onChange={(coach) => onChange({ coach })} error={errors.coach} maxLength={LIMITS.name} />
      </div>
      <CountField
        label={t('fields.participantCount')}
        name="participantCount"
        value={values.participantCount}
        onChange={(participantCount) => onChange({ participantCount })}
        error={errors.participantCount}
      />
    </div>
  );
}
