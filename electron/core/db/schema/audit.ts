import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_OPS } from '../../../shared/audit-schemas';
import { oneOf } from './common';

/**
 * Append-only, hash-chained log of every change to the data tables (issue 7). Rows are written
 * only by the triggers of the audit-log migration (see ../audit-triggers.ts), never by the application;
 * other triggers refuse any UPDATE or DELETE of this table and any row that does not continue the
 * chain. Field names only: no value of a record is ever copied here.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    /** 1, 2, 3…: the trigger assigns max + 1, so a missing row shows as a gap. */
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    tableName: text('table_name').notNull(),
    recordId: text('record_id').notNull(),
    /** The case the record belongs to, when it belongs to one (for the case's History panel). */
    caseId: text('case_id'),
    op: text('op', { enum: AUDIT_OPS }).notNull(),
    /** Comma-separated column names. */
    fields: text('fields').notNull(),
    prevHash: text('prev_hash').notNull(),
    /** muhafiz_sha256(prev_hash, seq, at, actor, table_name, record_id, case_id, op, fields). */
    hash: text('hash').notNull(),
  },
  (t) => [
    check('audit_log_op_check', oneOf('op', AUDIT_OPS)),
    index('audit_log_case_idx').on(t.caseId, t.seq),
    index('audit_log_table_idx').on(t.tableName, t.seq),
  ],
);
