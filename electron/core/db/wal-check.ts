import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { endianness } from 'node:os';

/*
 * What a WAL left behind by a crash or a power cut holds, read from its headers (the cipher
 * encrypts page contents only; WAL and frame headers are in the clear). SQLite replays the WAL up
 * to its last valid commit and silently ignores the rest: a torn tail (a power cut mid-write) or a
 * damaged frame (after which every later commit is dropped). Comparing what the headers promise
 * with what SQLite actually used tells the two apart from a clean crash, so the lawyer is told.
 */

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const MAGIC = [0x377f0682, 0x377f0683];

export type WalScan = {
  /** A non-empty WAL: the app was not closed cleanly. */
  present: boolean;
  /** Ends part-way through a frame, or its header is cut or unreadable. */
  torn: boolean;
  /** 1-based index of the last commit frame of the current WAL generation (0: none). */
  lastCommitFrame: number;
};

const readAt = (fd: number, length: number, position: number): Buffer => {
  const b = Buffer.alloc(length);
  readSync(fd, b, 0, length, position);
  return b;
};

export const scanWal = (walPath: string): WalScan => {
  if (!existsSync(walPath)) return { present: false, torn: false, lastCommitFrame: 0 };
  const size = statSync(walPath).size;
  if (size === 0) return { present: false, torn: false, lastCommitFrame: 0 };
  if (size < WAL_HEADER) return { present: true, torn: true, lastCommitFrame: 0 };
  const fd = openSync(walPath, 'r');
  try {
    const header = readAt(fd, WAL_HEADER, 0);
    const raw = header.readUInt32BE(8);
    const pageSize = raw === 1 ? 65536 : raw;
    const validSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
    if (!MAGIC.includes(header.readUInt32BE(0)) || !validSize) return { present: true, torn: true, lastCommitFrame: 0 };
    const frameSize = FRAME_HEADER + pageSize;
    const torn = (size - WAL_HEADER) % frameSize !== 0;
    const [salt1, salt2] = [header.readUInt32BE(16), header.readUInt32BE(20)];
    let lastCommitFrame = 0;
    // Frames of this generation carry the header's salts; older frames beyond them do not.
    for (let i = 0; WAL_HEADER + (i + 1) * frameSize <= size; i++) {
      const f = readAt(fd, FRAME_HEADER, WAL_HEADER + i * frameSize);
      if (f.readUInt32BE(8) !== salt1 || f.readUInt32BE(12) !== salt2) break;
      if (f.readUInt32BE(4) !== 0) lastCommitFrame = i + 1;
    }
    return { present: true, torn, lastCommitFrame };
  } finally {
    closeSync(fd);
  }
};

/**
 * The last WAL frame SQLite accepted, from the wal-index header in the -shm file (written by the
 * connection that replayed the WAL; native byte order; mxFrame at offset 16). null when absent.
 */
export const walFramesUsed = (shmPath: string): number | null => {
  if (!existsSync(shmPath) || statSync(shmPath).size < 20) return null;
  const fd = openSync(shmPath, 'r');
  try {
    const b = readAt(fd, 20, 0);
    return endianness() === 'LE' ? b.readUInt32LE(16) : b.readUInt32BE(16);
  } finally {
    closeSync(fd);
  }
};
