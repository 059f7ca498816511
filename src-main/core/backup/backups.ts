import type { AppEvent, StorageState } from '../../contract';
import type { BackupList, BackupReason, RestoreResult } from '../../contract/backups';
import type { Db } from '../db/types';
import { CoreError, storageUnavailable } from '../errors';
import { BackupAbortedError, type IntegrityCheck, backupBeforeMigration, removeStaleTemps } from './make';
import { type BackupClock, BackupScheduler, type ScheduleOptions, systemBackupClock } from './scheduler';
import { BackupStore, moveAside, removeFileSet, swapIn } from './store';

export interface WorkspaceBackupOptions {
  /** Back up at start and every half hour while edits happen (the app and the browser host; not tests). */
  schedule?: boolean;
  clock?: BackupClock;
  timing?: ScheduleOptions;
  pagesPerStep?: number;
  check?: IntegrityCheck;
}

/** What the backups need from the workspace that owns them. */
export interface BackupHost {
  dataDir: string;
  dbFile: string;
  now(): Date;
  connection(): Db | null;
  closeDb(): void;
  open(): StorageState;
  emit(event: AppEvent): void;
}

/** Rows this connection has written since it opened (the only writer of the file). */
function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** A new, empty file (no club, no own template) is not worth a start backup. */
function hasContent(db: Db): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM templates) AS n').pluck().get() === 1;
}

/** A workspace's backups: the folder, the schedule, and restore. */
export class WorkspaceBackups {
  readonly store: BackupStore;
  private readonly scheduler: BackupScheduler;
  private readonly scheduled: boolean;
  private stopped = false;
  /** The last state set aside before a restore, and how many rows the connection had written then. */
  private keptState: { id: string; changes: number } | null = null;

  constructor(
    private readonly host: BackupHost,
    options: WorkspaceBackupOptions = {},
  ) {
    this.store = new BackupStore({
      dataDir: host.dataDir,
      ...(options.pagesPerStep ? { pagesPerStep: options.pagesPerStep } : {}),
      ...(options.check ? { check: options.check } : {}),
    });
    const clock = options.clock ?? { ...systemBackupClock, now: () => host.now() };
    this.scheduler = new BackupScheduler((reason) => this.take(reason), () => this.store.newestAt(), clock, options.timing);
    this.scheduled = options.schedule ?? false;
  }

  /** For openDatabase: a checked copy of the untouched file before its schema is migrated. */
  readonly beforeMigrate = (db: Db, fromVersion: number): void => {
    const now = this.host.now();
    try {
      const id = backupBeforeMigration(db, this.store.dir, fromVersion, now, this.store.checkSync);
      this.store.prune(now, new Set([id]));
    } catch (error) {
      // No migration without a way back: the file stays as it is and the coach sees why.
      console.error('[backup] the backup before the migration failed', error);
      throw error;
    }
  };

  /** The workspace opens (again): backups and restores may run. */
  resume(): void {
    this.stopped = false;
  }

  /** The database opened fine: start the schedule (once) and take the start backup if due. */
  opened(): void {
    if (!this.scheduled) return;
    // A backups folder that cannot be read must never keep the data from opening.
    try {
      removeStaleTemps(this.store.dir, this.host.now());
      const db = this.host.connection();
      void this.scheduler.start(db ? hasContent(db) : true);
    } catch (error) {
      console.error('[backup] the backup schedule could not start', error);
    }
  }

  /** Every event a write emits counts as an edit; the backups' own and status events do not. */
  noteEvent(event: AppEvent): void {
    if (event.name !== 'app.statusChanged' && event.name !== 'backups.changed') this.scheduler.noteEdit();
  }

  backupNow(reason: BackupReason): Promise<string> {
    return this.scheduler.backupNow(reason);
  }

  /** Resolves once every backup started so far has finished (tests, closing). */
  idle(): Promise<void> {
    return this.scheduler.exclusive(() => undefined);
  }

  list(): BackupList {
    return { backups: this.store.list(), dir: this.store.dir };
  }

  private async take(reason: BackupReason): Promise<string> {
    const db = this.host.connection();
    // After close a queued backup has nothing to copy: that is the end, not a failure.
    if (!db) throw this.stopped ? new BackupAbortedError() : storageUnavailable();
    const id = await this.store.take(db, reason, this.host.now());
    this.host.emit({ name: 'backups.changed', payload: {} });
    return id;
  }

  /**
   * Keeps the current state as its own backup before the coach is asked to
   * confirm a restore of backup `id` (kept too). The write count taken first
   * tells the restore whether anything was written since.
   */
  setAside(id: string): Promise<string> {
    this.store.resolve(id);
    return this.scheduler.exclusive(async () => {
      this.refuseIfStopped();
      const db = this.host.connection();
      if (!db) throw storageUnavailable();
      const changes = totalChanges(db);
      const kept = await this.store.take(db, 'before-restore', this.host.now(), [id]);
      this.keptState = { id: kept, changes };
      this.host.emit({ name: 'backups.changed', payload: {} });
      return kept;
    });
  }

  /**
   * Restores a backup: checks a copy of it, keeps the current state as its
   * own backup (or, if the file cannot be opened, moves it aside), puts the
   * copy in place and reopens. Waits for any backup that is running. A state
   * set aside before (`keptAs`) stands in if nothing was written since.
   */
  restore(id: string, keptAs?: string): Promise<RestoreResult> {
    this.store.resolve(id);
    return this.scheduler.exclusive(async () => {
      this.refuseIfStopped();
      const temp = await this.store.prepareRestore(id, this.host.dbFile);
      const setAside = this.stillCurrent(keptAs) ?? (await this.keepCurrentState(temp, id));
      this.host.closeDb();
      try {
        swapIn(temp, this.host.dbFile);
      } catch (error) {
        removeFileSet(temp);
        this.host.open();
        throw error;
      }
      const status = this.host.open();
      this.host.emit({ name: 'backups.changed', payload: {} });
      return { restoredFrom: id, setAside, status };
    });
  }

  /**
   * The first half of a restore: the current state kept as a backup of its
   * own, or a file that cannot be opened moved aside. On any failure the
   * checked copy is removed and nothing is replaced.
   */
  private async keepCurrentState(temp: string, id: string): Promise<string | null> {
    try {
      // A closed workspace (the app quits) is not a damaged file: never move the good file aside then.
      this.refuseIfStopped();
      const db = this.host.connection();
      // The chosen backup is kept too: the coach may want to go back to it again.
      const setAside = db
        ? await this.store.take(db, 'before-restore', this.host.now(), [id])
        : moveAside(this.host.dbFile, this.host.dataDir, this.host.now());
      this.refuseIfStopped();
      return setAside;
    } catch (error) {
      removeFileSet(temp);
      if (error instanceof CoreError && error.data.messageKey === 'errors.backups.full') {
        throw new CoreError('storage', 'errors.backups.restoreFull');
      }
      throw error;
    }
  }

  /** keptAs, if it is the state set aside last, is still on disk and nothing was written since. */
  private stillCurrent(keptAs: string | undefined): string | null {
    const db = this.host.connection();
    const kept = this.keptState;
    if (!keptAs || !db || !kept || kept.id !== keptAs || totalChanges(db) !== kept.changes) return null;
    try {
      this.store.resolve(keptAs);
      return keptAs;
    } catch {
      return null;
    }
  }

  private refuseIfStopped(): void {
    if (this.stopped) throw new BackupAbortedError();
  }

  /** The workspace closes: no more timer; a backup still copying is discarded when the connection closes. */
  stop(): void {
    this.stopped = true;
    this.scheduler.stop();
  }
}
