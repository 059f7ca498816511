import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { EmptyState } from '../../ui/EmptyState';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { backupContents, backupMoment, formatMegabytes } from './format';
import { RestoreDialog } from './RestoreDialog';

function BackupRow({ backup, onRestore }: { backup: BackupInfo; onRestore: () => void }) {
  const { t, i18n } = useTranslation();
  const moment = backupMoment(backup.createdAt, i18n.language);
  const count = (n: number | null): string => (n === null ? t('backups.unknownCount') : String(n));
  return (
    <tr>
      <td>{moment.date}</td>
      <td>{t('backups.time', { time: moment.time })}</td>
      <td className="numeric">{t('backups.sizeMb', { size: formatMegabytes(backup.sizeBytes, i18n.language) })}</td>
      <td className="numeric">{count(backup.organisations)}</td>
      <td className="numeric">{count(backup.workshops)}</td>
      <td>{t(`backups.reasons.${backup.reason}`)}</td>
      <td>
        <button type="button" className="btn" onClick={onRestore} aria-label={t('backups.restoreLabel', moment)}>
          {t('backups.restore')}
        </button>
      </td>
    </tr>
  );
}

function BackupTable({ backups, onRestore }: { backups: BackupInfo[]; onRestore: (backup: BackupInfo) => void }) {
  const { t } = useTranslation();
  const columns = ['date', 'time', 'size', 'clubs', 'workshops', 'reason', 'actions'] as const;
  return (
    <div className="table-scroll">
      <table className="data-table backup-table">
        <caption>{t('backups.caption')}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th key={key} scope="col">
                {t(`backups.columns.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <BackupRow key={backup.id} backup={backup} onRestore={() => onRestore(backup)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Settings → "Sicherungen": every backup with what is in it, "Jetzt sichern" and "Wiederherstellen". */
export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const list = useQuery('backups.list', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const create = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await api.call('backups.create', {});
      announce(t('backups.created'));
      list.reload();
    } catch (e) {
      setError(errorMessage(t, e));
    }
    setBusy(false);
  };

  return (
    <section className="section" aria-labelledby="settings-backups">
      <h2 id="settings-backups">{t('backups.heading')}</h2>
      <p>{t('backups.intro')}</p>
      {list.data && (
        <p>
          {t('backups.folder')}: <code className="path">{list.data.dir}</code>
        </p>
      )}
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={() => void create()} disabled={busy} aria-busy={busy}>
          <Icon name="download" />
          {busy ? t('backups.creating') : t('backups.create')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!list.data ? (
        <LoadState error={list.error} onRetry={list.reload} />
      ) : list.data.backups.length === 0 ? (
        <EmptyState title={t('backups.emptyTitle')} text={t('backups.emptyText')} />
      ) : (
        <BackupTable backups={list.data.backups} onRestore={setRestoring} />
      )}
      {restoring && (
        <RestoreDialog
          backup={restoring}
          setAsideFirst
          text={t('backups.restoreText', backupContents(t, restoring))}
          onClose={() => setRestoring(null)}
          onRestored={() => {
            const moment = backupMoment(restoring.createdAt, i18n.language);
            setRestoring(null);
            announce(t('backups.restored', moment));
          }}
        />
      )}
    </section>
  );
}
