import { Worker } from 'node:worker_threads';

/*
 * The whole-file check (PRAGMA quick_check, which reads and, through the cipher, authenticates every
 * page in use) for a database too large to check while the lawyer waits at unlock. It runs in a
 * worker thread on its own read-only connection, so the main process keeps answering; a read-only
 * connection never checkpoints the WAL, so it changes nothing on disk.
 */

export type IntegrityResult = 'ok' | 'damaged' | { error: string };

/** Plain CommonJS for an eval'd worker: no TypeScript, no bundler, the module path given. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const raw = Buffer.from(workerData.rawKey);
workerData.rawKey.fill(0);
let result;
let db = null;
try {
  db = new Database(workerData.file, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
  });
  db.pragma("cipher = 'chacha20'");
  db.key(raw);
  raw.fill(0);
  const rows = db.pragma('quick_check');
  result = rows.length === 1 && rows[0].quick_check === 'ok' ? 'ok' : 'damaged';
} catch (e) {
  const code = e && e.code ? String(e.code) : '';
  result = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? 'damaged' : { error: String(e && e.message) };
} finally {
  raw.fill(0);
  if (db) db.close();
}
parentPort.postMessage(result);
`;

export type BackgroundCheck = { result: Promise<IntegrityResult>; cancel: () => void };

/**
 * Starts the check. `rawKey` is the key in the form db.key() takes; the worker gets a copy (zeroed
 * there after use) and the caller zeroes its own.
 */
export const startBackgroundCheck = (opts: {
  file: string;
  rawKey: Buffer;
  nativeBinding?: string | undefined;
}): BackgroundCheck => {
  const rawKey = new Uint8Array(opts.rawKey);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      // The same SQLite module the app opened the database with.
      module: require.resolve('better-sqlite3'),
      file: opts.file,
      rawKey,
      nativeBinding: opts.nativeBinding,
    },
  });
  rawKey.fill(0);
  let cancelled = false;
  const result = new Promise<IntegrityResult>((resolve) => {
    worker.once('message', (m: IntegrityResult) => resolve(m));
    worker.once('error', (e) => resolve({ error: e.message }));
    worker.once('exit', () => resolve(cancelled ? { error: 'cancelled' } : { error: 'the check stopped' }));
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      void worker.terminate();
    },
  };
};
