import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_VALUES, type ConsentValue, type DataMapRow, LIMITS } from '../../../src-main/contract';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';

export interface DataMapValues {
  dataKind: string;
  storage: string;
  access: string;
  legalBasis: string;
  consent: ConsentValue;
  deletion: string;
}

const EMPTY: DataMapValues = { dataKind: '', storage: '', access: '', legalBasis: '', consent: 'unclear', deletion: '' };
const LEGAL_BASES = ['contract', 'law', 'interest', 'consent', 'unclear'] as const;

interface Props {
  row: DataMapRow | null;
  save: (values: DataMapValues) => Promise<void>;
  onClose: () => void;
}

/** Adds a row to the data map, or edits one: every column of the table. */
export function DataMapDialog({ row, save, onClose }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DataMapValues>(row ? { dataKind: row.dataKind, storage: row.storage, access: row.access, legalBasis: row.legalBasis, consent: row.consent, deletion: row.deletion } : EMPTY);
  const set = (patch: Partial<DataMapValues>): void => setValues((v) => ({ ...v, ...patch }));
  const form = useFormSubmit(async () => {
    await save(values);
    onClose();
  });
  const col = (key: keyof DataMapValues | 'measure'): string => t(`dataProtection.dataMap.columns.${key}`);
  const hint = (key: 'dataKind' | 'storage' | 'access' | 'legalBasis' | 'deletion'): string => t(`dataProtection.dataMap.hints.${key}`);
  return (
    <Dialog title={row ? t('dataProtection.dataMap.editTitle') : t('dataProtection.dataMap.addTitle')} onClose={onClose}>
      <form onSubmit={form.onSubmit} noValidate>
        <div className="form-grid">
          <TextField label={col('dataKind')} hint={hint('dataKind')} name="dataKind" value={values.dataKind} onChange={(dataKind) => set({ dataKind })} error={form.errors.dataKind} required maxLength={LIMITS.name} autoFocus className="input-wide" />
          <TextField label={col('storage')} hint={hint('storage')} name="storage" value={values.storage} onChange={(storage) => set({ storage })} error={form.errors.storage} maxLength={LIMITS.shortText} className="input-wide" />
          <TextField label={col('access')} hint={hint('access')} name="access" value={values.access} onChange={(access) => set({ access })} error={form.errors.access} maxLength={LIMITS.shortText} className="input-wide" />
          <div className="form-row">
            <TextField
              label={col('legalBasis')}
              hint={hint('legalBasis')}
              name="legalBasis"
              value={values.legalBasis}
              onChange={(legalBasis) => set({ legalBasis })}
              error={form.errors.legalBasis}
              maxLength={LIMITS.shortText}
              suggestions={LEGAL_BASES.map((b) => t(`dataProtection.dataMap.legalBases.${b}`))}
            />
            <SelectField label={col('consent')} name="consent" value={values.consent} options={CONSENT_VALUES.map((c) => ({ value: c, label: t(`dataProtection.consent.${c}`) }))} onChange={(consent) => consent && set({ consent })} />
          </div>
          <TextField label={col('deletion')} hint={hint('deletion')} name="deletion" value={values.deletion} onChange={(deletion) => set({ deletion })} error={form.errors.deletion} maxLength={LIMITS.shortText} className="input-wide" />
        </div>
        <DialogActions form={form} submitLabel={row ? t('dataProtection.dataMap.save') : t('dataProtection.dataMap.addSubmit')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
