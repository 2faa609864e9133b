import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../errors';
import { BACKUPS_DIR } from '../services/backup-format';
import { writeBackupSync } from '../services/backup-writer';
import { makeDb, type Db } from './client';
import { DEFAULT_KDF, parseEnvelope, unwrapKey, wrapKey, type Envelope, type KdfParams } from './envelope';
import { eraseEverything } from './erase';
import { LOCK_FILE } from './lock-file';
import { runMigrations } from './migrate';
import {
  DatabaseDamaged,
  isNotADatabase,
  openEncrypted,
  rawKeyForm,
  verifyEncrypted,
  type Sqlite,
} from './open-database';
import { preserveAsFound, quarantineDamaged, type QuarantineNote } from './quarantine';
import { UnlockGuard } from './unlock-guard';
import { scanWal } from './wal-check';
import { checkEnded, startBackgroundCheck, type BackgroundCheck, type IntegrityResult } from './integrity-check';

export type VaultState = 'new' | 'locked' | 'unlocked';
export type VaultOptions = {
  /** Folder holding the database, its key file and backups. */
  dir: string;
  migrationsFolder: string;
  /** See openEncrypted: the Electron build of the SQLite module, in development only. */
  nativeBinding?: string | undefined;
  kdf?: KdfParams;
  now?: () => Date;
  /** Written into backup manifests. */
  appVersion?: string;
  /**
   * Files up to this size get the whole check (quick_check) at unlock; larger ones a bounded check
   * at unlock and the whole one just after, in a worker (issue 8: unlock within 1 s at any size).
   */
  wholeCheckUpToBytes?: number;
};

/** Up to 64 MB the whole check adds a fraction of a second to unlock; beyond, it grows with the file. */
export const WHOLE_CHECK_UP_TO_BYTES = 64 * 2 ** 20;

export const DB_FILE = 'muhafiz.db';
export const KEY_FILE = 'muhafiz.key.json';

/** Durable write: temp file, fsync, rename. A power cut leaves the old or the new file, never half. */
const writeFileAtomic = (path: string, data: string): void => {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
};

const TORN_WAL_MESSAGE =
  'Muhafiz was not closed properly (a power cut?) while it was saving. The change being saved at that moment was not kept; everything saved before it is intact. A copy of the files as they were found is kept in the quarantine folder.';
const LOST_COMMITS_MESSAGE =
  'Part of the file of recent changes (the WAL) was damaged: changes saved after the damaged point could not be recovered, and Muhafiz opened with what came before it. A copy of the files as they were found is kept in the quarantine folder; a backup may hold the missing changes.';

const damagedMessage = (q: QuarantineNote) =>
  `The database file is damaged. It has been moved aside unchanged (to ${q.folder}) and nothing was written to it. Restore your latest backup to carry on.`;

/** Owns the encrypted database: creation, unlock, lock, passphrase change, erase. */
export class Vault {
  private sqlite: Sqlite | null = null;
  private drizzleDb: Db | null = null;
  readonly dir: string;
  readonly dbPath: string;
  readonly keyPath: string;
  /** Slows down (and optionally erases after) repeated wrong passphrases; counts survive restarts. */
  readonly guard: UnlockGuard;
  /** Set when the last unlock recovered from a torn WAL: the lawyer is told once. */
  recovery: QuarantineNote | null = null;
  /** The whole-file check still running after unlock (large files only). */
  private check: BackgroundCheck | null = null;
  /** Its outcome, for whoever must wait for it (the day's backup, tests, the benchmark). */
  verified: Promise<IntegrityResult> | null = null;
  /** Damage the check after unlock found: the vault locked itself and set the file aside. */
  lateDamage: QuarantineNote | null = null;
  /**
   * A large file's key in raw form, kept from unlock only until the day's backup hands it to its
   * worker (takeBackupKey), and zeroed at lock: the backup starts after the whole check, when
   * unlock's own copy of the key is long gone. Never a string.
   */
  private backupKey: Buffer | null = null;
  /** Work after unlock that must stop when the vault locks (a backup's worker). */
  private readonly stopAtLock = new Set<() => void>();

  constructor(private readonly opts: VaultOptions) {
    this.dir = opts.dir;
    this.dbPath = join(opts.dir, DB_FILE);
    this.keyPath = join(opts.dir, KEY_FILE);
    this.guard = new UnlockGuard(opts.dir, () => this.now());
  }

  now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  get appVersion(): string {
    return this.opts.appVersion ?? 'unknown';
  }

  get migrationsFolder(): string {
    return this.opts.migrationsFolder;
  }

  get nativeBinding(): string | undefined {
    return this.opts.nativeBinding;
  }

  state(): VaultState {
    if (this.sqlite) return 'unlocked';
    return existsSync(this.keyPath) || existsSync(this.dbPath) ? 'locked' : 'new';
  }

  /** True while the whole-file check of a large database still runs after unlock. */
  get checkPending(): boolean {
    return this.check !== null;
  }

