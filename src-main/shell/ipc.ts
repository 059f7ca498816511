import { type Envelope, METHOD_NAMES, ipcChannel } from '../contract';
import type { Api } from '../core';
import { isAppUrl } from './app-url';

/** The parts of an IPC event the sender check reads. */
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<Envelope<unknown>>): void;
}

/** Our own window's main frame, showing our own page: nothing else may call the API. */
export function isTrustedSender(event: IpcEventLike, trustedContentsIds: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!trustedContentsIds.has(event.sender.id)) return false;
  return isAppUrl(frame.url);
}

/**
 * Registers one handler per contract method through a single wrapper: check
 * the sender, then let the API validate the input before anything runs.
 * Returns the registered channels (a test compares them with the contract).
 */
export function registerApi(ipcMain: IpcMainLike, api: Api, trustedContentsIds: ReadonlySet<number>): string[] {
  return METHOD_NAMES.map((name) => {
    const channel = ipcChannel(name);
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrustedSender(event, trustedContentsIds)) {
        return { ok: false, error: { kind: 'validation', messageKey: 'errors.request.forbidden' } };
      }
      return api.invoke(name, input);
    });
    return channel;
  });
}
