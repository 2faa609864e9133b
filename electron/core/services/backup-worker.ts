import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startKeyedWorker } from '../db/keyed-worker';
import { fsyncPath } from '../lib/durable';
import { BACKUP_DB, BACKUP_KEY, type BackupInfo } from './backup-format';
import {
  backupFailure,
  finishedBackup,
  finishFolder,
  partialFolder,
  startFolder,
  type BackupProgress,
  type BackupStage,
  type BackupTarget,
} from './backup-writer';

/*
 * The heavy half of a large database's daily backup, in a worker thread (issue 8: a 2.1 GB file
 * took ~28 s, during which the main process answered nothing). The worker opens its own read-only
 * connection to the same file with the same raw key (as the whole-file check does), so the main
 * connection keeps reading and committing meanwhile (WAL: a reader sees one snapshot throughout).
 * There it counts the rows of every table, runs VACUUM INTO the hidden temp folder (an encrypted
 * copy with the same key and cipher), counts again, syncs the copy, verifies it (not plaintext,
 * quick_check, every table's rows) and hashes it. The light half stays with the caller on the main
 * thread: the temp folder and the key envelope before, the manifest and the rename after, so a
 * folder gets a backup's name only there, and never after the vault was locked.
 *
 * Row counts: VACUUM INTO cannot run inside a transaction, so its snapshot cannot be the one the
 * rows were counted in. The rows are counted just before and just after it. When nothing was saved
 * in between (PRAGMA data_version unmoved) every table of the copy must hold exactly those counts,
 * the check the synchronous writer makes; when something was, each ordinary table's count must lie
 * between the two (a count that fell and rose again meanwhile copies again, up to 3 times). Rows a
 * save added during the copy are in it or not, never half of one save: the copy is one snapshot.
 */

/** The worker's code (keyed-worker.ts gives it openKeyed). */
const WORKER_SOURCE = `
const { parentPort, workerData: w } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
const raw = Buffer.from(w.rawKey);
w.rawKey.fill(0);
const post = (m) => parentPort.postMessage(m);
const progress = (stage, percent) => post({ type: 'progress', stage, percent });
const fault = (stage) => {
  if (w.failAt === stage) throw Object.assign(new Error('simulated failure at ' + stage), { code: 'ESIMULATED' });
};
const q = (n) => '"' + n.replace(/"/g, '""') + '"';
let db = null;
const counts = (schema) => {
  const names = db.prepare("SELECT name FROM " + q(schema) + ".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").all();
  const out = {};
  for (const { name } of names) out[name] = db.prepare('SELECT count(*) AS n FROM ' + q(schema) + '.' + q(name)).get().n;
  return out;
};
const inReadTxn = (fn) => {
  db.exec('BEGIN');
  try { return fn(); } finally { db.exec('COMMIT'); }
};
const fsyncFile = (p) => { const fd = fs.openSync(p, 'r'); try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); } };
const hashFile = (p) => {
  const hash = createHash('sha256');
  const chunk = Buffer.alloc(1 << 20);
  const fd = fs.openSync(p, 'r');
  let size = 0;
  try {
    for (;;) { const n = fs.readSync(fd, chunk, 0, chunk.length, null); if (n === 0) break; hash.update(chunk.subarray(0, n)); size += n; }
  } finally { fs.closeSync(fd); }
  return { size, sha256: hash.digest('hex') };
};
const plaintext = (p) => {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(p, 'r');
  try { fs.readSync(fd, head, 0, 16, 0); } finally { fs.closeSync(fd); }
  return head.toString('latin1') === 'SQLite format 3\\0';
};
const keys = (o) => Object.keys(o).sort().join('|');
const same = (a, b) => keys(a) === keys(b) && Object.keys(a).every((t) => a[t] === b[t]);
// Ordinary tables only: an FTS index's shadow tables shrink and grow as it merges its segments.
const between = (copy, before, after, ordinary) =>
  keys(copy) === keys(before) && keys(copy) === keys(after) &&
  ordinary.every((t) => copy[t] >= Math.min(before[t], after[t]) && copy[t] <= Math.max(before[t], after[t]));
const ATTEMPTS = 3;
const run = () => {
  try {
    db = openKeyed(w, raw);
    db.pragma('busy_timeout = 5000');
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (e) {
    // Not a failed backup: no worker backup is possible here; the caller backs up on its own connection.
    return { type: 'unavailable', message: String(e && e.message) };
  } finally {
    raw.fill(0);
  }
  try {
    const ordinary = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all().map((r) => r.name);
    for (let attempt = 1; ; attempt++) {
      progress('copying', 5);
      fault('copying');
      if (attempt > 1) fs.rmSync(w.dbCopy, { force: true });
      const before = inReadTxn(() => {
        const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
        return {
          counts: counts('main'),
          migrations: has ? db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get().n : 0,
          version: db.pragma('data_version', { simple: true }),
        };
      });
      db.prepare('VACUUM INTO ?').run(w.dbCopy);
      const after = inReadTxn(() => ({ counts: counts('main'), version: db.pragma('data_version', { simple: true }) }));
      // data_version moves when another connection commits: unmoved, nothing was saved from the first count to the last.
      const saved = before.version !== after.version;
      progress('syncing', 50);
      fault('syncing');
      fsyncFile(w.dbCopy);
      progress('verifying', 65);
      fault('verifying');
      if (plaintext(w.dbCopy)) throw new Error('the copy is not encrypted');
      db.prepare('ATTACH DATABASE ? AS backup_check').run(w.dbCopy);
      let got;
      try {
        const check = db.pragma('backup_check.quick_check');
        if (check.length !== 1 || check[0].quick_check !== 'ok') throw new Error('the copy failed quick_check');
        got = counts('backup_check');
      } finally {
        db.prepare('DETACH DATABASE backup_check').run();
      }
      const whole = saved ? between(got, before.counts, after.counts, ordinary) : same(got, before.counts);
      if (!whole) {
        // Saves in between can make a count go down then up (an offence removed, two added): copy again.
        if (saved && attempt < ATTEMPTS) continue;
        throw new Error('the copy holds different row counts');
      }
      progress('verifying', 80);
      return { type: 'done', db: hashFile(w.dbCopy), migrations: before.migrations, attempts: attempt };
    }
  } catch (e) {
    return { type: 'failed', code: e && e.code ? String(e.code) : '', message: String(e && e.message) };
  }
};
let result;
try {
  result = run();
} finally {
  if (db) db.close();
}
post(result);
`;

