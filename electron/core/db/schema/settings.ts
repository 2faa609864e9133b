import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The lawyer's preferences and small app state, one JSON value per key (validated on read). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
