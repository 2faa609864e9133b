import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../errors';
import { parseEnvelope } from '../db/envelope';
import { planMigrations } from '../db/migrate';
import { openEncrypted } from '../db/open-database';
import { DB_FILE, KEY_FILE, type Vault } from '../db/vault';
import { fsyncPath, writeFileDurable } from '../lib/durable';
import { hashFile } from '../lib/file-hash';
import {
  BACKUP_DB,
  BACKUP_KEY,
  BACKUP_WAL,
  BACKUPS_DIR,
  MANIFEST,
  readBackup,
  type BackupInfo,
  type Manifest,
} from './backup-format';

/*
 * Restore, in an order that can be cut off at any point without losing anything:
 *   1. the backup's files match its manifest (no bit rot on the USB stick);
 *   2. its key envelope opens with the passphrase given (a wrong one restores nothing, and counts
 *      as a failed unlock);
 *   3. a copy is staged beside the database and verified there: opens with the key, passes
 *      quick_check, and is not from a newer Muhafiz;
 *   4. the current database and key file (if any) are moved aside, unchanged, as a safety copy
 *      under backups/before-restore-<when>/ (itself restorable the same way);
 *   5. the staged key file, then the staged database, are renamed into place.
 * Only step 5 replaces anything, and by then the copy is known good.
 */

const STAGING_PREFIX = '.restore-';

const restoreFailure = (e: unknown): AppFailure => {
  const code = e instanceof Error && 'code' in e ? String(e.code) : '';
  return code === 'ENOSPC' || code === 'SQLITE_FULL'
    ? new AppFailure('INTERNAL', 'Not restored: the disk is full. Free some space and try again; nothing was changed.')
    : new AppFailure('INTERNAL', 'Not restored: the backup could not be copied. Nothing was changed.');
};

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

const notABackup = () =>
  new AppFailure(
    'NOT_FOUND',
    'Backup not found: that folder is not a Muhafiz backup (one holds muhafiz.db, muhafiz.key.json and manifest.json). Nothing was changed.',
  );

/** Step 1: the files are the ones the manifest describes. */
const checkFiles = (path: string, m: Manifest): void => {
  const same = (file: string, want: { size: number; sha256: string }) => {
    const got = hashFile(join(path, file));
    return got.size === want.size && got.sha256 === want.sha256;
  };
  const walOk = !m.files.wal || (existsSync(join(path, BACKUP_WAL)) && same(BACKUP_WAL, m.files.wal));
  if (!same(BACKUP_DB, m.files.db) || !same(BACKUP_KEY, m.files.key) || !walOk) {
    throw new AppFailure(
      'DAMAGED',
      'This backup is damaged: its files do not match its manifest. Choose another backup; nothing was changed.',
    );
  }
};

