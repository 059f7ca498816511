import { z } from 'zod';
import type { StorageState } from './domain';

// Automatic backups of the one database file. A backup is named by its file
// name alone; the renderer never sends a path, and the name is checked
// strictly before the core looks for the file.

export const BACKUP_REASONS = [
  'start',
  'interval',
  'workshop-ended',
  'before-migration',
  'before-restore',
  'before-import',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * `vereinswerkstatt-2026-11-30T14-05-00Z-start.sqlite`; a pre-migration backup says
 * which schema it had (`…-before-migration-v7.sqlite`); a second one in the same
 * second gets a counter (`…-manual-2.sqlite`).
 */
export const BACKUP_ID_PATTERN =
  /^vereinswerkstatt-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(start|interval|workshop-ended|before-migration-v(\d{1,4})|before-restore|before-import|manual)(?:-(\d{1,4}))?\.sqlite$/;

export const backupId = z.string().max(120).regex(BACKUP_ID_PATTERN, { message: 'errors.backups.badId' });

export interface BackupInfo {
  /** The file name inside the backups folder. */
  id: string;
  /** When it was taken (ISO, UTC). */
  createdAt: string;
  reason: BackupReason;
  /** For a backup before a migration: the schema version it still has. */
  fromVersion: number | null;
  sizeBytes: number;
  /** Counted in the backup itself; null when the file could not be read. */
  organisations: number | null;
  workshops: number | null;
}

export interface BackupList {
  /** Newest first. */
  backups: BackupInfo[];
  /** The folder they are in, to show the coach. */
  dir: string;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The backup of the state before the restore, or the path a damaged file was moved to. */
  setAside: string | null;
  status: StorageState;
}

export const backupInputs = {
  create: z.object({}).strict(),
  /** Before a restore is confirmed: the current state kept as its own backup (the chosen one is kept too). */
  setAside: z.object({ id: backupId }).strict(),
  /** keptAs: the backup setAside made; if nothing was written since, it stands for the current state. */
  restore: z.object({ id: backupId, keptAs: backupId.optional() }).strict(),
};
