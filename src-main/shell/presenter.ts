import type { BrowserWindowConstructorOptions } from 'electron';
import { type Envelope, id } from '../contract';
import { type IpcEventLike, isTrustedSender } from './ipc';
import { mainWindowOptions } from './window-options';

export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** The projector is the display that is not the laptop's own: the first one that is not primary. */
export function chooseProjectorDisplay(displays: readonly DisplayLike[], primaryId: number): DisplayLike | undefined {
  return displays.find((d) => d.id !== primaryId) ?? displays.find((d) => d.id === primaryId);
}

/** The projector window: the main window's security settings, full screen on an external display. */
export function presenterWindowOptions(preloadPath: string, display: DisplayLike | undefined, external: boolean): BrowserWindowConstructorOptions {
  const base = mainWindowOptions(preloadPath);
  return {
    ...base,
    title: 'Vereinswerkstatt – Projektor',
    backgroundColor: '#ffffff',
    ...(display ? { x: display.bounds.x, y: display.bounds.y, width: display.bounds.width, height: display.bounds.height } : {}),
    fullscreen: external,
    autoHideMenuBar: true,
    webPreferences: { ...base.webPreferences, spellcheck: false },
  };
}

export interface IpcPresenterMainLike {
  handle(channel: string, listener: (event: IpcEventLike, workshopId: unknown) => Promise<Envelope<{ opened: boolean }>>): void;
}

/** "Projektor öffnen": only our own window may ask, and only with a workshop id; the main process makes the window. */
export function registerPresenter(
  ipcMain: IpcPresenterMainLike,
  channel: string,
  trustedContentsIds: ReadonlySet<number>,
  open: (workshopId: string) => void,
): void {
  ipcMain.handle(channel, (event, workshopId) => {
    if (!isTrustedSender(event, trustedContentsIds)) return Promise.resolve({ ok: false, error: { kind: 'validation', messageKey: 'errors.request.forbidden' } });
    const parsed = id.safeParse(workshopId);
    if (!parsed.success) return Promise.resolve({ ok: false, error: { kind: 'validation', messageKey: 'errors.validation.invalid' } });
    open(parsed.data);
    return Promise.resolve({ ok: true, value: { opened: true } });
  });
}
