import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurable } from '../lib/durable';

/*
 * The lock settings and the count of failed unlocks, in a small file beside the database. It must
 * be readable while the database is locked (the idle timer, the unlock delay and the optional
 * erase all act before or without the key), so it holds nothing secret: minutes, a count and a
 * time. Someone who can edit it can also copy the encrypted files and guess offline, where only
 * the KDF's cost slows them; the delay is there against guessing at the unlock screen.
 */

export const LOCK_FILE = 'muhafiz.lock.json';

export const DEFAULT_IDLE_MINUTES = 5;

const lockFileSchema = z.object({
  format: z.literal('muhafiz-lock'),
  version: z.literal(1),
  idleMinutes: z.number().int().min(1).max(240),
  /** Erase everything after this many wrong passphrases in a row; null (the default) never. */
  eraseAfterFailures: z.number().int().min(3).max(100).nullable(),
  failures: z.number().int().min(0),
  lastFailureAt: z.iso.datetime().nullable(),
});
export type LockFile = z.infer<typeof lockFileSchema>;

export const DEFAULT_LOCK_FILE: LockFile = {
  format: 'muhafiz-lock',
  version: 1,
  idleMinutes: DEFAULT_IDLE_MINUTES,
  eraseAfterFailures: null,
  failures: 0,
  lastFailureAt: null,
};

export const lockFilePath = (dir: string): string => join(dir, LOCK_FILE);

/** The file's content, or the defaults when it is absent or unreadable (it guards nothing secret). */
export const readLockFile = (dir: string): LockFile => {
  const path = lockFilePath(dir);
  if (!existsSync(path)) return { ...DEFAULT_LOCK_FILE };
  try {
    const parsed = lockFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_LOCK_FILE };
  } catch {
    return { ...DEFAULT_LOCK_FILE };
  }
};

export const writeLockFile = (dir: string, content: LockFile): void => {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileDurable(lockFilePath(dir), JSON.stringify(lockFileSchema.parse(content), null, 2), dir);
};

export const updateLockFile = (dir: string, change: (current: LockFile) => LockFile): LockFile => {
  const next = change(readLockFile(dir));
  writeLockFile(dir, next);
  return next;
};
