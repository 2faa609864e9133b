import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** `col IN ('a','b')` for an enum CHECK constraint; values come from our own constants, never input. */
export const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} IN (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`);

export const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};
