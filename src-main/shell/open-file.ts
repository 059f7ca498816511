import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  ARCHIVE_EXTENSION,
  ARCHIVE_FILE_MAX_BYTES,
  type Envelope,
  IPC_OPENED_FILES_CHANNEL,
  type MethodResult,
  type OpenedFileResult,
  TEMPLATE_EXTENSION,
  TEMPLATE_FILE_MAX_CHARS,
} from '../contract';
import { type Workspace, createApi, importArchiveBytes, toErrorData } from '../core';
import { type IpcEventLike, isTrustedSender } from './ipc';

// A workshop file (.vwerkstatt) or template file (.vwvorlage) opened from
// outside (double-click, "Öffnen mit", dropped on the dock icon) is imported
// by the main process with the same validation as the start screen's or the
// template page's import. The page then shows the report.

const OPENABLE = new Set([`.${ARCHIVE_EXTENSION}`, `.${TEMPLATE_EXTENSION}`]);

/** The files we open among a command line's arguments (Windows and Linux pass them there). */
export function workshopFilesIn(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && OPENABLE.has(extname(arg).toLowerCase()));
}

export interface FileAccess {
  size(path: string): Promise<number>;
  read(path: string): Promise<Uint8Array>;
}

const diskAccess: FileAccess = {
  size: async (path) => (await stat(path)).size,
  read: async (path) => new Uint8Array(await readFile(path)),
};

/** A template file goes through the API's own method: the same checks and events as the template page's import. */
async function importTemplateFile(workspace: Workspace, path: string, files: FileAccess): Promise<OpenedFileResult> {
  const fileName = basename(path);
  const fail = (messageKey: string): OpenedFileResult => ({ kind: 'template', fileName, result: { ok: false, error: { kind: 'validation', messageKey, params: { file: fileName } } } });
  let content: string;
  try {
    // A character takes at most 4 bytes in UTF-8: anything larger cannot pass the import's limit.
    if ((await files.size(path)) > TEMPLATE_FILE_MAX_CHARS * 4) return fail('errors.templates.fileTooLarge');
    content = new TextDecoder().decode(await files.read(path));
  } catch (error) {
    console.error('[open-file] reading failed', error);
    return fail('errors.archive.openFailed');
  }
  const result = (await createApi(workspace).invoke('templates.import', { content })) as Envelope<MethodResult<'templates.import'>>;
  return { kind: 'template', fileName, result };
}

/** Reads (size first: a huge file is refused unread) and imports one opened file. Never throws. */
export async function importOpenedFile(workspace: Workspace, path: string, files: FileAccess = diskAccess): Promise<OpenedFileResult> {
  if (extname(path).toLowerCase() === `.${TEMPLATE_EXTENSION}`) return importTemplateFile(workspace, path, files);
  const fileName = basename(path);
  const fail = (messageKey: string): OpenedFileResult => ({ kind: 'archive', fileName, result: { ok: false, error: { kind: 'validation', messageKey, params: { file: fileName } } } });
  let bytes: Uint8Array;
  try {
    if ((await files.size(path)) > ARCHIVE_FILE_MAX_BYTES) return fail('errors.archive.tooLarge');
    bytes = await files.read(path);
  } catch (error) {
    console.error('[open-file] reading failed', error);
    return fail('errors.archive.openFailed');
  }
  if (!workspace.isOpen) return { kind: 'archive', fileName, result: { ok: false, error: { kind: 'storage', messageKey: 'errors.storage.unavailable' } } };
  try {
    return { kind: 'archive', fileName, result: { ok: true, value: await importArchiveBytes(workspace, bytes) } };
  } catch (error) {
    return { kind: 'archive', fileName, result: { ok: false, error: toErrorData(error) } };
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
