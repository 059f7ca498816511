import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Workshop } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useAutosave } from '../../lib/useAutosave';
import { AutosaveSection } from '../../ui/AutosaveSection';
import { DateField, TextField } from '../../ui/fields';

type FollowUpValues = Pick<Workshop, 'followUpDate' | 'participantNames' | 'participantsConsent'>;

/** What the report says beyond the results: when the club looks again, and who took part (only with their consent). */
export function FollowUpFields({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<FollowUpValues>(workshop);
  const autosave = useAutosave<FollowUpValues>((patch) => api.call('workshops.update', { id: workshop.id, ...patch }));
  const change = (patch: Partial<FollowUpValues>): void => {
    setValues((v) => ({ ...v, ...patch }));
    autosave.change(patch);
  };
  return (
    <AutosaveSection heading={t('report.followUpHeading')} hint={t('report.followUpHint')} state={autosave.state} onBlur={autosave.flush}>
      <div className="form-grid">
        <DateField
          label={t('report.followUpDate')}
          name="followUpDate"
          hint={t('fields.dateHint')}
          value={values.followUpDate}
          onChange={(followUpDate) => change({ followUpDate })}
          error={autosave.errors.followUpDate}
        />
        <TextField
          label={t('report.participantNames')}
          name="participantNames"
          hint={t('report.participantNamesHint')}
          value={values.participantNames}
          onChange={(participantNames) => change({ participantNames })}
          error={autosave.errors.participantNames}
          multiline
          rows={4}
          maxLength={LIMITS.text}
        />
        <label className="choice">
          <input type="checkbox" checked={values.participantsConsent} onChange={(e) => change({ participantsConsent: e.target.checked })} />
          {t('report.consent')}
        </label>
      </div>
    </AutosaveSection>
  );
}
