import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppFailure } from '../errors';
import { registerAuditFunctions } from './audit-hash';
import { walFramesUsed } from './wal-check';

export type Sqlite = Database.Database;

/** Pragmas every connection must run with, read back after setting (see ARCHITECTURE.md). */
const REQUIRED_PRAGMAS: ReadonlyArray<[name: string, set: string, expect: string | number]> = [
  ['journal_mode', 'WAL', 'wal'],
  // A power-loss test showed NORMAL loses acknowledged writes.
  ['synchronous', 'FULL', 2],
  ['foreign_keys', 'ON', 1],
  ['secure_delete', 'ON', 1],
  ['temp_store', 'MEMORY', 2],
  ['busy_timeout', '5000', 5000],
];

export const DAMAGED_MESSAGE =
  'The database file is damaged or does not match its key file. Nothing was changed; restore from a backup.';

/** Damage found in the file itself (with the right key): the file is quarantined, never reused. */
export class DatabaseDamaged extends AppFailure {
  constructor(message = DAMAGED_MESSAGE) {
    super('DAMAGED', message);
  }
}

const checkIntegrity = (db: Sqlite): void => {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new DatabaseDamaged();
};

export const isNotADatabase = (e: unknown): boolean =>
  e instanceof Error && 'code' in e && (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT');

/**
 * Opens (or, with create, makes) the database keyed with the raw 256-bit data key through
 * SQLite3 Multiple Ciphers' ChaCha20-Poly1305 cipher. The library's own passphrase KDF is
 * bypassed: the key is already random, so it is passed in raw form, x'hex'.
 */
export type OpenOptions = {
  create: boolean;
  /** Path of a native module built for another ABI (Electron in development); the default otherwise. */
  nativeBinding?: string | undefined;
  /** The caller has just run verifyEncrypted on this file: do not read it all again. */
  verified?: boolean;
};

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * The key in SQLite3 Multiple Ciphers' raw-key form, x'<64 hex digits>', built byte by byte into a
 * Buffer so no JavaScript string (which could not be wiped) ever holds it. The caller zeroes it.
 */
const rawKeyForm = (key: Buffer): Buffer => {
  const out = Buffer.alloc(3 + key.length * 2);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < key.length; i++) {
    const b = key[i] ?? 0;
    out[2 + i * 2] = HEX[b >> 4] ?? 0;
    out[3 + i * 2] = HEX[b & 15] ?? 0;
  }
  out[out.length - 1] = 0x27;
  return out;
};

const connect = (file: string, key: Buffer, opts: OpenOptions & { readonly?: boolean }): Sqlite => {
  let db: Sqlite;
  try {
    db = new Database(file, {
      fileMustExist: !opts.create,
      readonly: opts.readonly ?? false,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (e) {
    throw new AppFailure('DAMAGED', `The database file could not be opened: ${(e as Error).message}`);
  }
  const raw = rawKeyForm(key);
  try {
    db.pragma(`cipher = 'chacha20'`);
    db.key(raw);
  } catch (e) {
    db.close();
    throw e;
  } finally {
    raw.fill(0);
  }
  return db;
};

/**
 * Proves an existing file is ours, readable with this key and whole, on a read-only connection:
 * a read-only connection never checkpoints its WAL into the file, so a damaged database is left
 * byte for byte as it was found. Every page is authenticated by the cipher, and quick_check reads
 * every page in use, so damage anywhere is found now, at unlock, not in the middle of work.
 */
export const verifyEncrypted = (
  file: string,
  key: Buffer,
  nativeBinding?: string,
): { walFramesUsed: number | null } => {
  const db = connect(file, key, { create: false, readonly: true, nativeBinding });
  try {
    // Reading the schema proves the key; an existing file with no schema at all is not ours.
    const { n } = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    if (n === 0) throw new DatabaseDamaged();
    checkIntegrity(db);
    // Read while this connection holds the WAL index it just rebuilt (see wal-check.ts).
    return { walFramesUsed: existsSync(`${file}-wal`) ? walFramesUsed(`${file}-shm`) : null };
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    if (isNotADatabase(e)) throw new DatabaseDamaged();
    throw e;
  } finally {
    db.close();
  }
};

export const openEncrypted = (file: string, key: Buffer, opts: OpenOptions): Sqlite => {
  if (key.length !== 32) throw new AppFailure('INTERNAL', 'The data key must be 256 bits.');
  if (!opts.create && !opts.verified) verifyEncrypted(file, key, opts.nativeBinding);
  const db = connect(file, key, opts);
  try {
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (e) {
    db.close();
    if (isNotADatabase(e)) throw new DatabaseDamaged();
    throw e;
  }
  applyPragmas(db);
  // The audit triggers call muhafiz_sha256: without it on a connection, every write there would fail.
  registerAuditFunctions(db);
  return db;
};

export const applyPragmas = (db: Sqlite): void => {
  for (const [name, value, expect] of REQUIRED_PRAGMAS) {
    db.pragma(`${name} = ${value}`);
    const actual = db.pragma(name, { simple: true });
    if (actual !== expect) {
      db.close();
      throw new AppFailure('INTERNAL', `Database setting ${name} is ${String(actual)}, expected ${String(expect)}.`);
    }
  }
};

/** Encrypted copy of the open database (VACUUM INTO keeps the cipher; backup() and serialize() do not). */
export const vacuumInto = (db: Sqlite, target: string): void => {
  db.prepare('VACUUM INTO ?').run(target);
};
