import { BACKUP_ID_PATTERN, type BackupReason } from '../../contract/backups';

export const BACKUPS_DIR_NAME = 'backups';
const PREFIX = 'vereinswerkstatt-';

/** What a backup's file name says about it. */
export interface BackupName {
  id: string;
  createdAt: Date;
  reason: BackupReason;
  fromVersion: number | null;
  /** 1 for the first backup of its kind in a second, 2 for the next (`…-manual-2.sqlite`), and so on. */
  sequence: number;
}

/** `2026-11-30T14:05:00.123Z` → `2026-11-30T14-05-00Z` (seconds are enough; a counter separates the rest). */
function stamp(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/** The file name for a backup; `attempt` > 1 adds a counter when the name is taken. */
export function backupFileName(time: Date, reason: BackupReason, fromVersion: number | null = null, attempt = 1): string {
  const what = reason === 'before-migration' ? `before-migration-v${fromVersion ?? 0}` : reason;
  const counter = attempt > 1 ? `-${attempt}` : '';
  return `${PREFIX}${stamp(time)}-${what}${counter}.sqlite`;
}

/** Reads a backup's file name; null for anything that is not exactly one of ours. */
export function parseBackupName(id: string): BackupName | null {
  const m = BACKUP_ID_PATTERN.exec(id);
  if (!m) return null;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  const migration = m[6];
  return {
    id,
    createdAt,
    reason: migration === undefined ? (m[5] as BackupReason) : 'before-migration',
    fromVersion: migration === undefined ? null : Number(migration),
    sequence: m[7] === undefined ? 1 : Number(m[7]),
  };
}
