import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../contract';

// The main process's own small catalogue: the application menu is drawn by
// the operating system, outside the renderer's i18n.
export const MENU_STRINGS = {
  de: {
    file: 'Datei',
    quit: 'Vereinswerkstatt beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Ansicht',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    resetZoom: 'Originalgröße',
    fullscreen: 'Vollbild',
    help: 'Hilfe',
    about: 'Über Vereinswerkstatt',
    showData: 'Datenordner anzeigen',
  },
  en: {
    file: 'File',
    quit: 'Quit Vereinswerkstatt',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    help: 'Help',
    about: 'About Vereinswerkstatt',
    showData: 'Show data folder',
  },
} as const satisfies Record<Language, Record<string, string>>;

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
