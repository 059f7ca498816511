import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ARCHIVE_EXTENSION, ARCHIVE_FILE_MAX_BYTES, type Envelope, IPC_OPENED_FILES_CHANNEL, type OpenedFileResult } from '../contract';
import { type Workspace, importArchiveBytes, toErrorData } from '../core';
import { type IpcEventLike, isTrustedSender } from './ipc';

// A workshop file opened from outside (double-click, "Öffnen mit", dropped
// on the dock icon) is imported by the main process with the same
// validation as the start screen's import. The page then shows the report.

/** The workshop files among a command line's arguments (Windows and Linux pass them there). */
export function workshopFilesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === `.${ARCHIVE_EXTENSION}`);
}

export interface FileAccess {
  size(path: string): Promise<number>;
  read(path: string): Promise<Uint8Array>;
}

const diskAccess: FileAccess = {
  size: async (path) => (await stat(path)).size,
  read: async (path) => new Uint8Array(await readFile(path)),
};

/** Reads (size first: a huge file is refused unread) and imports one opened file. Never throws. */
export async function importOpenedFile(workspace: Workspace, path: string, files: FileAccess = diskAccess): Promise<OpenedFileResult> {
  const fileName = basename(path);
  const fail = (messageKey: string): OpenedFileResult => ({ fileName, result: { ok: false, error: { kind: 'validation', messageKey, params: { file: fileName } } } });
  let bytes: Uint8Array;
  try {
    if ((await files.size(path)) > ARCHIVE_FILE_MAX_BYTES) return fail('errors.archive.tooLarge');
    bytes = await files.read(path);
  } catch (error) {
    console.error('[open-file] reading failed', error);
    return fail('errors.archive.openFailed');
  }
  if (!workspace.isOpen) return { fileName, result: { ok: false, error: { kind: 'storage', messageKey: 'errors.storage.unavailable' } } };
  try {
    return { fileName, result: { ok: true, value: await importArchiveBytes(workspace, bytes) } };
  } catch (error) {
    return { fileName, result: { ok: false, error: toErrorData(error) } };
  }
}

export interface IpcOpenedMainLike {
  handle(channel: string, listener: (event: IpcEventLike) => Promise<Envelope<OpenedFileResult[]>>): void;
}

/**
 * Results wait here until the page takes them: a file opened at launch is
 * imported before the window has loaded. Each result is handed out once.
 */
export class OpenedFiles {
  private pending: OpenedFileResult[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly workspace: Workspace,
    private readonly notify: () => void,
    private readonly files: FileAccess = diskAccess,
  ) {}

  /** Imports one after the other, in the order they were opened. */
  open(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      this.queue = this.queue.then(async () => {
        this.pending.push(await importOpenedFile(this.workspace, path, this.files));
        this.notify();
      });
    }
    return this.queue;
  }

  take(): OpenedFileResult[] {
    return this.pending.splice(0);
  }

  register(ipcMain: IpcOpenedMainLike, trustedContentsIds: ReadonlySet<number>): void {
    ipcMain.handle(IPC_OPENED_FILES_CHANNEL, (event) =>
      Promise.resolve(
        isTrustedSender(event, trustedContentsIds)
          ? { ok: true, value: this.take() }
          : { ok: false, error: { kind: 'validation', messageKey: 'errors.request.forbidden' } },
      ),
    );
  }
}
