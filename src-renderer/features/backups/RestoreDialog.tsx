import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RestoreResult } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { errorMessage } from '../../i18n/errors';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { backupMoment } from './format';

interface RestoreDialogProps {
  backup: BackupInfo;
  /** What happens to the current state; the settings and the storage error screen say it differently. */
  text: string;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
  /** The restore was refused (say the backup is damaged); the dialog stays open with the message. */
  onFailed?: (error: unknown) => void;
}

/** Asks before a restore, says that the current state is kept, and shows the restore as busy until it is done. */
export function RestoreDialog({ backup, text, onClose, onRestored, onFailed }: RestoreDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moment = backupMoment(backup.createdAt, i18n.language);

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      onRestored(await api.call('backups.restore', { id: backup.id }));
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
      onFailed?.(e);
    }
  };

  return (
    <Dialog title={t('backups.restoreTitle', moment)} description={text} onClose={busy ? () => undefined : onClose} role="alertdialog">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void confirm()} disabled={busy} aria-busy={busy}>
          <Icon name="undo" />
          {busy ? t('backups.restoring') : t('backups.restoreConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
