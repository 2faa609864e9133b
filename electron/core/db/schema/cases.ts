import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  CASE_PARTY_ROLES,
  CASE_STATUSES,
  CASE_TYPES,
  CUSTODY_STATUSES,
  INVESTIGATING_AGENCIES,
  STATUTES,
} from '../../../shared/enums';
import { clients } from './clients';
import { oneOf, timestamps } from './common';
import { courts, lawyers, policeStations } from './reference';

export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    caseType: text('case_type', { enum: CASE_TYPES }).notNull(),
    stage: text('stage'),
    status: text('status', { enum: CASE_STATUSES }).notNull(),
    firNumber: text('fir_number'),
    firDate: text('fir_date'),
    policeStationId: text('police_station_id').references(() => policeStations.id),
    firDistrict: text('fir_district'),
    investigatingAgency: text('investigating_agency', { enum: INVESTIGATING_AGENCIES }),
    forumId: text('forum_id').references(() => courts.id),
    /** The official number exactly as the court writes it, e.g. "Crl. Misc. No. 8959-B of 2023". */
    caseNumber: text('case_number'),
    custodyStatus: text('custody_status', { enum: CUSTODY_STATUSES }).notNull(),
    arrestDate: text('arrest_date'),
    /** Local time of arrest, for the 24-hour production limit (Constitution Art. 10(2), CrPC 61). */
    arrestTime: text('arrest_time'),
    /** An offence charged is punishable with death: CrPC 497 statutory bail after two years, not one. */
    capitalCharge: integer('capital_charge', { mode: 'boolean' }).notNull().default(false),
    releaseDate: text('release_date'),
    prosecutor: text('prosecutor'),
    opposingCounsel: text('opposing_counsel'),
    ...timestamps,
  },
  (t) => [
    check('cases_case_type_check', oneOf('case_type', CASE_TYPES)),
    check('cases_status_check', oneOf('status', CASE_STATUSES)),
    check('cases_agency_check', oneOf('investigating_agency', INVESTIGATING_AGENCIES)),
    check('cases_custody_check', oneOf('custody_status', CUSTODY_STATUSES)),
    index('cases_fir_number_idx').on(t.firNumber),
    index('cases_case_number_idx').on(t.caseNumber),
    index('cases_status_idx').on(t.status),
  ],
);

export const caseParties = sqliteTable(
  'case_parties',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    role: text('role', { enum: CASE_PARTY_ROLES }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.clientId] }),
    check('case_parties_role_check', oneOf('role', CASE_PARTY_ROLES)),
    index('case_parties_client_idx').on(t.clientId),
  ],
);

export const offences = sqliteTable(
  'offences',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    statute: text('statute', { enum: STATUTES }).notNull(),
    section: text('section').notNull(),
    note: text('note'),
    position: integer('position').notNull(),
  },
  (t) => [check('offences_statute_check', oneOf('statute', STATUTES)), index('offences_case_idx').on(t.caseId)],
);

export const caseLawyers = sqliteTable(
  'case_lawyers',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    lawyerId: text('lawyer_id')
      .notNull()
      .references(() => lawyers.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.lawyerId] })],
);
