import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** The SQL function the audit triggers call (registered on every connection by openEncrypted). */
export const AUDIT_HASH_FUNCTION = 'muhafiz_sha256';

/** prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 (hex) of the JSON array of the arguments. One definition serves the triggers, which
 * call it through SQL, and the verifier, which calls it directly: the encoding cannot drift.
 */
export const auditHash = (...args: unknown[]): string =>
  createHash('sha256').update(JSON.stringify(args)).digest('hex');

export const registerAuditFunctions = (db: Database.Database): void => {
  db.function(AUDIT_HASH_FUNCTION, { varargs: true, deterministic: true }, auditHash);
};
