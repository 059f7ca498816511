import { useTranslation } from 'react-i18next';
import { LIMITS, WORKSHOP_STATUSES, type Workshop } from '../../../src-main/contract';
import { localIsoDate } from '../../../src-main/shared/measure-dates';
import { CountField, DateField, SelectField, TextField, TimeField } from '../../ui/fields';

export type WorkshopValues = Pick<Workshop, 'title' | 'date' | 'place' | 'coach' | 'status' | 'participantCount'>;

interface WorkshopFieldsProps {
  values: WorkshopValues;
  onChange: (patch: Partial<WorkshopValues>) => void;
  errors: Record<string, string>;
  autoFocusTitle?: boolean;
  /** The day's start time, on the details screen only: the printed agenda's clock times count from it. */
  startTime?: { value: string | null; onChange: (value: string | null) => void };
}

/** The workshop's fields, shared by "Workshop anlegen" and the details screen. */
export function WorkshopFields({ values, onChange, errors, autoFocusTitle, startTime }: WorkshopFieldsProps) {
  const { t } = useTranslation();
  const statuses = WORKSHOP_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }));
  // A planned workshop on a past day is often one entered afterwards: a hint, never a refusal.
  const pastPlanned = values.status === 'planned' && values.date !== null && values.date < localIsoDate(new Date());
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
        <DateField label={t('fields.date')} name="date" hint={pastPlanned ? t('fields.datePastPlanned') : t('fields.dateHint')} value={values.date} onChange={(date) => onChange({ date })} error={errors.date} />
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
      <div className="form-row">
        {startTime && (
          <TimeField
            label={t('print.startTime')}
            name="startTime"
            hint={t('print.startTimeHint')}
            value={startTime.value}
            onChange={startTime.onChange}
            error={errors.startTime}
          />
        )}
        <CountField
          label={t('fields.participantCount')}
          name="participantCount"
          value={values.participantCount}
          onChange={(participantCount) => onChange({ participantCount })}
          error={errors.participantCount}
        />
      </div>
    </div>
  );
}
