import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/*
 * A backup is a folder holding a matched pair and a note:
 *   muhafiz.db        the encrypted database (VACUUM INTO on the keyed connection: same cipher, same key)
 *   muhafiz.key.json  the key envelope that opens it (the passphrase of the day the backup was made)
 *   manifest.json     what it is, when it was made and the SHA-256 of both files (nothing secret)
 * A folder appears under its final name only once it is complete and verified (it is written under
 * a hidden temp name and renamed), so a folder with a valid manifest is a whole backup.
 */

export const BACKUPS_DIR = 'backups';
export const BACKUP_DB = 'muhafiz.db';
export const BACKUP_KEY = 'muhafiz.key.json';
export const BACKUP_WAL = 'muhafiz.db-wal';
export const MANIFEST = 'manifest.json';
export const PARTIAL_PREFIX = '.partial-';

export const BACKUP_KINDS = ['daily', 'manual', 'pre-migration', 'before-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

const fileEntry = z.object({ size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const manifestSchema = z.object({
  format: z.literal('muhafiz-backup'),
  version: z.literal(1),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.iso.datetime(),
  /** Schema migrations applied in the database (null: not known, for a safety copy moved aside as it was). */
  migrations: z.number().int().min(0).nullable(),
  appVersion: z.string().max(50),
  /** A safety copy moved aside after a crash may carry its WAL; a written backup never does. */
  files: z.object({ db: fileEntry, key: fileEntry, wal: fileEntry.optional() }),
});
export type Manifest = z.infer<typeof manifestSchema>;

export type BackupInfo = {
  path: string;
  name: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
};

/** The backup in this folder, or null when it is not one (no readable manifest, a file missing). */
export const readBackup = (path: string): { info: BackupInfo; manifest: Manifest } | null => {
  try {
    if (!statSync(path).isDirectory()) return null;
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(join(path, MANIFEST), 'utf8')));
    if (!parsed.success) return null;
    if (!existsSync(join(path, BACKUP_DB)) || !existsSync(join(path, BACKUP_KEY))) return null;
    const m = parsed.data;
    const name = path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
    return {
      manifest: m,
      info: { path, name, kind: m.kind, createdAt: m.createdAt, sizeBytes: m.files.db.size + m.files.key.size },
    };
  } catch {
    return null;
  }
};

/** The backups in a folder: the folder itself when it is one, else its sub-folders; newest first. */
export const listBackups = (folder: string): BackupInfo[] => {
  if (!existsSync(folder)) return [];
  const self = readBackup(folder);
  if (self) return [self.info];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.startsWith('.'))
    .map((n) => readBackup(join(folder, n))?.info)
    .filter((b): b is BackupInfo => b !== undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
};