export type WorkerBackupResult =
  | { type: 'done'; db: { size: number; sha256: string }; migrations: number; attempts: number }
  | { type: 'failed'; code: string; message: string }
  | { type: 'unavailable'; message: string }
  | { type: 'cancelled' };

export type WorkerBackupJob = {
  result: Promise<WorkerBackupResult>;
  /** Resolves once the thread has ended (its connection closed, its file handles released). */
  exited: Promise<void>;
  /** Stops the worker: at once between steps, or as soon as SQLite returns from the step it is in. */
  cancel: () => void;
};

/** For tests only: load another module in the worker, or fail at a stage, as a broken install or a bad disk would. */
export const backupWorkerFaults: { module?: string; failAt?: BackupStage } = {};

/**
 * Backups in flight, by database file. A worker cannot be stopped inside SQLite's VACUUM, so one
 * cancelled by a lock runs on until SQLite returns; the next backup of that file waits for it to end.
 */
const inFlight = new Map<string, Promise<void>>();

export const previousBackupEnded = (file: string): Promise<void> => inFlight.get(file) ?? Promise.resolve();

/**
 * Starts the worker. `rawKey` is the key in the form db.key() takes; the worker gets a copy (zeroed
 * there after use) and the caller zeroes its own. `dbCopy` is the database file inside the temp folder.
 */
