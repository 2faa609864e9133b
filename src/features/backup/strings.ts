import { i18n } from '../../i18n';

/*
 * Strings of the lock, backup, restore and erase screens, merged into the English bundle under
 * `backup` (kept beside the components, as the bail tracker does, so work on i18n/en.ts elsewhere
 * does not collide with this).
 */
export const backupStrings = {
  lockTitle: 'Lock',
  lockIntro:
    'Muhafiz locks itself when the computer sleeps or the screen locks, after the minutes below without use, and when you press Ctrl+L (⌘L on a Mac).',
  idleMinutes: 'Lock after this many minutes without use',
  eraseAfter: 'Erase everything after this many wrong passphrases in a row',
  eraseAfterOn: 'Erase after repeated wrong passphrases',
  eraseAfterHelp:
    'Off unless you turn it on. Use it only with a backup kept elsewhere: a few mistyped passphrases would otherwise cost you the diary.',
  lockSaved: 'Lock settings saved',

  backupsTitle: 'Backups',
  backupsIntro:
    'Muhafiz backs itself up, encrypted, at the first unlock of each day, keeping the last 7 days and 4 weeks in its own folder. Keep a copy elsewhere too: a USB drive kept away from the laptop.',
  lastAutomatic: 'Last automatic backup: {{when}}',
  lastAutomaticFailed: 'The last automatic backup failed ({{when}}): {{message}}',
  noBackups: 'No backup yet. The first one is made at the next unlock.',
  kind: {
    daily: 'Daily',
    manual: 'Manual',
    'pre-migration': 'Before an update',
    'before-restore': 'Before a restore',
  },
  backupNow: 'Back up to a folder…',
  chooseFolder: 'Choose folder…',
  folder: 'Folder (full path)',
  folderHelp: 'The full path of a folder, for example a USB drive.',
  startBackup: 'Back up now',
  stage: {
    copying: 'Copying the encrypted database…',
    syncing: 'Writing it safely to the disk…',
    verifying: 'Checking the copy opens and is complete…',
    done: 'Done',
  },
  backedUp: 'Backed up to {{path}}',
  size: '{{size}} MB',

  restoreTitle: 'Restore from a backup',
  restoreIntro:
    'A backup holds the diary as it was when the backup was made. Your current diary (if any) is first set aside as a safety copy, so a restore can itself be undone.',
  restoreFrom: 'Backup to restore',
  otherFolder: 'From another folder (a USB drive)…',
  lookInFolder: 'Look in this folder',
  noBackupsThere: 'No Muhafiz backup in that folder.',
  restorePassphrase: 'Passphrase of the backup',
  restorePassphraseHelp: 'The passphrase in use on the day the backup was made.',
  restore: 'Restore',
  restoreLink: 'Restore from a backup',
  restored: 'Restored the backup of {{when}}.',

  damagedTitle: 'The database is damaged',
  damagedIntro:
    'It has been moved aside, unchanged, and nothing was written to it. Restore your latest backup to carry on.',

  recoveryTitle: 'Muhafiz recovered after an unexpected stop',
  recoveryDismiss: 'I understand',

  eraseTitle: 'Quick erase',
  eraseIntro:
    'Destroys the key, the encrypted database, its backups in this computer’s Muhafiz folder and the settings, and leaves Muhafiz as on first run. It cannot reach copies elsewhere (a USB drive, another computer), and on an SSD the old encrypted blocks may survive inside the drive until it reuses them; without the key they cannot be read.',
  eraseLink: 'Erase everything…',
  eraseConfirmLabel: 'Type {{word}} to confirm',
  eraseButton: 'Erase everything now',
  erased: 'Everything has been erased.',
  waitBeforeRetry: 'Too many wrong passphrases. Try again in {{seconds}} s.',
};

i18n.addResourceBundle('en', 'translation', { backup: backupStrings }, true, true);
