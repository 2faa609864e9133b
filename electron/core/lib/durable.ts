import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';

/*
 * Durable file operations. A rename is only durable once the folder holding it is synced, and a
 * file's bytes only once the file is: a power cut must leave the old state or the new, never half.
 */

/** fsync of a file (or, on POSIX, a folder) by path. Windows cannot open a folder to sync it. */
export const fsyncPath = (path: string, isDir = false): void => {
  if (isDir && process.platform === 'win32') return;
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** Temp file, fsync, rename, fsync of the folder. */
export const writeFileDurable = (path: string, data: string | Buffer, dir: string): void => {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncPath(dir, true);
};