export const startWorkerBackup = (opts: {
  file: string;
  rawKey: Buffer;
  nativeBinding?: string | undefined;
  dbCopy: string;
  onProgress: (stage: BackupStage, percent: number) => void;
}): WorkerBackupJob => {
  const worker = startKeyedWorker(WORKER_SOURCE, {
    file: opts.file,
    rawKey: opts.rawKey,
    nativeBinding: opts.nativeBinding,
    module: backupWorkerFaults.module,
    data: { dbCopy: opts.dbCopy, failAt: backupWorkerFaults.failAt },
  });
  let cancelled = false;
  let started = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const result = new Promise<WorkerBackupResult>((resolve) => {
    worker.on('message', (m: WorkerBackupResult | { type: 'progress'; stage: BackupStage; percent: number }) => {
      started = true;
      if (m.type === 'progress') {
        if (!cancelled) opts.onProgress(m.stage, m.percent);
      } else resolve(cancelled ? { type: 'cancelled' } : m);
    });
    // A thread that failed before saying anything never ran (it could not start, or load its code):
    // the backup is taken on the main connection instead, as when the module will not load.
    worker.once('error', (e) =>
      resolve(
        cancelled
          ? { type: 'cancelled' }
          : started
            ? { type: 'failed', code: '', message: e.message }
            : { type: 'unavailable', message: e.message },
      ),
    );
    worker.once('exit', () =>
      resolve(cancelled ? { type: 'cancelled' } : { type: 'failed', code: '', message: 'the backup stopped' }),
    );
  });
  const ended = exited.then(() => {
    if (inFlight.get(opts.file) === ended) inFlight.delete(opts.file);
  });
  inFlight.set(opts.file, ended);
  let stop = () => {};
  const stopped = new Promise<WorkerBackupResult>((resolve) => {
    stop = () => resolve({ type: 'cancelled' });
  });
  return {
    result: Promise.race([result, stopped]),
    exited,
    cancel: () => {
      cancelled = true;
      stop();
      void worker.terminate();
    },
  };
};

/** The worker could not run here (its module would not load, the file would not open): back up the old way. */
export class WorkerUnavailable extends Error {}
/** The vault locked (or was erased) before the backup was finished: no folder was named. */
export class BackupCancelled extends Error {}

export type WorkerBackupOptions = BackupTarget & {
  /** The database file (the vault's own) and its key in raw form, zeroed by the caller. */
  file: string;
  rawKey: Buffer;
  nativeBinding?: string | undefined;
  onProgress?: (p: BackupProgress) => void;
  /** Asked just before the worker starts: false (the vault locked meanwhile) stops here. */
  stillWanted: () => boolean;
  /** The job, once started, so that a lock can stop it; the returned function forgets it again. */
  onJob: (job: WorkerBackupJob) => () => void;
};

/**
 * A backup with its heavy work in the worker: the temp folder and key envelope first, the copy,
 * sync, verify and hash in the worker, then the manifest and the rename here. Whatever goes wrong,
 * the temp folder is removed once the worker has ended, and nothing gets a backup's name.
 */
export const writeBackupInWorker = async (o: WorkerBackupOptions): Promise<BackupInfo> => {
  await previousBackupEnded(o.file);
  if (!o.stillWanted()) throw new BackupCancelled('locked before the backup started');
  const tmp = partialFolder(o.parent);
  let job: WorkerBackupJob | null = null;
  let forget = () => {};
  let cancelled = false;
  try {
    o.onProgress?.({ stage: 'copying', percent: 0 });
    startFolder(o, tmp);
    fsyncPath(join(tmp, BACKUP_KEY));
    const started = startWorkerBackup({
      file: o.file,
      rawKey: o.rawKey,
      nativeBinding: o.nativeBinding,
      dbCopy: join(tmp, BACKUP_DB),
      onProgress: (stage, percent) => o.onProgress?.({ stage, percent }),
    });
    job = started;
    const unregister = o.onJob({
      ...started,
      cancel: () => {
        cancelled = true;
        started.cancel();
      },
    });
    forget = unregister;
    const r = await started.result;
    // The worker closed its connection and files before it answered; its end is a moment away.
    await started.exited;
    if (cancelled || r.type === 'cancelled') throw new BackupCancelled('locked during the backup');
    if (r.type === 'unavailable') throw new WorkerUnavailable(r.message);
    if (r.type === 'failed') throw Object.assign(new Error(r.message), { code: r.code });
    // From here to the end nothing yields: a lock cannot come between the check above and the rename.
    const final = finishFolder(o, tmp, r);
    o.onProgress?.({ stage: 'done', percent: 100 });
    return finishedBackup(final);
  } catch (e) {
    if (job) {
      job.cancel();
      await job.exited;
    }
    rmSync(tmp, { recursive: true, force: true });
    if (e instanceof WorkerUnavailable || e instanceof BackupCancelled) throw e;
    throw backupFailure(e);
  } finally {
    forget();
  }
};
