import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Vault } from '../db/vault';
import { PK_ZONE, pkDate } from '../lib/time';
import { BACKUPS_DIR, listBackups, type BackupInfo } from './backup-format';
import { backupsToKeep } from './backup-retention';
import { BackupCancelled, previousBackupEnded, WorkerUnavailable, writeBackupInWorker } from './backup-worker';
import { removePartials, writeBackupAsync, writeBackupSync, type BackupProgress } from './backup-writer';

/*
 * Backups of the vault: one automatic backup a day, taken at the first unlock of the day and kept
 * by the retention rule (7 daily, 4 weekly), and manual backups to a folder the lawyer picks (a
 * USB drive), with progress. Both are written by backup-writer (temp name, fsync, verify, rename).
 */

/** Safety copies taken before a restore, and pre-migration backups: the newest few of each are kept. */
const KEEP_OTHER = 3;

export const appBackupsDir = (vault: Vault): string => join(vault.dir, BACKUPS_DIR);

export type AutoBackupOutcome =
  { at: string; ok: true; backup: BackupInfo } | { at: string; ok: false; message: string };

/** Per vault: how the last automatic backup went, and a manual backup's progress while it runs. */
const lastAuto = new WeakMap<Vault, AutoBackupOutcome>();
const running = new WeakMap<Vault, BackupProgress>();
/** The day's backup of a large file while its worker runs, and the promise of its outcome. */
const autoRunning = new WeakMap<Vault, BackupProgress>();
const autoRuns = new WeakMap<Vault, Promise<AutoBackupOutcome | null>>();

export const lastAutoBackup = (vault: Vault): AutoBackupOutcome | null => lastAuto.get(vault) ?? null;
export const backupProgress = (vault: Vault): BackupProgress | null => running.get(vault) ?? null;
export const autoBackupProgress = (vault: Vault): BackupProgress | null => autoRunning.get(vault) ?? null;
/**
 * The outcome of the day's backup started by the last unlock, once it is settled (null: none was
 * due, or the vault locked first). For tests and the benchmark; the app does not wait for it.
 */
export const autoBackupSettled = (vault: Vault): Promise<AutoBackupOutcome | null> =>
  autoRuns.get(vault) ?? Promise.resolve(null);

const LOCKED_DURING_BACKUP =
  'The backup was stopped because Muhafiz locked before it was finished; it is taken at the next unlock.';

const dateOf = (b: BackupInfo) => pkDate(new Date(b.createdAt));

/** Deletes automatic backups the retention rule no longer keeps (and all but the newest few others). */
export const applyRetention = (parent: string): string[] => {
  const all = listBackups(parent);
  const daily = all.filter((b) => b.kind === 'daily');
  const keep = backupsToKeep(daily.map((b) => ({ name: b.name, date: dateOf(b) })));
  const doomed = daily.filter((b) => !keep.has(b.name));
  for (const kind of ['pre-migration', 'before-restore'] as const) {
    doomed.push(...all.filter((b) => b.kind === kind).slice(KEEP_OTHER));
  }
  for (const b of doomed) rmSync(b.path, { recursive: true, force: true });
  return doomed.map((b) => b.name);
};

/**
 * At unlock: a backup unless one was already taken today (Pakistan date). A failure never stops
 * the unlock; it is remembered and shown in Settings, and the next unlock tries again.
 */
/** Where today's backup goes, or null when one was taken today; leftovers of a cut-short one removed. */
const dueToday = (vault: Vault): { now: Date; parent: string; name: string } | null => {
  const now = vault.now();
  const today = pkDate(now);
  const parent = appBackupsDir(vault);
  try {
    if (existsSync(parent)) removePartials(parent, readdirSync(parent));
  } catch {
    // A leftover still held open by a cancelled worker (Windows): removed at a later backup.
  }
  if (listBackups(parent).some((b) => b.kind === 'daily' && dateOf(b) === today)) return null;
  return { now, parent, name: `daily-${today}` };
};

