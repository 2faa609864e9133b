import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { GENDERS, GUARDIAN_RELATIONS, HRD_CATEGORIES, PROVINCES, RISK_LEVELS } from '../../../shared/enums';
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
    /**
     * For petitions: a woman accused has the first proviso to CrPC 497(1). No CHECK constraint:
     * adding one would make drizzle-kit rebuild the table, which the foreign keys forbid; the
     * contract validates the values.
     */
    gender: text('gender', { enum: GENDERS }).notNull().default('unknown'),
    guardianRelation: text('guardian_relation', { enum: GUARDIAN_RELATIONS }),
    guardianName: text('guardian_name'),
    address: text('address'),
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
