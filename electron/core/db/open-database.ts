import Database from 'better-sqlite3';
import { AppFailure } from '../errors';

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

const checkIntegrity = (db: Sqlite): void => {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new AppFailure('DAMAGED', DAMAGED_MESSAGE);
};

export const isNotADatabase = (e: unknown): boolean =>
  e instanceof Error && 'code' in e && (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT');

/**
 * Opens (or, with create, makes) the database keyed with the raw 256-bit data key through
 * SQLite3 Multiple Ciphers' ChaCha20-Poly1305 cipher. The library's own passphrase KDF is
 * bypassed: the key is already random, so it is passed as x'hex'.
 */
export type OpenOptions = {
  create: boolean;
  /** Path of a native module built for another ABI (Electron in development); the default otherwise. */
  nativeBinding?: string | undefined;
};

export const openEncrypted = (file: string, key: Buffer, opts: OpenOptions): Sqlite => {
  if (key.length !== 32) throw new AppFailure('INTERNAL', 'The data key must be 256 bits.');
  let db: Sqlite;
  try {
    db = new Database(file, {
      fileMustExist: !opts.create,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (e) {
    throw new AppFailure('DAMAGED', `The database file could not be opened: ${(e as Error).message}`);
  }
  try {
    db.pragma(`cipher = 'chacha20'`);
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    // Reading the schema proves the key; an existing file with no schema at all is not ours.
    const { n } = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    if (!opts.create && n === 0) throw new AppFailure('DAMAGED', DAMAGED_MESSAGE);
    // Every page is authenticated by the cipher: a full read finds damage beyond the first page now,
    // at unlock, rather than as a failure in the middle of the lawyer's work.
    if (!opts.create) checkIntegrity(db);
  } catch (e) {
    db.close();
    if (e instanceof AppFailure) throw e;
    if (isNotADatabase(e)) throw new AppFailure('DAMAGED', DAMAGED_MESSAGE);
    throw e;
  }
  applyPragmas(db);
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
