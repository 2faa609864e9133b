import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  DEFAULT_PROFILE_NAME,
  PROFILE_SETTING_KEY,
  profile,
  type AuditEntry,
  type AuditVerifyResult,
  type auditListInput,
} from '../../shared/audit-schemas';
import { auditHash, GENESIS_HASH } from '../db/audit-hash';
import type { Db } from '../db/client';
import { auditLog, cases } from '../db/schema';
import { must } from '../errors';
import { readSetting, writeSetting } from './settings';

/*
 * Reads of the audit log. The log is written only by the database's own triggers (see
 * db/audit-triggers.ts): nothing here inserts, updates or deletes an entry.
 */

type ListFilter = z.output<typeof auditListInput>;

const toEntry = (r: typeof auditLog.$inferSelect): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  table: r.tableName,
  recordId: r.recordId,
  caseId: r.caseId,
  op: r.op,
  fields: r.fields === '' ? [] : r.fields.split(','),
});

/** Newest first: everything, one case's records, or one table's. */
export const listAudit = (db: Db, f: ListFilter): AuditEntry[] => {
  if (f.caseId) must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, f.caseId)).get(), 'Case');
  const where: SQL[] = [];
  if (f.caseId) where.push(eq(auditLog.caseId, f.caseId));
  if (f.table) where.push(eq(auditLog.tableName, f.table));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.seq))
    .limit(f.limit)
    .all()
    .map(toEntry);
};

type RawEntry = {
  seq: number;
  at: string;
  actor: string;
  table_name: string;
  record_id: string;
  case_id: string | null;
  op: string;
  fields: string;
  prev_hash: string;
  hash: string;
};

/**
 * Walks the whole chain in order and reports the first entry that does not follow: a number
 * missing before it (gap), a prev_hash that is not the previous entry's hash (link), or a hash
 * that does not match its own content (hash). Streams the rows, so a long log costs no memory.
 */
export const verifyAudit = (db: Db): AuditVerifyResult => {
  const rows = db.$client
    .prepare(
      'SELECT seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash FROM audit_log ORDER BY seq',
    )
    .iterate() as IterableIterator<RawEntry>;
  let prev = GENESIS_HASH;
  let checked = 0;
  for (const r of rows) {
    checked += 1;
    const reason =
      r.seq !== checked
        ? 'gap'
        : r.prev_hash !== prev
          ? 'link'
          : auditHash(r.prev_hash, r.seq, r.at, r.actor, r.table_name, r.record_id, r.case_id, r.op, r.fields) !==
              r.hash
            ? 'hash'
            : null;
    if (reason) {
      rows.return?.();
      return { ok: false, checked, firstBroken: { seq: r.seq, reason, at: r.at, table: r.table_name } };
    }
    prev = r.hash;
  }
  return { ok: true, checked, firstBroken: null };
};

/** The lawyer profile: the name the audit triggers write as the actor of each change. */
export const readProfile = (db: Db) => readSetting(db, PROFILE_SETTING_KEY, profile, { name: DEFAULT_PROFILE_NAME });

export const writeProfile = (db: Db, name: string, now: string) => {
  writeSetting(db, PROFILE_SETTING_KEY, { name }, now);
  return readProfile(db);
};
