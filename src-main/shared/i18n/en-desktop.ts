import type { deDesktop } from './de-desktop';
import type { Catalogue } from './types';

// The desktop's own words in English: every key of the German ones (de-desktop.ts).

export const enDesktop: Catalogue<typeof deDesktop> = {
  menu: {
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
    aboutVersion: 'Version {version}',
    aboutUpdates:
      'Vereinswerkstatt does not look for updates by itself: it works without the internet. Download a newer version from where you got this one and install it over it. Your data is kept.',
    aboutDataFile: 'Your data: {file}',
  },
  /** What a printed document is called in its PDF's file name. */
  print: {
    agenda: 'Agenda',
    actions: 'Action plan',
  },
  templateLibrary: {
    copy: '{name} (copy)',
    starterTitle: 'Getting started',
    starterPurpose: 'Everyone arrives and knows what today is about.',
    starterInstructions: 'Welcome the group and say what today should produce.',
    starterPrompts: ['What do you hope for today?'],
    fromWorkshop: 'Adapted from the workshop “{title}”.',
    fromWorkshopOn: 'Adapted from the workshop “{title}” on {date}.',
  },
};
