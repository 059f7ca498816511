import type { Statement } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppEvent, AppInfo, StartFreshResult, StorageState } from '../contract';
import type { BackupList, BackupReason, RestoreResult } from '../contract/backups';
import { WorkspaceBackups, type WorkspaceBackupOptions } from './backup/backups';
import { type CoreContext, randomId, systemClock } from './context';
import { DatabaseOpenError, openDatabase } from './db/database';
import { schemaVersionOf } from './db/migrations';
import type { Db } from './db/types';
import { CoreError, storageUnavailable } from './errors';
import { type PictureDrawer, inThreadDrawer } from './report/picture-jobs';
import { PictureWorker, type PictureWorkerOptions } from './report/picture-pool';
import { CachedDrawer } from './report/picture-cache';
import { builtinTemplates } from './templates/builtin';

export const DB_FILE_NAME = 'vereinswerkstatt.sqlite';

export type EventListener = (event: AppEvent) => void;

export interface WorkspaceOptions {
  dataDir: string;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  /** Report pictures drawn in a worker thread (the app and the browser host pass their bundle's worker). */
  pictureWorker?: PictureWorkerOptions;
  /** Automatic backups; the schedule is on only where asked for (the app, the browser host). */
  backups?: WorkspaceBackupOptions;
}

/**
 * The coach's data folder with its one database file. Owns the connection,
 * knows whether the file could be opened, and fans events out to listeners
 * (the Electron windows, the browser host's event streams).
 */
export class Workspace {
  readonly dataDir: string;
  readonly dbFile: string;
  readonly appVersion: string;
  private db: Db | null = null;
  private readonly statements = new Map<string, Statement>();
  private state: StorageState;
  private readonly listeners = new Set<EventListener>();
  private readonly ctx: CoreContext;
  private readonly pictures: PictureDrawer;
  private readonly backups: WorkspaceBackups;

  constructor(options: WorkspaceOptions) {
    this.dataDir = options.dataDir;
    this.appVersion = options.appVersion;
    this.dbFile = join(options.dataDir, DB_FILE_NAME);
    this.state = { state: 'unreadable', dbFile: this.dbFile, reasonKey: 'errors.storage.notOpened' };
    const now = options.now ?? systemClock;
    const newId = options.newId ?? randomId;
    const emit = (event: AppEvent): void => this.emit(event);
    const pictures = new CachedDrawer(options.pictureWorker ? new PictureWorker(options.pictureWorker) : inThreadDrawer);
    this.pictures = pictures;
    const currentDb = (): Db => {
      if (!this.db) throw storageUnavailable();
      return this.db;
    };
    this.ctx = {
      get db(): Db {
        return currentDb();
      },
      sql: (source) => {
        let statement = this.statements.get(source);
        if (!statement) {
          statement = currentDb().prepare(source);
          this.statements.set(source, statement);
        }
        return statement;
      },
      now,
      newId,
      emit,
      pictures,
    };
    this.backups = new WorkspaceBackups(
      {
        dataDir: this.dataDir,
        dbFile: this.dbFile,
        now,
        connection: () => this.db,
        closeDb: () => this.closeDb(),
        open: () => this.open(),
        emit,
      },
      options.backups,
    );
  }

  /** Opens the database; never throws for a bad file, the state says what went wrong. */
  open(): StorageState {
    builtinTemplates('de');
    builtinTemplates('en');
    this.backups.resume();
    this.closeDb();
    const folderProblem = ensureFolder(this.dataDir);
    if (folderProblem) {
      this.state = { state: 'unreadable', dbFile: this.dbFile, reasonKey: folderProblem };
      this.emit({ name: 'app.statusChanged', payload: {} });
      return this.state;
    }
    try {
      this.db = openDatabase(this.dbFile, { beforeMigrate: this.backups.beforeMigrate });
      this.state = { state: 'ok', dbFile: this.dbFile };
      this.backups.opened();
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error;
      const f = error.failure;
      this.state =
        f.state === 'too_new'
          ? { state: 'too_new', dbFile: this.dbFile, fileVersion: f.fileVersion, appVersion: f.appVersion }
          : { state: f.state, dbFile: this.dbFile, reasonKey: f.reasonKey };
    }
    this.emit({ name: 'app.statusChanged', payload: {} });
    return this.state;
  }

  get status(): StorageState {
    return this.state;
  }

