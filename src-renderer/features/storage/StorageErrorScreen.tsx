import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type StorageState } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { navigate, paths } from '../../app/router';
import { errorMessage, messageFor } from '../../i18n/errors';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { StorageRestoreOffer } from '../backups/StorageRestoreOffer';

type Problem = Exclude<StorageState, { state: 'ok' }>;

/** Still not usable after starting fresh (say the folder vanished meanwhile): says why, not "something went wrong". */
function requireUsable(status: StorageState): void {
  if (status.state === 'ok') return;
  throw new ApiError({ kind: 'storage', messageKey: 'reasonKey' in status ? status.reasonKey : 'errors.storage.unreadable' });
}

/**
 * Shown instead of the app when the database cannot be used: names the file,
 * explains in plain words, and offers a way out that never deletes anything.
 */
export function StorageErrorScreen({ status, onResolved }: { status: Problem; onResolved: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [movedTo, setMovedTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(t, e));
    }
    setBusy(false);
  };

  const startFresh = () =>
    run(async () => {
      const result = await api.call('app.startFresh', {});
      requireUsable(result.status);
      setMovedTo(result.movedTo ?? '');
    });

  const retry = () =>
    run(async () => {
      const result = await api.call('app.reopen', {});
      if (result.state === 'ok') onResolved();
    });

  if (movedTo !== null) {
    return (
      <main id="main" className="page page-narrow storage-error">
        <PageHeading focusKey="storage-done">{t('app.name')}</PageHeading>
        {movedTo && <p className="lead">{t('storage.movedTo', { path: movedTo })}</p>}
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            navigate(paths.start());
            onResolved();
          }}
        >
          {t('storage.continue')}
        </button>
      </main>
    );
  }

  const text =
    status.state === 'too_new'
      ? t('storage.tooNewText', { fileVersion: status.fileVersion, appVersion: status.appVersion })
      : status.state === 'corrupt'
        ? t('storage.corruptText')
        : t('storage.unreadableText');

  return (
    <main id="main" className="page page-narrow storage-error">
      <PageHeading focusKey="storage-error">
        <Icon name="alert" size={32} /> {t('storage.title')}
      </PageHeading>
      {'reasonKey' in status && <p className="lead">{messageFor(t, { messageKey: status.reasonKey })}</p>}
      <p>{text}</p>
      <p>
        {t('settings.dataFile')}: <code className="path">{status.dbFile}</code>
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="btn" onClick={() => void retry()} disabled={busy}>
          {t('common.retry')}
        </button>
        {status.state !== 'too_new' && (
          <button type="button" className="btn btn-primary" onClick={() => void startFresh()} disabled={busy}>
            {t('storage.startFresh')}
          </button>
        )}
      </div>
      {status.state === 'corrupt' && <StorageRestoreOffer onRestored={onResolved} />}
    </main>
  );
}
