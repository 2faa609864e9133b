import { Worker } from 'node:worker_threads';

/*
 * A worker thread with its own read-only connection to the encrypted database (the whole-file check,
 * the large file's daily backup): the main process keeps answering while it works. The worker's code
 * is plain CommonJS, eval'd (no TypeScript, no bundler); it gets `openKeyed(workerData, rawKey)`.
 */

/** Opens the file read-only with the raw key (the form db.key() takes), as the app's own connection. */
const OPEN_KEYED = `
const openKeyed = (w, raw) => {
  const Database = require(w.module);
  const db = new Database(w.file, {
    readonly: true,
    fileMustExist: true,
    ...(w.nativeBinding ? { nativeBinding: w.nativeBinding } : {}),
  });
  try {
    db.pragma("cipher = 'chacha20'");
    db.key(raw);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
};
`;

/**
 * Starts `source` in a worker with `workerData` holding the file, a copy of the key (the worker
 * zeroes it after use; the caller zeroes its own), the native binding and the SQLite module, plus
 * `data`. The worker does not keep the process alive (a command-line tool, a test run).
 */
export const startKeyedWorker = (
  source: string,
  opts: {
    file: string;
    rawKey: Buffer;
    nativeBinding?: string | undefined;
    /** The SQLite module to load: the one the app opened the database with, unless a test says otherwise. */
    module?: string | undefined;
    data?: Record<string, unknown>;
  },
): Worker => {
  const rawKey = new Uint8Array(opts.rawKey);
  const worker = new Worker(OPEN_KEYED + source, {
    eval: true,
    workerData: {
      ...opts.data,
      module: opts.module ?? require.resolve('better-sqlite3'),
      file: opts.file,
      rawKey,
      nativeBinding: opts.nativeBinding,
    },
  });
  rawKey.fill(0);
  worker.unref();
  return worker;
};