  get isOpen(): boolean {
    return this.db !== null;
  }

  /** The context services run in; its db getter fails with a storage error while closed. */
  get context(): CoreContext {
    return this.ctx;
  }

  /** The raw connection, for benchmarks and tests that need a baseline. */
  get connection(): Db | null {
    return this.db;
  }

  info(): AppInfo {
    return {
      appVersion: this.appVersion,
      dataDir: this.dataDir,
      dbFile: this.dbFile,
      // The open file's own version (it can lag behind the app's while a
      // migration is refused); null while no file is open.
      schemaVersion: this.db ? schemaVersionOf(this.db) : null,
    };
  }

  /**
   * Moves an unusable database file aside (never deletes it) and starts with
   * an empty one. Refused while the current database is fine.
   */
  startFresh(): StartFreshResult {
    if (this.state.state === 'ok') return { movedTo: null, status: this.state };
    // Find out before moving anything: a folder that cannot be written gets a
    // message naming it, and the damaged file stays where it is.
    if (!folderWritable(this.dataDir, this.ctx.newId())) {
      throw new CoreError('storage', 'errors.storage.folderNotWritable', { folder: this.dataDir });
    }
    this.closeDb();
    const stamp = this.ctx.now().toISOString().replace(/[:.]/g, '-');
    const movedTo = join(this.dataDir, `vereinswerkstatt.beschaedigt-${stamp}.sqlite`);
    let moved: string | null = null;
    if (existsSync(this.dbFile)) {
      renameSync(this.dbFile, movedTo);
      moved = movedTo;
    }
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(this.dbFile + suffix)) renameSync(this.dbFile + suffix, movedTo + suffix);
    }
    return { movedTo: moved, status: this.open() };
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A checked backup now (e.g. 'before-import'), after any that is running; resolves to its file name. */
  backupNow(reason: BackupReason): Promise<string> {
    return this.backups.backupNow(reason);
  }

  /** Resolves once every backup started so far has finished. */
  backupsIdle(): Promise<void> {
    return this.backups.idle();
  }

  listBackups(): BackupList {
    return this.backups.list();
  }

  /** Keeps the current state as a backup, puts the chosen one in place and reopens; works while storage is broken. */
  restoreBackup(id: string, keptAs?: string): Promise<RestoreResult> {
    return this.backups.restore(id, keptAs);
  }

  /** The first step of a restore from the settings: the current state kept before the coach confirms. */
  setAsideBeforeRestore(id: string): Promise<string> {
    return this.backups.setAside(id);
  }

  private emit(event: AppEvent): void {
    this.backups.noteEvent(event);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('event listener failed', error);
      }
    }
  }

  /**
   * Closes once the backups already running or queued are done (waiting at
   * most `limitMs`), so "Workshop beenden" just before quitting still gets
   * its backup. Starts no new ones and refuses restores meanwhile.
   */
  async closeAfterBackups(limitMs = 15_000): Promise<void> {
    this.backups.stop();
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, limitMs);
    });
    await Promise.race([this.backups.idle(), limit]);
    clearTimeout(timer);
    this.close();
  }

  close(): void {
    this.backups.stop();
    this.closeDb();
    this.listeners.clear();
    this.pictures.close();
  }

  private closeDb(): void {
    this.statements.clear();
    if (this.db) {
      this.db.close();
      this.db = null;
    }
  }
}

/** Error codes of the file system that mean "this folder cannot be used", with what to tell the coach. */
const FOLDER_REASONS: Record<string, string> = {
  ENOTDIR: 'errors.storage.folderIsFile',
  EEXIST: 'errors.storage.folderIsFile',
  EACCES: 'errors.storage.folderNoAccess',
  EPERM: 'errors.storage.folderNoAccess',
  EROFS: 'errors.storage.folderNoAccess',
  ENOSPC: 'errors.storage.full',
};

/** Creates the data folder if needed; the reason key when it cannot be, null when it is there. */
function ensureFolder(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return FOLDER_REASONS[code] ?? 'errors.storage.folderUnusable';
  }
}

/** Whether a file can be made in the folder: tried, not guessed from modes (an administrator or a read-only disk make those lie). */
function folderWritable(dir: string, id: string): boolean {
  if (ensureFolder(dir)) return false;
  const probe = join(dir, `.schreibtest-${id}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}