  /**
   * True while a long write (an import, written in chunks) holds a transaction open on the
   * connection: anything else written now would join it, and vanish if it rolled back.
   */
  /** True while a restore waits for a background worker to let go of the file it will replace. */
  restoring = false;

  get writeInProgress(): boolean {
    return this.sqlite?.inTransaction ?? false;
  }

  get db(): Db {
    if (this.lateDamage) throw new AppFailure('DAMAGED', damagedMessage(this.lateDamage));
    if (!this.drizzleDb) throw new AppFailure('LOCKED', 'Muhafiz is locked. Unlock it with your passphrase.');
    return this.drizzleDb;
  }

  create(passphrase: string): void {
    if (this.state() !== 'new') {
      throw new AppFailure('CONFLICT', 'A Muhafiz database already exists here; unlock it instead.');
    }
    mkdirSync(this.opts.dir, { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    try {
      const envelope = wrapKey(key, passphrase, this.opts.kdf ?? DEFAULT_KDF);
      this.open(key, true);
      writeFileAtomic(this.keyPath, JSON.stringify(envelope, null, 2));
    } finally {
      key.fill(0);
    }
  }

  unlock(passphrase: string): void {
    if (this.sqlite) return;
    if (this.lateDamage && !existsSync(this.dbPath)) throw new AppFailure('DAMAGED', damagedMessage(this.lateDamage));
    const key = this.unwrapGuarded(this.readEnvelope(), passphrase);
    try {
      this.recovery = null;
      this.lateDamage = null;
      const large = statSync(this.dbPath).size > (this.opts.wholeCheckUpToBytes ?? WHOLE_CHECK_UP_TO_BYTES);
      // Read-only first: nothing is written to a file that may turn out to be damaged.
      const wal = scanWal(`${this.dbPath}-wal`);
      const { walFramesUsed } = verifyEncrypted(this.dbPath, key, this.opts.nativeBinding, large ? 'bounded' : 'whole');
      const lost = !wal.torn && walFramesUsed !== null && walFramesUsed < wal.lastCommitFrame;
      if (wal.torn || lost) {
        this.recovery = preserveAsFound(this.files(), this.now(), lost ? LOST_COMMITS_MESSAGE : TORN_WAL_MESSAGE);
      }
      this.open(key, false);
      this.verified = large ? this.checkInBackground(key) : Promise.resolve('ok');
      if (large) this.backupKey = rawKeyForm(key);
    } catch (e) {
      if (!(e instanceof DatabaseDamaged)) throw e;
      // Damaged with the right key: set the file aside exactly as it is, and say where it went.
      const q = quarantineDamaged(this.files(), this.now(), 'The database failed its integrity check at unlock.');
      this.recovery = null;
      throw new AppFailure('DAMAGED', damagedMessage(q));
    } finally {
      key.fill(0);
    }
  }

  /**
   * The data key from an envelope, through the unlock guard: refused while a wait runs, every
   * wrong passphrase counted (and, when the lawyer chose it, everything erased after N of them).
   */
  unwrapGuarded(envelope: Envelope, passphrase: string): Buffer {
    this.guard.assertMayTry();
    let key: Buffer;
    try {
      key = unwrapKey(envelope, passphrase);
    } catch (e) {
      if (!(e instanceof AppFailure) || e.code !== 'WRONG_PASSPHRASE') throw e;
      const outcome = this.guard.failed();
      if (outcome.erase) {
        this.erase();
        throw new AppFailure(
          'WRONG_PASSPHRASE',
          `Wrong passphrase, ${outcome.failures} times in a row: as set in its lock settings, Muhafiz has erased its data.`,
        );
      }
      throw new AppFailure('WRONG_PASSPHRASE', outcome.message);
    }
    this.guard.succeeded();
    return key;
  }

  /** The key envelope, after checking that both files are where they belong. */
  readEnvelope(): Envelope {
    if (!existsSync(this.keyPath)) {
      throw new AppFailure(
        existsSync(this.dbPath) ? 'DAMAGED' : 'NOT_FOUND',
        existsSync(this.dbPath)
          ? `The key file ${KEY_FILE} is missing beside the database. Restore it from your backup; nothing was changed.`
          : 'No Muhafiz database exists yet.',
      );
    }
    if (!existsSync(this.dbPath)) {
      throw new AppFailure('DAMAGED', `The database file ${DB_FILE} is missing. Restore it from your backup.`);
    }
    return parseEnvelope(readFileSync(this.keyPath, 'utf8'));
  }

  /**
   * The whole check of a large file, after unlock. Damage found there is handled as at unlock: the
   * vault locks, the file is set aside in quarantine/, and every call answers DAMAGED with where it
   * went, until a backup is restored.
   */
  private checkInBackground(key: Buffer): Promise<IntegrityResult> {
    const raw = rawKeyForm(key);
    let check: BackgroundCheck;
    try {
      check = startBackgroundCheck({ file: this.dbPath, rawKey: raw, nativeBinding: this.opts.nativeBinding });
    } finally {
      raw.fill(0);
    }
    this.check = check;
    return check.result.then((found) => {
      if (this.check !== check) return found;
      this.check = null;
      // A worker that could not run (the module not loadable there): the check runs here instead,
      // on the open connection, blocking for its length rather than not running at all.
      const r = typeof found === 'object' ? this.checkHere() : found;
      if (r === 'damaged') {
        this.lock();
        this.lateDamage = quarantineDamaged(
          this.files(),
          this.now(),
          'The database failed its integrity check, run just after unlock.',
        );
      }
      return r;
    });
  }

  private checkHere(): IntegrityResult {
    try {
      if (!this.sqlite) return { error: 'locked' };
      const rows = this.sqlite.pragma('quick_check') as { quick_check: string }[];
      return rows.length === 1 && rows[0]?.quick_check === 'ok' ? 'ok' : 'damaged';
    } catch (e) {
      return isNotADatabase(e) ? 'damaged' : { error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The raw key for a backup's worker, once (null if there is none): the caller zeroes it. */
  takeBackupKey(): Buffer | null {
    const key = this.backupKey;
    this.backupKey = null;
    return key;
  }

  /** Runs `stop` when the vault locks (or is erased), unless the returned function is called first. */
  whileUnlocked(stop: () => void): () => void {
    this.stopAtLock.add(stop);
    return () => this.stopAtLock.delete(stop);
  }

  /** Closes the database; SQLite wipes its copy of the key as the connection goes. */
  lock(): void {
    this.check?.cancel();
    this.check = null;
    this.backupKey?.fill(0);
    this.backupKey = null;
    const stops = [...this.stopAtLock];
    this.stopAtLock.clear();
    for (const stop of stops) stop();
    this.sqlite?.close();
    this.sqlite = null;
    this.drizzleDb = null;
  }

  /** Re-wraps the same data key under the new passphrase; the database itself is not rewritten. */
  changePassphrase(current: string, next: string): void {
    const key = this.unwrapGuarded(this.readEnvelope(), current);
    try {
      writeFileAtomic(this.keyPath, JSON.stringify(wrapKey(key, next, this.opts.kdf ?? DEFAULT_KDF), null, 2));
    } finally {
      key.fill(0);
    }
  }

  /** Threads that may hold the database file open (a backup worker), tracked until they end. */
  private workers = new Set<Promise<void>>();

  /** Records a worker thread that opens the database file, until it ends. */
  trackWorker(ended: Promise<void>): void {
    this.workers.add(ended);
    void ended.then(() => this.workers.delete(ended));
  }

  /**
   * Resolves once no worker holds the database file open: the whole-file check and the backup of a
   * large file run on inside SQLite after a lock, and on Windows a file held open cannot be deleted or
   * renamed (erase, restore).
   */
  async workersEnded(): Promise<void> {
    await Promise.all([checkEnded(this.dbPath), ...this.workers]);
  }

  /**
   * Quick erase: locks, destroys every key envelope, then the database, backups and settings. Files a
   * worker still holds open (Windows) are erased when it ends: `erased` resolves then.
   */
  erase(): void {
    this.lock();
    this.recovery = null;
    this.lateDamage = null;
    const names = { dir: this.opts.dir, dbFile: DB_FILE, keyFile: KEY_FILE, lockFile: LOCK_FILE };
    const left = eraseEverything(names);
    this.erased =
      left.length === 0
        ? Promise.resolve()
        : this.workersEnded().then(() => {
            eraseEverything(names);
          });
  }

  /** Resolves once the last erase has deleted everything (at once, unless a worker held a file open). */
  erased: Promise<void> = Promise.resolve();

  files() {
    return { dir: this.opts.dir, dbFile: DB_FILE, keyFile: KEY_FILE };
  }

  private open(key: Buffer, create: boolean): void {
    // An existing file was verified by unlock() just before.
    const sqlite = openEncrypted(this.dbPath, key, {
      create,
      verified: !create,
      nativeBinding: this.opts.nativeBinding,
    });
    try {
      const db = makeDb(sqlite);
      runMigrations(db, sqlite, this.opts.migrationsFolder, () => this.preMigrationBackup(sqlite));
      this.sqlite = sqlite;
      this.drizzleDb = db;
    } catch (e) {
      sqlite.close();
      throw e;
    }
  }

  /** A whole, verified backup (database and key envelope) before any schema change. */
  private preMigrationBackup(sqlite: Sqlite): string {
    const now = this.now();
    return writeBackupSync({
      sqlite,
      keyFile: this.keyPath,
      parent: join(this.opts.dir, BACKUPS_DIR),
      name: `pre-migration-${now.toISOString().replace(/[:.]/g, '-')}`,
      kind: 'pre-migration',
      now,
      appVersion: this.appVersion,
    }).path;
  }
}
