// The desktop's own words in German: the application menu (drawn by the
// operating system) and the words the template library writes into
// templates (a starter phase, "(Kopie)"). `{name}` marks a place the core fills.

export const deDesktop = {
  menu: {
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
    aboutVersion: 'Version {version}',
    aboutUpdates:
      'Die Vereinswerkstatt sucht nicht selbst nach Updates: Sie arbeitet ohne Internet. Eine neuere Version laden Sie dort herunter, wo Sie diese bekommen haben, und installieren sie darüber. Ihre Daten bleiben dabei erhalten.',
    aboutDataFile: 'Ihre Daten: {file}',
  },
  /** What a printed document is called in its PDF's file name. */
  print: {
    agenda: 'Ablauf',
    actions: 'Maßnahmenplan',
  },
  templateLibrary: {
    copy: '{name} (Kopie)',
    starterTitle: 'Einstieg',
    starterPurpose: 'Alle kommen an und wissen, worum es heute geht.',
    starterInstructions: 'Begrüßen Sie die Gruppe und sagen Sie, was heute entstehen soll.',
    starterPrompts: ['Was wünschen Sie sich von heute?'],
    fromWorkshop: 'Angepasst aus dem Workshop „{title}“.',
    fromWorkshopOn: 'Angepasst aus dem Workshop „{title}“ vom {date}.',
  },
};