export const autoBackupIfDue = (vault: Vault): AutoBackupOutcome | null => {
  const due = dueToday(vault);
  if (!due) return null;
  const { now, parent } = due;
  let outcome: AutoBackupOutcome;
  try {
    const backup = writeBackupSync({
      sqlite: vault.db.$client,
      keyFile: vault.keyPath,
      parent,
      name: due.name,
      kind: 'daily',
      now,
      appVersion: vault.appVersion,
    });
    applyRetention(parent);
    outcome = { at: now.toISOString(), ok: true, backup };
  } catch (e) {
    outcome = { at: now.toISOString(), ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  lastAuto.set(vault, outcome);
  return outcome;
};

/**
 * The day's backup, after unlock. A file checked whole at unlock is backed up at once, as before;
 * a large one once its whole check (after unlock, in a worker) has passed, so the unlock itself
 * never waits for a copy of the whole file, and a damaged file is never backed up.
 */
export const autoBackupAfterCheck = (vault: Vault): void => {
  const verified = vault.verified;
  if (!vault.checkPending || !verified) {
    // Up to the size checked whole at unlock the copy takes a fraction of a second: taken at once.
    autoRuns.set(vault, Promise.resolve(autoBackupIfDue(vault)));
    return;
  }
  autoRuns.set(
    vault,
    verified.then((r) => {
      if (r === 'ok') return backupWhenIdle(vault, verified);
      // No backup of a file that did not pass (or could not finish) its check: its key goes now.
      vault.takeBackupKey()?.fill(0);
      return null;
    }),
  );
};

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref?.();
  });

/**
 * VACUUM INTO cannot run while an import holds its transaction open between chunks: wait for it
 * (checking every second) rather than leave the day without a backup.
 */
const backupWhenIdle = async (
  vault: Vault,
  verified: Promise<unknown>,
  waitMs = 1000,
): Promise<AutoBackupOutcome | null> => {
  for (;;) {
    if (vault.verified !== verified || vault.state() !== 'unlocked') return null;
    if (!vault.writeInProgress) return autoBackupInWorker(vault);
    await sleep(waitMs);
  }
};

/**
 * A large file's daily backup, its copy and checks in a worker (backup-worker.ts) so the main
 * process keeps answering; where the worker cannot run, the same backup on the main connection.
 */
const autoBackupInWorker = async (vault: Vault): Promise<AutoBackupOutcome | null> => {
  const rawKey = vault.takeBackupKey();
  try {
    // A worker stopped by an earlier lock may still be in SQLite: its folder goes when it ends.
    await previousBackupEnded(vault.dbPath);
    if (vault.state() !== 'unlocked') return null;
    if (!rawKey) return autoBackupIfDue(vault);
    const due = dueToday(vault);
    if (!due) return null;
    let outcome: AutoBackupOutcome;
    try {
      const backup = await writeBackupInWorker({
        ...due,
        kind: 'daily',
        keyFile: vault.keyPath,
        appVersion: vault.appVersion,
        file: vault.dbPath,
        rawKey,
        nativeBinding: vault.nativeBinding,
        onProgress: (p) => autoRunning.set(vault, p),
        stillWanted: () => vault.state() === 'unlocked',
        onJob: (job) => {
          // Erase and restore wait for it to let go of the file (Windows will not delete an open file).
          vault.trackWorker(job.exited);
          // The worker has its own copy of the key: this one is not needed any longer.
          rawKey.fill(0);
          return vault.whileUnlocked(job.cancel);
        },
      });
      applyRetention(due.parent);
      outcome = { at: due.now.toISOString(), ok: true, backup };
    } catch (e) {
      if (e instanceof WorkerUnavailable) return vault.state() === 'unlocked' ? autoBackupIfDue(vault) : null;
      const message = e instanceof BackupCancelled ? LOCKED_DURING_BACKUP : e instanceof Error ? e.message : String(e);
      outcome = { at: due.now.toISOString(), ok: false, message };
    } finally {
      autoRunning.delete(vault);
    }
    // An erased vault keeps no word of its backups.
    if (vault.state() !== 'new') lastAuto.set(vault, outcome);
    return outcome;
  } finally {
    rawKey?.fill(0);
  }
};

/** A manual backup into `folder` (a USB drive, another disk), as muhafiz-backup-<date>-<time>. */
export const backupToFolder = async (vault: Vault, folder: string): Promise<BackupInfo> => {
  const sqlite = vault.db.$client;
  const now = vault.now();
  const stamp = format(new TZDate(now.getTime(), PK_ZONE), 'yyyy-MM-dd-HHmm');
  running.set(vault, { stage: 'copying', percent: 0 });
  try {
    return await writeBackupAsync({
      sqlite,
      keyFile: vault.keyPath,
      parent: folder,
      name: `muhafiz-backup-${stamp}`,
      kind: 'manual',
      now,
      appVersion: vault.appVersion,
      onProgress: (p) => running.set(vault, p),
    });
  } finally {
    running.delete(vault);
  }
};
