import { isAppUrl } from './app-url';

/** The part of Electron's WebContents this module needs; lets tests pass a stand-in. */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * No new windows, no navigation away from the app, no webviews. Links to the
 * outside world are not opened at all: the app works offline and must not
 * surprise a coach in front of a room with a browser window.
 */
export function hardenWebContents(contents: GuardedContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const keepInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Camera, microphone, notifications, …: the app asks for nothing, so everything is refused. */
export const denyAllPermissions = (
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void => callback(false);
