import { check, index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { FORUM_TYPES, PROVINCES } from '../../../shared/enums';
import { oneOf } from './common';

/** Courts, benches and other forums. Seeded from pakistan-law.md §1; the lawyer adds the rest. */
export const courts = sqliteTable(
  'courts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    forumType: text('forum_type', { enum: FORUM_TYPES }).notNull(),
    city: text('city'),
    province: text('province', { enum: PROVINCES }),
    parentId: text('parent_id').references((): AnySQLiteColumn => courts.id),
    source: text('source'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    check('courts_forum_type_check', oneOf('forum_type', FORUM_TYPES)),
    check('courts_province_check', oneOf('province', PROVINCES)),
    index('courts_name_idx').on(t.name),
  ],
);

export const policeStations = sqliteTable(
  'police_stations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    district: text('district').notNull(),
    province: text('province', { enum: PROVINCES }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    check('police_stations_province_check', oneOf('province', PROVINCES)),
    index('police_stations_name_idx').on(t.name),
  ],
);

/** Lawyers of the office, so a team and (later) diary clashes can refer to the same person. */
export const lawyers = sqliteTable('lawyers', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  createdAt: text('created_at').notNull(),
});
