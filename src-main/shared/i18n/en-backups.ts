import type { deBackupErrors, deBackups } from './de-backups';

// Automatic backups: the list in the settings and the offer on the storage error screen.
export const enBackups: typeof deBackups = {
  heading: 'Backups',
  intro:
    'Vereinswerkstatt backs up your data by itself: at start, every 30 minutes while you work, and when you end a workshop. Every backup is checked before it is stored. It keeps the last 10, plus one per day for two weeks and one per week for two months.',
  folder: 'Folder',
  create: 'Back up now',
  creating: 'Backing up …',
  created: 'The backup has been made.',
  caption: 'Backups, newest first',
  columns: {
    date: 'Date',
    time: 'Time',
    size: 'Size',
    clubs: 'Clubs',
    workshops: 'Workshops',
    reason: 'Occasion',
    actions: 'Actions',
  },
  time: '{{time}}',
  sizeMb: '{{size}} MB',
  unknownCount: 'unreadable',
  clubCount_one: '{{count}} club',
  clubCount_other: '{{count}} clubs',
  workshopCount_one: '{{count}} workshop',
  workshopCount_other: '{{count}} workshops',
  reasons: {
    start: 'At start',
    interval: 'Regular',
    'workshop-ended': 'Workshop ended',
    'before-migration': 'Before the update',
    'before-restore': 'Before a restore',
    'before-import': 'Before an import',
    manual: 'By hand',
  },
  restore: 'Restore',
  restoreLabel: 'Restore the backup from {{date}}, {{time}}',
  restoreTitle: 'Restore the backup from {{date}}, {{time}}?',
  restoreText:
    'Vereinswerkstatt will then show the state of this backup ({{clubs}}, {{workshops}}).',
  settingAside: 'Your current state is first kept as a backup of its own …',
  setAside: 'Your current state has been kept as a backup of its own and is at the top of the list. It is not lost.',
  restoreConfirm: 'Yes, restore',
  restoring: 'Restoring …',
  restored: 'The backup from {{date}}, {{time}} has been restored.',
  emptyTitle: 'No backups yet',
  emptyText: 'The first backup is made by itself at the next start. “Back up now” makes one at once.',
  storage: {
    heading: 'Bring back a backup',
    text: 'The newest backup is from {{date}}, {{time}} ({{clubs}}, {{workshops}}). You can carry on with that state. The damaged file is not deleted but renamed.',
    restore: 'Restore the backup from {{date}}',
    restoreText:
      'Vereinswerkstatt puts the damaged file aside and carries on with the state of the backup. Anything entered after the backup will be missing.',
  },
};

/** Error messages under errors.backups.* (wired into en-errors.ts). */
export const enBackupErrors: typeof deBackupErrors = {
  badId: 'There is no such backup. Please choose one from the list.',
  notFound: 'This backup no longer exists; it may just have been tidied away. Please choose another one.',
  damaged: 'This backup is damaged and was not restored. Nothing was changed. Please choose another backup.',
  checkFailed: 'The backup failed its check and was discarded. The earlier backups are kept.',
  full: 'The disk is full. The backup was not made; the earlier backups and your data stay as they are. Please free up some space and then try again.',
  restoreFull: 'The disk is full. The backup was not restored and nothing was changed. Please free up some space and then try again.',
  folderNotWritable: 'Vereinswerkstatt cannot write a backup into the folder “{{folder}}”. Please give it write access there. Your data and the earlier backups stay as they are.',
};
