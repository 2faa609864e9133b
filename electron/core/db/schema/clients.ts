import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { HRD_CATEGORIES, PROVINCES, RISK_LEVELS } from '../../../shared/enums';
import { oneOf, timestamps } from './common';

export const clients = sqliteTable(
  'clients',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    nameUr: text('name_ur'),
    /** Used wherever a sensitive client must not be named (printouts, exports). */
    codename: text('codename'),
    cnic: text('cnic'),
    phone: text('phone'),
    category: text('category', { enum: HRD_CATEGORIES }).notNull(),
    district: text('district'),
    province: text('province', { enum: PROVINCES }),
    riskLevel: text('risk_level', { enum: RISK_LEVELS }).notNull(),
    contactPerson: text('contact_person'),
    notes: text('notes'),
    sensitive: integer('sensitive', { mode: 'boolean' }).notNull(),
    archivedAt: text('archived_at'),
    ...timestamps,
  },
  (t) => [
    check('clients_category_check', oneOf('category', HRD_CATEGORIES)),
    check('clients_province_check', oneOf('province', PROVINCES)),
    check('clients_risk_level_check', oneOf('risk_level', RISK_LEVELS)),
    index('clients_full_name_idx').on(t.fullName),
  ],
);
