import { randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../errors';
import { parseEnvelope } from '../db/envelope';
import type { Sqlite } from '../db/open-database';
import { vacuumInto } from '../db/open-database';
import { fsyncPath, writeFileDurable } from '../lib/durable';
import { hashFile } from '../lib/file-hash';
import {
  BACKUP_DB,
  BACKUP_KEY,
  MANIFEST,
  PARTIAL_PREFIX,
  readBackup,
  type BackupInfo,
  type BackupKind,
  type Manifest,
} from './backup-format';

/*
 * Writing a backup: VACUUM INTO a hidden temp folder on the keyed connection (the copy is encrypted
 * with the same key; db.backup() fails on encrypted databases and serialize() is plaintext), copy the
 * key envelope beside it, fsync both, verify (the copy opens with the key, passes quick_check and
 * holds as many rows in every table as the database had at the moment of the copy), write the
 * manifest, and only then rename the folder into place. A failed backup leaves no folder under a
 * backup's name and never replaces a good one.
 */

export type BackupStage = 'copying' | 'syncing' | 'verifying' | 'done';
export type BackupProgress = { stage: BackupStage; percent: number };

export type WriteBackupOptions = {
  sqlite: Sqlite;
  /** The vault's key envelope, copied into the backup. */
  keyFile: string;
  /** The folder the backup folder goes in. */
  parent: string;
  name: string;
  kind: BackupKind;
  now: Date;
  appVersion: string;
  onProgress?: (p: BackupProgress) => void;
};

const ATTACHED = 'backup_check';
const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows in every ordinary table of a schema ('main' or the attached copy). */
const tableCounts = (sqlite: Sqlite, schema: string): Record<string, number> => {
  const names = sqlite
    .prepare(
      `SELECT name FROM ${quoteId(schema)}.sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .all() as { name: string }[];
  const out: Record<string, number> = {};
  for (const { name } of names) {
    const row = sqlite.prepare(`SELECT count(*) AS n FROM ${quoteId(schema)}.${quoteId(name)}`).get() as { n: number };
    out[name] = row.n;
  }
  return out;
};

const migrationsApplied = (sqlite: Sqlite): number => {
  const has = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  return has ? (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n : 0;
};

const startsWithPlaintextHeader = (file: string): boolean => {
  const head = Buffer.alloc(PLAINTEXT_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(PLAINTEXT_HEADER);
};

/** The copy opens with the connection's key, is whole, and holds what the database held. */
const verifyCopy = (sqlite: Sqlite, dbCopy: string, expected: Record<string, number>): void => {
  if (startsWithPlaintextHeader(dbCopy)) throw new Error('the copy is not encrypted');
  sqlite.prepare(`ATTACH DATABASE ? AS ${ATTACHED}`).run(dbCopy);
  try {
    const check = sqlite.pragma(`${ATTACHED}.quick_check`) as { quick_check: string }[];
    if (check.length !== 1 || check[0]?.quick_check !== 'ok') throw new Error('the copy failed quick_check');
    const got = tableCounts(sqlite, ATTACHED);
    if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error('the copy holds different row counts');
  } finally {
    sqlite.prepare(`DETACH DATABASE ${ATTACHED}`).run();
  }
};

const errnoOf = (e: unknown): string => (e instanceof Error && 'code' in e ? String(e.code) : '');

/** What the lawyer is told when a backup could not be made. */
export const backupFailure = (e: unknown): AppFailure => {
  if (e instanceof AppFailure) return e;
  const code = errnoOf(e);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') {
    return new AppFailure('INTERNAL', 'Backup not saved: the disk is full. Free some space and try again.');
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'SQLITE_CANTOPEN') {
    return new AppFailure('VALIDATION', 'Backup not saved: Muhafiz may not write to that folder.');
  }
  return new AppFailure('INTERNAL', 'Backup not saved: the copy could not be verified. Your database is unchanged.');
};

const uniqueTarget = (parent: string, name: string): string => {
  for (let i = 1; ; i++) {
    const candidate = join(parent, i === 1 ? name : `${name}-${i}`);
    if (!existsSync(candidate)) return candidate;
  }
};

/** What names and describes a backup, whichever connection copies it. */
export type BackupTarget = Omit<WriteBackupOptions, 'sqlite' | 'onProgress'>;

/** A hidden temp folder in `parent`: a backup is written there and renamed into place when whole. */
export const partialFolder = (parent: string): string =>
  join(parent, `${PARTIAL_PREFIX}${randomBytes(6).toString('hex')}`);

/** The temp folder and the key envelope copied into it (checked to be one). */
export const startFolder = (o: BackupTarget, tmp: string): void => {
  mkdirSync(o.parent, { recursive: true, mode: 0o700 });
  mkdirSync(tmp, { mode: 0o700 });
  const keyCopy = join(tmp, BACKUP_KEY);
  copyFileSync(o.keyFile, keyCopy);
  parseEnvelope(readFileSync(keyCopy, 'utf8'));
};

/** The manifest, then the rename into place: only now does the folder get a backup's name. */
export const finishFolder = (
  o: BackupTarget,
  tmp: string,
  copied: { db: { size: number; sha256: string }; migrations: number },
): string => {
  const manifest: Manifest = {
    format: 'muhafiz-backup',
    version: 1,
    kind: o.kind,
    createdAt: o.now.toISOString(),
    migrations: copied.migrations,
    appVersion: o.appVersion.slice(0, 50),
    files: { db: copied.db, key: hashFile(join(tmp, BACKUP_KEY)) },
  };
  writeFileDurable(join(tmp, MANIFEST), JSON.stringify(manifest, null, 2), tmp);
  const final = uniqueTarget(o.parent, o.name);
  renameSync(tmp, final);
  fsyncPath(o.parent, true);
  return final;
};

/** The backup in `folder`, as listed. */
export const finishedBackup = (folder: string): BackupInfo => {
  const read = readBackup(folder);
  if (!read) throw new Error('the finished backup cannot be read back');
  return read.info;
};

/** The backup as a list of steps, so it can run at once (at unlock) or yielding between steps (manual). */
const backupSteps = (o: WriteBackupOptions) => {
  const tmp = partialFolder(o.parent);
  const dbCopy = join(tmp, BACKUP_DB);
  const keyCopy = join(tmp, BACKUP_KEY);
  let counts: Record<string, number> = {};
  let final = '';
  const progress = (stage: BackupStage, percent: number) => o.onProgress?.({ stage, percent });
  const steps: (() => void)[] = [
    () => {
      progress('copying', 5);
      startFolder(o, tmp);
      // No yield between counting and copying: nothing can write in between (one thread, sync calls).
      counts = tableCounts(o.sqlite, 'main');
      vacuumInto(o.sqlite, dbCopy);
    },
    () => {
      progress('syncing', 50);
      fsyncPath(dbCopy);
      fsyncPath(keyCopy);
    },
    () => {
      progress('verifying', 65);
      verifyCopy(o.sqlite, dbCopy, counts);
    },
    () => {
      progress('verifying', 90);
      final = finishFolder(o, tmp, { db: hashFile(dbCopy), migrations: migrationsApplied(o.sqlite) });
      progress('done', 100);
    },
  ];
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  const result = (): BackupInfo => finishedBackup(final);
  return { steps, cleanup, result };
};

export const writeBackupSync = (o: WriteBackupOptions): BackupInfo => {
  const { steps, cleanup, result } = backupSteps(o);
  try {
    for (const step of steps) step();
    return result();
  } catch (e) {
    cleanup();
    throw backupFailure(e);
  }
};

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The same, yielding to the event loop between steps so progress can be asked for meanwhile. */
export const writeBackupAsync = async (o: WriteBackupOptions): Promise<BackupInfo> => {
  const { steps, cleanup, result } = backupSteps(o);
  try {
    for (const step of steps) {
      step();
      await tick();
    }
    return result();
  } catch (e) {
    cleanup();
    throw backupFailure(e);
  }
};

/** Hidden temp folders left by a backup cut short (a crash, a power cut): never a backup, removed. */
export const removePartials = (parent: string, names: string[]): void => {
  for (const n of names) if (n.startsWith(PARTIAL_PREFIX)) rmSync(join(parent, n), { recursive: true, force: true });
};
