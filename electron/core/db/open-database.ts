import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { AppFailure } from '../errors';
import { registerFoldFunction } from '../search/fold';
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
  // A 64 MB page cache (negative: KiB). Every page read from disk is decrypted and authenticated
  // again; with SQLite's default 2 MB a month's diary of a large office re-reads ~8,000 pages each
  // time (issue 8: 150 ms against 20 ms with this cache).
  ['cache_size', '-65536', -65536],
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

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The part of the check that stays at unlock for a large file (the whole quick_check then runs
 * after unlock, in a worker: see integrity-check.ts). Reads, and so authenticates, page 1 and the
 * schema, the first and the last leaf of every table (their root and edge pages), and finds a file
 * cut short: without a WAL its length must hold every page the header counts, and it is always
 * whole pages. Milliseconds, whatever the size.
 */
const checkBounded = (db: Sqlite, file: string): void => {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 ORDER BY rootpage")
    .all() as { name: string }[];
  for (const { name } of tables) {
    db.prepare(`SELECT * FROM ${quoteId(name)} LIMIT 1`).all();
    try {
      db.prepare(`SELECT * FROM ${quoteId(name)} ORDER BY rowid DESC LIMIT 1`).all();
    } catch (e) {
      if (isNotADatabase(e)) throw e;
      // A WITHOUT ROWID table (FTS5 keeps one) has no rowid to go to the end by: its first leaf was read.
    }
  }
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const size = statSync(file).size;
  const wal = `${file}-wal`;
  const walHasFrames = existsSync(wal) && statSync(wal).size > 32;
  if (size % pageSize !== 0 || (!walHasFrames && size < pageCount * pageSize)) throw new DatabaseDamaged();
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
export const rawKeyForm = (key: Buffer): Buffer => {
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
  /** 'bounded' for a large file whose whole check runs after unlock (integrity-check.ts). */
  depth: 'whole' | 'bounded' = 'whole',
): { walFramesUsed: number | null } => {
  const db = connect(file, key, { create: false, readonly: true, nativeBinding });
  try {
    // Reading the schema proves the key; an existing file with no schema at all is not ours.
    const { n } = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    if (n === 0) throw new DatabaseDamaged();
    if (depth === 'whole') checkIntegrity(db);
    else checkBounded(db, file);
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
  // The search views and triggers fold Urdu through muhafiz_fold (migration 0013).
  registerFoldFunction(db);
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
