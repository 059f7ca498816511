import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type BackupInfo } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { backupContents, backupMoment } from './format';
import { RestoreDialog } from './RestoreDialog';

/**
 * On the storage error screen for a damaged file: the newest backup that can
 * be read, one confirmation away. Shows nothing when there is none; one
 * that proves damaged on restore is passed over for the next.
 */
export function StorageRestoreOffer({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const list = useQuery('backups.list', {});
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  // A backup that turned out damaged on restore is passed over: the next older readable one is offered.
  const [refused, setRefused] = useState<readonly string[]>([]);
  const newest = list.data?.backups.find((b) => b.organisations !== null && b.workshops !== null && !refused.includes(b.id));
  const dialog = asking && (
    <RestoreDialog
      backup={asking}
      text={t('backups.storage.restoreText')}
      onClose={() => setAsking(null)}
      onFailed={(error) => {
        if (error instanceof ApiError && error.data.messageKey === 'errors.backups.damaged') {
          setRefused((ids) => [...ids, asking.id]);
        }
      }}
      onRestored={(result) => {
        setAsking(null);
        if (result.status.state === 'ok') onRestored();
      }}
    />
  );
  // Without another backup to offer, a refusal's message stays open until the coach closes it.
  if (!newest) return dialog || null;
  const moment = backupMoment(newest.createdAt, i18n.language);
  return (
    <section className="section" aria-labelledby="storage-restore">
      <h2 id="storage-restore">{t('backups.storage.heading')}</h2>
      <p>{t('backups.storage.text', { ...moment, ...backupContents(t, newest) })}</p>
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={() => setAsking(newest)}>
          {t('backups.storage.restore', moment)}
        </button>
      </div>
      {dialog}
    </section>
  );
}
