import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fsyncPath } from '../lib/durable';

/*
 * Quick erase. Every copy of the data key lives in a key envelope (muhafiz.key.json) in the app's
 * folder, its backups or its quarantine; each is overwritten with random bytes and synced before it
 * is deleted, so the encrypted database and any leftover copy of it can no longer be opened even
 * with the passphrase. Then the database, its WAL and shared-memory files, the backups, the
 * quarantine and the lock settings are deleted, leaving a first-run app.
 *
 * What it cannot do: reach copies elsewhere (a USB backup, a cloud folder), or guarantee the old
 * bytes are gone from an SSD, whose wear levelling may keep them in blocks no program can address.
 */

/** Our own names only: the folder may be a shared profile folder (Electron keeps its cache there too). */
const OWN_FILES = (dbFile: string, keyFile: string, lockFile: string) => [
  dbFile,
  `${dbFile}-wal`,
  `${dbFile}-shm`,
  `${dbFile}-journal`,
  keyFile,
  `${keyFile}.tmp`,
  lockFile,
  `${lockFile}.tmp`,
];
const OWN_FOLDERS = ['backups', 'quarantine'];
const isStaging = (name: string) => name.startsWith('.restore-');

const overwrite = (path: string): void => {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, randomBytes(Math.max(size, 64)), 0, Math.max(size, 64), 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** Every key envelope at or under `path`, by file name. */
const envelopesUnder = (path: string, keyFile: string): string[] => {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return path.endsWith(keyFile) ? [path] : [];
  return readdirSync(path).flatMap((n) => envelopesUnder(join(path, n), keyFile));
};

export type EraseNames = { dir: string; dbFile: string; keyFile: string; lockFile: string };

/** A file another thread or process still holds open (Windows refuses to delete it until then). */
const isBusy = (e: unknown) => ['EBUSY', 'EPERM', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? '');

/**
 * Erases everything; returns what could not be deleted yet because it was still open (a background
 * check or backup of a large file runs on inside SQLite after a lock). The keys are gone by then, so
 * what is left cannot be read; erasing again once the workers have ended removes it.
 */
export const eraseEverything = (n: EraseNames): string[] => {
  if (!existsSync(n.dir)) return [];
  const left: string[] = [];
  const remove = (p: string, del: () => void) => {
    try {
      del();
    } catch (e) {
      if (!isBusy(e)) throw e;
      left.push(p);
    }
  };
  const staging = readdirSync(n.dir).filter(isStaging);
  const roots = [join(n.dir, n.keyFile), ...[...OWN_FOLDERS, ...staging].map((f) => join(n.dir, f))];
  // The keys first: once they are gone, nothing left behind can be decrypted.
  for (const envelope of roots.flatMap((r) => envelopesUnder(r, n.keyFile))) overwrite(envelope);
  fsyncPath(n.dir, true);
  for (const f of OWN_FILES(n.dbFile, n.keyFile, n.lockFile)) {
    const p = join(n.dir, f);
    if (existsSync(p)) remove(p, () => unlinkSync(p));
  }
  for (const f of [...OWN_FOLDERS, ...staging]) {
    const p = join(n.dir, f);
    remove(p, () => rmSync(p, { recursive: true, force: true }));
  }
  fsyncPath(n.dir, true);
  return left;
};
