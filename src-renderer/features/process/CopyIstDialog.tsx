import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/errors';
import { Dialog } from '../../ui/Dialog';

interface CopyIstDialogProps {
  /** An existing target process is replaced: say so, and confirm as a delete. */
  replacing: boolean;
  onCopy: (withMarkers: boolean) => Promise<void>;
  onClose: () => void;
}

/**
 * "Ist übernehmen": the steps only (the default, since today's pain points
 * rarely belong to the target) or the steps with all their markers.
 */
export function CopyIstDialog({ replacing, onCopy, onClose }: CopyIstDialogProps) {
  const { t } = useTranslation();
  const [withMarkers, setWithMarkers] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const copy = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await onCopy(withMarkers);
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t(replacing ? 'process.copyIstConfirmTitle' : 'process.copyIstStartTitle')}
      {...(replacing ? { description: t('process.copyIstConfirmText') } : {})}
      onClose={onClose}
      role={replacing ? 'alertdialog' : 'dialog'}
    >
      <fieldset className="choice-group">
        <legend className="field-label">{t('process.copyChoice')}</legend>
        <p className="field-hint">{t('process.copyStepsOnlyHint')}</p>
        <label className="choice">
          <input type="radio" name="copy-ist-markers" checked={!withMarkers} onChange={() => setWithMarkers(false)} data-autofocus />
          {t('process.copyStepsOnly')}
        </label>
        <label className="choice">
          <input type="radio" name="copy-ist-markers" checked={withMarkers} onChange={() => setWithMarkers(true)} />
          {t('process.copyWithMarkers')}
        </label>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className={replacing ? 'btn btn-danger' : 'btn btn-primary'} onClick={() => void copy()} disabled={busy}>
          {t(replacing ? 'process.copyIstConfirm' : 'process.copyIstStart')}
        </button>
      </div>
    </Dialog>
  );
}
