import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { Dialog } from './Dialog';
import { Icon } from './Icon';

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** Only for deleting whole clubs or workshops; everyday deletes get undo instead. */
export function ConfirmDialog({ title, text, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} description={text} onClose={onClose} role="alertdialog">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void confirm()} disabled={busy}>
          <Icon name="trash" />
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
