import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { IMPORT_RECORD_TABLES } from '../../../shared/import-schemas';
import { oneOf } from './common';

/**
 * One import from a spreadsheet (issue 9): what it created, so it can be undone as a whole.
 * An import only ever creates records; every record it created carries created_at = updated_at
 * = this batch's created_at, which is how undo tells an untouched record from an edited one.
 */
export const importBatches = sqliteTable('import_batches', {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  /** The file's name as picked (no folder), and the sheet imported. */
  filename: text('filename').notNull(),
  sheet: text('sheet'),
  /** Rows read, rows imported, rows skipped for errors. */
  rowsRead: integer('rows_read').notNull(),
  rowsImported: integer('rows_imported').notNull(),
  rowsSkipped: integer('rows_skipped').notNull(),
  undoneAt: text('undone_at'),
});

export const importBatchRecords = sqliteTable(
  'import_batch_records',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    tableName: text('table_name', { enum: IMPORT_RECORD_TABLES }).notNull(),
    recordId: text('record_id').notNull(),
    /** Order of creation: undo deletes in reverse. */
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.tableName, t.recordId] }),
    check('import_batch_records_table_check', oneOf('table_name', IMPORT_RECORD_TABLES)),
    index('import_batch_records_record_idx').on(t.tableName, t.recordId),
  ],
);
