import { useEffect, useState } from 'react';
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
  /** Keep the current state as its own backup before asking (the settings; a damaged file cannot be). */
  setAsideFirst?: boolean;
}

type Kept = { state: 'saving' } | { state: 'kept'; id: string } | { state: 'failed'; message: string } | { state: 'none' };

/** The current state kept as its own backup as soon as the dialog opens, before the coach decides. */
function useSetAside(backupId: string, enabled: boolean): Kept {
  const { t } = useTranslation();
  const api = useApi();
  const [kept, setKept] = useState<Kept>(enabled ? { state: 'saving' } : { state: 'none' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api.call('backups.setAside', { id: backupId }).then(
      ({ id }) => live && setKept({ state: 'kept', id }),
      (e: unknown) => live && setKept({ state: 'failed', message: errorMessage(t, e) }),
    );
    return () => {
      live = false;
    };
  }, [api, backupId, enabled, t]);
  return kept;
}

/**
 * Asks before a restore. From the settings the current state is kept as its
 * own backup first, so it is safe whatever the coach decides; the restore
 * shows as busy until it is done.
 */
export function RestoreDialog({ backup, text, onClose, onRestored, onFailed, setAsideFirst = false }: RestoreDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const moment = backupMoment(backup.createdAt, i18n.language);
  const kept = useSetAside(backup.id, setAsideFirst);
  const ready = kept.state === 'kept' || kept.state === 'none';
  const shownError = error ?? (kept.state === 'failed' ? kept.message : null);

  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const keptAs = kept.state === 'kept' ? { keptAs: kept.id } : {};
      onRestored(await api.call('backups.restore', { id: backup.id, ...keptAs }));
    } catch (e) {
      setError(errorMessage(t, e));
      setBusy(false);
      onFailed?.(e);
    }
  };

  return (
    <Dialog title={t('backups.restoreTitle', moment)} description={text} onClose={busy ? () => undefined : onClose} role="alertdialog">
      {kept.state === 'saving' && <p aria-live="polite">{t('backups.settingAside')}</p>}
      {kept.state === 'kept' && <p aria-live="polite">{t('backups.setAside')}</p>}
      {shownError && (
        <p className="form-error" role="alert">
          {shownError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void confirm()} disabled={busy || !ready} aria-busy={busy || kept.state === 'saving'}>
          <Icon name="undo" />
          {busy ? t('backups.restoring') : t('backups.restoreConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
