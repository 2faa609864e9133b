import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A small disk for the data folder: a tmpfs of the given size mounted on a fresh temp folder.
 * Needs root on Linux (as in CI); null where it cannot be made, and the test says so.
 */
export const smallDisk = (size: string): { root: string; release: () => void } | null => {
  const root = mkdtempSync(join(tmpdir(), 'muhafiz-diskfull-'));
  if (!mountTmpfs(root, size)) {
    rmSync(root, { recursive: true, force: true });
    return null;
  }
  return {
    root,
    release: () => {
      try {
        execFileSync('umount', [root], { stdio: 'ignore' });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
};

const mountTmpfs = (dir: string, size: string): boolean => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * Writes until the file system refuses (ENOSPC), then again in ever smaller pieces down to 512
 * bytes: the disk is now full to the last block.
 */
export const fillDisk = (path: string): number => {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0xa5);
  let written = 0;
  try {
    for (let size = chunk.length; size >= 512;) {
      try {
        written += writeSync(fd, chunk.subarray(0, size));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
        size /= 2;
      }
    }
    return written;
  } finally {
    closeSync(fd);
  }
};
