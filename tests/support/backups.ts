import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUPS_DIR, listBackups, type BackupInfo, type BackupKind } from '../../electron/core/services/backup-format';

/** Names of the backup folders in a vault folder's backups/, of one kind or all, oldest first. */
export const backupFolders = (vaultDir: string, kind?: BackupKind): string[] =>
  listBackups(join(vaultDir, BACKUPS_DIR))
    .filter((b) => !kind || b.kind === kind)
    .map((b) => b.name)
    .sort();

/** Every entry of backups/, valid backup or not (temp folders included): what is on disk. */
export const backupsDirEntries = (vaultDir: string): string[] => {
  const dir = join(vaultDir, BACKUPS_DIR);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};

export const backupsOfKind = (vaultDir: string, kind: BackupKind): BackupInfo[] =>
  listBackups(join(vaultDir, BACKUPS_DIR)).filter((b) => b.kind === kind);

/** Files of the vault folder itself, leaving out the backups folder. */
export const withoutBackups = (files: string[]): string[] => files.filter((f) => !/^backups[\\/]/.test(f));
