import { statSync } from 'node:fs';
import { startKeyedWorker } from './keyed-worker';

/*
 * The whole-file check (PRAGMA quick_check, which reads and, through the cipher, authenticates every
 * page in use) for a database too large to check while the lawyer waits at unlock. It runs in a
 * worker thread on its own read-only connection, so the main process keeps answering; a read-only
 * connection never checkpoints the WAL, so it changes nothing on disk.
 */

export type IntegrityResult = 'ok' | 'damaged' | { error: string };

/** The worker's code (keyed-worker.ts gives it openKeyed). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const raw = Buffer.from(workerData.rawKey);
workerData.rawKey.fill(0);
let result;
let db = null;
try {
  db = openKeyed(workerData, raw);
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

type Run = { result: Promise<IntegrityResult> };

/**
 * Checks in flight, by file (path and inode). A worker cannot be stopped inside SQLite's check, so
 * one started before a lock runs on; an unlock of the same file meanwhile waits for it rather than
 * starting a second (the file it reads is the same; a restored file is a new inode and gets its own).
 */
const inFlight = new Map<string, Run>();

const runCheck = (opts: { file: string; rawKey: Buffer; nativeBinding?: string | undefined }): Run => {
  const worker = startKeyedWorker(WORKER_SOURCE, opts);
  const result = new Promise<IntegrityResult>((resolve) => {
    worker.once('message', (m: IntegrityResult) => resolve(m));
    worker.once('error', (e) => resolve({ error: e.message }));
    worker.once('exit', () => resolve({ error: 'the check stopped' }));
  });
  return { result };
};

/**
 * Resolves once no check of this file is running: a cancelled one runs on inside SQLite, holding the
 * file open (on Windows a file held open cannot be deleted or renamed).
 */
export const checkEnded = async (file: string): Promise<void> => {
  await Promise.all([...inFlight].filter(([id]) => id.startsWith(`${file}:`)).map(([, run]) => run.result));
};

/**
 * Starts the check, or joins the one already running on this file. `rawKey` is the key in the form
 * db.key() takes; the worker gets a copy (zeroed there after use) and the caller zeroes its own.
 * cancel() lets the caller stop waiting: its result is then { error: 'cancelled' }.
 */
export const startBackgroundCheck = (opts: {
  file: string;
  rawKey: Buffer;
  nativeBinding?: string | undefined;
}): BackgroundCheck => {
  const id = `${opts.file}:${statSync(opts.file).ino}`;
  let run = inFlight.get(id);
  if (!run) {
    const started = runCheck(opts);
    inFlight.set(id, started);
    void started.result.then(() => inFlight.delete(id));
    run = started;
  }
  let cancel = () => {};
  const cancelled = new Promise<IntegrityResult>((resolve) => {
    cancel = () => resolve({ error: 'cancelled' });
  });
  return { result: Promise.race([run.result, cancelled]), cancel };
};
