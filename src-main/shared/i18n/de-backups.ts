// Automatic backups: the list in the settings and the offer on the storage error screen.
export const deBackups = {
  heading: 'Sicherungen',
  intro:
    'Die Vereinswerkstatt sichert Ihre Daten von selbst: beim Start, alle 30 Minuten, während Sie arbeiten, und wenn Sie einen Workshop beenden. Jede Sicherung wird vor dem Ablegen geprüft. Aufbewahrt werden die letzten 10, dazu eine pro Tag für zwei Wochen und eine pro Woche für zwei Monate.',
  folder: 'Ordner',
  create: 'Jetzt sichern',
  creating: 'Wird gesichert …',
  created: 'Die Sicherung ist angelegt.',
  caption: 'Vorhandene Sicherungen, die neueste zuerst',
  columns: {
    date: 'Datum',
    time: 'Uhrzeit',
    size: 'Größe',
    clubs: 'Vereine',
    workshops: 'Workshops',
    reason: 'Anlass',
    actions: 'Aktionen',
  },
  time: '{{time}} Uhr',
  sizeMb: '{{size}} MB',
  unknownCount: 'nicht lesbar',
  clubCount_one: '{{count}} Verein',
  clubCount_other: '{{count}} Vereine',
  workshopCount_one: '{{count}} Workshop',
  workshopCount_other: '{{count}} Workshops',
  reasons: {
    start: 'Beim Start',
    interval: 'Regelmäßig',
    'workshop-ended': 'Workshop beendet',
    'before-migration': 'Vor dem Update',
    'before-restore': 'Vor dem Wiederherstellen',
    'before-import': 'Vor dem Import',
    manual: 'Von Hand',
  },
  restore: 'Wiederherstellen',
  restoreLabel: 'Sicherung vom {{date}}, {{time}} Uhr wiederherstellen',
  restoreTitle: 'Sicherung vom {{date}}, {{time}} Uhr wiederherstellen?',
  restoreText:
    'Die Vereinswerkstatt zeigt danach den Stand dieser Sicherung ({{clubs}}, {{workshops}}).',
  settingAside: 'Ihr jetziger Stand wird zuerst als eigene Sicherung abgelegt …',
  setAside: 'Ihr jetziger Stand ist als eigene Sicherung abgelegt und steht oben in der Liste. Er geht nicht verloren.',
  restoreConfirm: 'Ja, wiederherstellen',
  restoring: 'Wird wiederhergestellt …',
  restored: 'Die Sicherung vom {{date}}, {{time}} Uhr ist wiederhergestellt.',
  emptyTitle: 'Noch keine Sicherungen',
  emptyText: 'Die erste Sicherung entsteht beim nächsten Start von selbst. Mit „Jetzt sichern“ legen Sie sofort eine an.',
  storage: {
    heading: 'Eine Sicherung zurückholen',
    text: 'Die neueste Sicherung stammt vom {{date}}, {{time}} Uhr ({{clubs}}, {{workshops}}). Sie können mit diesem Stand weiterarbeiten. Die beschädigte Datei wird dabei nicht gelöscht, sondern umbenannt.',
    restore: 'Sicherung vom {{date}} wiederherstellen',
    restoreText:
      'Die Vereinswerkstatt legt die beschädigte Datei beiseite und arbeitet mit dem Stand der Sicherung weiter. Was nach der Sicherung eingegeben wurde, fehlt dann.',
  },
};

/** Error messages under errors.backups.* (wired into de-errors.ts). */
export const deBackupErrors = {
  badId: 'Diese Sicherung gibt es nicht. Bitte wählen Sie eine aus der Liste.',
  notFound: 'Diese Sicherung gibt es nicht mehr. Vielleicht wurde sie gerade aufgeräumt. Bitte wählen Sie eine andere.',
  damaged: 'Diese Sicherung ist beschädigt und wurde nicht wiederhergestellt. Es wurde nichts verändert. Bitte wählen Sie eine andere Sicherung.',
  checkFailed: 'Die Sicherung hat die Prüfung nicht bestanden und wurde verworfen. Die bisherigen Sicherungen bleiben erhalten.',
  full: 'Der Speicherplatz ist voll. Die Sicherung wurde nicht angelegt; die bisherigen Sicherungen und Ihre Daten bleiben, wie sie sind. Bitte schaffen Sie Platz und versuchen Sie es dann noch einmal.',
  restoreFull: 'Der Speicherplatz ist voll. Die Sicherung wurde nicht wiederhergestellt, es wurde nichts verändert. Bitte schaffen Sie Platz und versuchen Sie es dann noch einmal.',
  folderNotWritable: 'In den Ordner „{{folder}}“ kann die Vereinswerkstatt keine Sicherung schreiben. Bitte geben Sie ihr dort Schreibrechte. Ihre Daten und die bisherigen Sicherungen bleiben, wie sie sind.',
};