/** Step 3: a staged copy that opens with the key, is whole, and this build can run. */
const stageAndVerify = (vault: Vault, path: string, m: Manifest, key: Buffer): string => {
  const staging = join(vault.dir, `${STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  try {
    copyFileSync(join(path, BACKUP_DB), join(staging, DB_FILE));
    if (m.files.wal) copyFileSync(join(path, BACKUP_WAL), join(staging, `${DB_FILE}-wal`));
    copyFileSync(join(path, BACKUP_KEY), join(staging, KEY_FILE));
    for (const f of [DB_FILE, KEY_FILE]) fsyncPath(join(staging, f));
    const sqlite = openEncrypted(join(staging, DB_FILE), key, { create: false, nativeBinding: vault.nativeBinding });
    try {
      const plan = planMigrations(sqlite, vault.migrationsFolder);
      if (plan.applied > plan.known || plan.newestAppliedWhen > plan.lastKnownWhen) {
        throw new AppFailure(
          'UNSUPPORTED_VERSION',
          'This backup was made by a newer version of Muhafiz. Install that version to restore it; nothing was changed.',
        );
      }
    } finally {
      // Closing checkpoints the staged copy's WAL into it: the staged database stands alone.
      sqlite.close();
    }
    return staging;
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (!(e instanceof AppFailure)) throw restoreFailure(e);
    if (e.code !== 'DAMAGED') throw e;
    throw new AppFailure(
      'DAMAGED',
      'This backup does not open as a whole database. Choose another backup; nothing was changed.',
    );
  }
};

/** Step 4: the current files, moved aside unchanged (a rename: instant, same bytes). */
const setAsideCurrent = (vault: Vault): BackupInfo | null => {
  const db = vault.dbPath;
  if (!existsSync(db) && !existsSync(vault.keyPath)) return null;
  const now = vault.now();
  const parent = join(vault.dir, BACKUPS_DIR);
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  let folder = join(parent, `before-restore-${stamp(now)}`);
  for (let i = 2; existsSync(folder); i++) folder = join(parent, `before-restore-${stamp(now)}-${i}`);
  mkdirSync(folder, { mode: 0o700 });
  const moves: [string, string][] = [
    [db, BACKUP_DB],
    [`${db}-wal`, BACKUP_WAL],
    [vault.keyPath, BACKUP_KEY],
  ];
  for (const [from, to] of moves) if (existsSync(from)) renameSync(from, join(folder, to));
  if (existsSync(`${db}-shm`)) rmSync(`${db}-shm`);
  fsyncPath(vault.dir, true);
  // Without both halves it is kept but is not a restorable backup (the key alone after a quarantine).
  if (!existsSync(join(folder, BACKUP_DB)) || !existsSync(join(folder, BACKUP_KEY))) return null;
  const manifest: Manifest = {
    format: 'muhafiz-backup',
    version: 1,
    kind: 'before-restore',
    createdAt: now.toISOString(),
    migrations: null,
    appVersion: vault.appVersion.slice(0, 50),
    files: {
      db: hashFile(join(folder, BACKUP_DB)),
      key: hashFile(join(folder, BACKUP_KEY)),
      ...(existsSync(join(folder, BACKUP_WAL)) ? { wal: hashFile(join(folder, BACKUP_WAL)) } : {}),
    },
  };
  writeFileDurable(join(folder, MANIFEST), JSON.stringify(manifest, null, 2), folder);
  return readBackup(folder)?.info ?? null;
};

export type RestoreOutcome = { restored: BackupInfo; safetyCopy: BackupInfo | null };

/** Restores the backup in `path` with its passphrase; leaves the vault locked, ready to unlock. */
export const restoreBackup = async (vault: Vault, path: string, passphrase: string): Promise<RestoreOutcome> => {
  const found = readBackup(path);
  if (!found) throw notABackup();
  // A restore cut short leaves a staged copy behind; the backup it came from still exists.
  if (existsSync(vault.dir)) {
    for (const n of readdirSync(vault.dir)) {
      if (n.startsWith(STAGING_PREFIX)) rmSync(join(vault.dir, n), { recursive: true, force: true });
    }
  }
  checkFiles(path, found.manifest);
  const key = vault.unwrapGuarded(parseEnvelope(readFileSync(join(path, BACKUP_KEY), 'utf8')), passphrase);
  let staging: string;
  try {
    staging = stageAndVerify(vault, path, found.manifest, key);
  } finally {
    key.fill(0);
  }
  vault.lock();
  // A background check or backup of the current file may still hold it open (Windows will not rename
  // an open file): the files are moved once it has let go, and nothing else is answered meanwhile.
  vault.restoring = true;
  try {
    await vault.workersEnded();
  } finally {
    vault.restoring = false;
  }
  vault.recovery = null;
  mkdirSync(vault.dir, { recursive: true, mode: 0o700 });
  const safetyCopy = setAsideCurrent(vault);
  renameSync(join(staging, KEY_FILE), vault.keyPath);
  renameSync(join(staging, DB_FILE), vault.dbPath);
  fsyncPath(vault.dir, true);
  rmSync(staging, { recursive: true, force: true });
  return { restored: found.info, safetyCopy };
};
