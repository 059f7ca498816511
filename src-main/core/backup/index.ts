// Automatic backups of the database file: taken online, checked, kept in tiers, restored.
export { WorkspaceBackups, type WorkspaceBackupOptions } from './backups';
export { backupBeforeMigration, checkBackupFile, takeBackup, DEFAULT_PAGES_PER_STEP, type IntegrityCheck } from './make';
export { BACKUPS_DIR_NAME, backupFileName, parseBackupName } from './names';
export { backupsToDelete, DEFAULT_RETENTION } from './retention';
export { BackupScheduler, type BackupClock, DEFAULT_SCHEDULE } from './scheduler';
export { BackupStore } from './store';
export { checkBackupFileOffThread } from './check-worker';
