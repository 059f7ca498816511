// The renderer is served from a custom, privileged scheme instead of file://
// (Electron security checklist: avoid file://), so navigation and IPC checks
// can compare against one exact origin.
export const APP_SCHEME = 'app';
export const APP_HOST = 'vereinswerkstatt';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
