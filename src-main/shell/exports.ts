import { basename } from 'node:path';
import { type Envelope, type ExportResult, IPC_EXPORT_CHANNEL } from '../contract';
import { type Workspace, exportFile, writeFileAtomic } from '../core';
import { type IpcEventLike, isTrustedSender } from './ipc';

/** Asks the coach where to save; null when the dialog was cancelled. */
export type ChooseSavePath = (suggestedName: string, mimeType: string) => Promise<string | null>;

export interface IpcExportMainLike {
  handle(channel: string, listener: (event: IpcEventLike, kind: unknown, input: unknown) => Promise<Envelope<ExportResult>>): void;
}

/**
 * One IPC channel for every export kind in the contract: check the sender,
 * let the core validate and build the file, ask for the path in the main
 * process's own dialog, then write it atomically. The page never names a path.
 */
export function registerExports(
  ipcMain: IpcExportMainLike,
  workspace: Workspace,
  trustedContentsIds: ReadonlySet<number>,
  chooseSavePath: ChooseSavePath,
): void {
  ipcMain.handle(IPC_EXPORT_CHANNEL, async (event, kind, input) => {
    if (!isTrustedSender(event, trustedContentsIds)) {
      return { ok: false, error: { kind: 'validation', messageKey: 'errors.request.forbidden' } };
    }
    const file = await exportFile(workspace, kind, input);
    if (!file.ok) return file;
    const path = await chooseSavePath(file.value.fileName, file.value.mimeType);
    if (!path) return { ok: true, value: { saved: false, fileName: file.value.fileName } };
    try {
      writeFileAtomic(path, file.value.bytes);
    } catch (error) {
      console.error('[export] writing failed', error);
      return { ok: false, error: { kind: 'storage', messageKey: 'errors.storage.exportWrite' } };
    }
    return { ok: true, value: { saved: true, fileName: basename(path) } };
  });
}
