import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../contract';
import { deDesktop } from '../shared/i18n/de-desktop';
import { enDesktop } from '../shared/i18n/en-desktop';
import { fill } from '../shared/i18n/fill';

// The application menu is drawn by the operating system, outside the
// renderer's i18next; its words come from the one catalogue (shared/i18n).
export const MENU_STRINGS = { de: deDesktop.menu, en: enDesktop.menu } satisfies Record<Language, Record<string, string>>;

/**
 * "Über Vereinswerkstatt": the version, and where a newer one comes from —
 * the app never looks for updates itself (it works offline).
 */
export function aboutDialog(language: Language, version: string, dbFile: string): { type: 'info'; title: string; message: string; detail: string } {
  const s = MENU_STRINGS[language];
  return {
    type: 'info',
    title: s.about,
    message: `Vereinswerkstatt – ${fill(s.aboutVersion, { version })}`,
    detail: `${s.aboutUpdates}\n\n${fill(s.aboutDataFile, { file: dbFile })}`,
  };
}

export interface MenuActions {
  about: () => void;
  showDataFolder: () => void;
}

export function buildMenuTemplate(language: Language, actions: MenuActions): MenuItemConstructorOptions[] {
  const s = MENU_STRINGS[language];
  return [
    { label: s.file, submenu: [{ label: s.showData, click: actions.showDataFolder }, { type: 'separator' }, { label: s.quit, role: 'quit' }] },
    {
      label: s.edit,
      submenu: [
        { label: s.undo, role: 'undo' },
        { label: s.redo, role: 'redo' },
        { type: 'separator' },
        { label: s.cut, role: 'cut' },
        { label: s.copy, role: 'copy' },
        { label: s.paste, role: 'paste' },
        { label: s.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: s.view,
      submenu: [
        { label: s.zoomIn, role: 'zoomIn' },
        { label: s.zoomOut, role: 'zoomOut' },
        { label: s.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: s.fullscreen, role: 'togglefullscreen' },
      ],
    },
    { label: s.help, submenu: [{ label: s.about, click: actions.about }] },
  ];
}
