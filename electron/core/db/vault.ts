import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../errors';
import { makeDb, type Db } from './client';
import { DEFAULT_KDF, parseEnvelope, unwrapKey, wrapKey, type KdfParams } from './envelope';
import { runMigrations } from './migrate';
import { openEncrypted, type Sqlite } from './open-database';

export type VaultState = 'new' | 'locked' | 'unlocked';
export type VaultOptions = {
  /** Folder holding the database, its key file and backups. */
  dir: string;
  migrationsFolder: string;
  /** See openEncrypted: the Electron build of the SQLite module, in development only. */
  nativeBinding?: string | undefined;
  kdf?: KdfParams;
  now?: () => Date;
};

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

/** Owns the encrypted database: creation, unlock, lock, passphrase change. */
export class Vault {
  private sqlite: Sqlite | null = null;
  private drizzleDb: Db | null = null;
  readonly dbPath: string;
  readonly keyPath: string;

  constructor(private readonly opts: VaultOptions) {
    this.dbPath = join(opts.dir, DB_FILE);
    this.keyPath = join(opts.dir, KEY_FILE);
  }

  state(): VaultState {
    if (this.sqlite) return 'unlocked';
    return existsSync(this.keyPath) || existsSync(this.dbPath) ? 'locked' : 'new';
  }

  get db(): Db {
    if (!this.drizzleDb) throw new AppFailure('LOCKED', 'Muhafiz is locked. Unlock it with your passphrase.');
    return this.drizzleDb;
  }

  create(passphrase: string): void {
    if (this.state() !== 'new') {
      throw new AppFailure('CONFLICT', 'A Muhafiz database already exists here; unlock it instead.');
    }
    mkdirSync(this.opts.dir, { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    const envelope = wrapKey(key, passphrase, this.opts.kdf ?? DEFAULT_KDF);
    this.open(key, true);
    writeFileAtomic(this.keyPath, JSON.stringify(envelope, null, 2));
    key.fill(0);
  }

  unlock(passphrase: string): void {
    if (this.sqlite) return;
    const key = unwrapKey(this.readEnvelope(), passphrase);
    try {
      this.open(key, false);
    } finally {
      key.fill(0);
    }
  }

  /** The key envelope, after checking that both files are where they belong. */
  private readEnvelope() {
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

  lock(): void {
    this.sqlite?.close();
    this.sqlite = null;
    this.drizzleDb = null;
  }

  /** Re-wraps the same data key under the new passphrase; the database itself is not rewritten. */
  changePassphrase(current: string, next: string): void {
    const key = unwrapKey(this.readEnvelope(), current);
    try {
      writeFileAtomic(this.keyPath, JSON.stringify(wrapKey(key, next, this.opts.kdf ?? DEFAULT_KDF), null, 2));
    } finally {
      key.fill(0);
    }
  }

  private open(key: Buffer, create: boolean): void {
    const sqlite = openEncrypted(this.dbPath, key, { create, nativeBinding: this.opts.nativeBinding });
    try {
      const db = makeDb(sqlite);
      runMigrations(db, sqlite, this.opts.migrationsFolder, () => this.backupPath('pre-migration'));
      this.sqlite = sqlite;
      this.drizzleDb = db;
    } catch (e) {
      sqlite.close();
      throw e;
    }
  }

  backupPath(reason: string): string {
    const dir = join(this.opts.dir, 'backups');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stamp = (this.opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    return join(dir, `${reason}-${stamp}.db`);
  }
}
