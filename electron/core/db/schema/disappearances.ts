import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DEADLINE_STATUSES } from '../../../shared/enums';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  DISAPPEARANCE_OUTCOMES,
  ENTRY_KINDS,
  LINK_ROLES,
  ORDER_STATUSES,
  RECIPIENTS,
} from '../../../shared/disappearance-enums';
import { cases } from './cases';
import { clients } from './clients';
import { oneOf, timestamps } from './common';
import { petitionDrafts } from './petitions';

/**
 * The enforced-disappearance track (issue 10, part B): the record of a client who was taken, the
 * cases that pursue it (habeas petition, Commission complaint), dated steps and contacts,
 * production orders with the deadline each sets, the family's consent to share identity per
 * recipient, and which petition drafts are appeals drafted from the record.
 */
export const disappearances = sqliteTable(
  'disappearances',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    lastSeenDate: text('last_seen_date').notNull(),
    lastSeenTime: text('last_seen_time'),
    /** Where last seen, as exactly as the family says it (identifying: never in an anonymised draft). */
    lastSeenPlace: text('last_seen_place'),
    /** The district only: what an anonymised draft may say. */
    lastSeenDistrict: text('last_seen_district'),
    lastSeenWith: text('last_seen_with'),
    /** By whom taken, as the family describes it. */
    takenBy: text('taken_by'),
    familyContactName: text('family_contact_name'),
    familyContactRelation: text('family_contact_relation'),
    familyContactPhone: text('family_contact_phone'),
    outcome: text('outcome', { enum: DISAPPEARANCE_OUTCOMES }).notNull(),
    outcomeDate: text('outcome_date'),
    outcomeNote: text('outcome_note'),
    ...timestamps,
  },
  (t) => [
    check('disappearances_outcome_check', oneOf('outcome', DISAPPEARANCE_OUTCOMES)),
    index('disappearances_client_idx').on(t.clientId),
  ],
);

export const disappearanceCases = sqliteTable(
  'disappearance_cases',
  {
    recordId: text('record_id')
      .notNull()
      .references(() => disappearances.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role', { enum: LINK_ROLES }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.recordId, t.caseId] }),
    check('disappearance_cases_role_check', oneOf('role', LINK_ROLES)),
    index('disappearance_cases_case_idx').on(t.caseId),
  ],
);

/** Dated entries: steps taken (with their reference), Commission hearings and JIT sittings, the contact log. */
export const disappearanceEntries = sqliteTable(
  'disappearance_entries',
  {
    id: text('id').primaryKey(),
    recordId: text('record_id')
      .notNull()
      .references(() => disappearances.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ENTRY_KINDS }).notNull(),
    date: text('date').notNull(),
    /** Diary number, petition number, the Commission's case number… */
    reference: text('reference'),
    /** For a contact: whom the lawyer spoke to. */
    person: text('person'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    check('disappearance_entries_kind_check', oneOf('kind', ENTRY_KINDS)),
    index('disappearance_entries_record_idx').on(t.recordId, t.date),
  ],
);

/** An order to produce the missing person, made in a linked case (the habeas petition, the Commission). */
export const productionOrders = sqliteTable(
  'production_orders',
  {
    id: text('id').primaryKey(),
    recordId: text('record_id')
      .notNull()
      .references(() => disappearances.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    court: text('court').notNull(),
    orderedOn: text('ordered_on').notNull(),
    produceBy: text('produce_by').notNull(),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    obeyedOn: text('obeyed_on'),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    check('production_orders_status_check', oneOf('status', ORDER_STATUSES)),
    index('production_orders_record_idx').on(t.recordId),
  ],
);

/** The deadline to act that a production order sets; recomputed with the order, in its transaction. */
export const productionDeadlines = sqliteTable(
  'production_deadlines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => productionOrders.id, { onDelete: 'cascade' }),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    dueDate: text('due_date').notNull(),
    status: text('status', { enum: DEADLINE_STATUSES }).notNull(),
    statusNote: text('status_note'),
    /** JSON: the working, in the shape of the deadline engine's explanations. */
    explanation: text('explanation').notNull(),
    ...timestamps,
  },
  (t) => [
    check('production_deadlines_status_check', oneOf('status', DEADLINE_STATUSES)),
    uniqueIndex('production_deadlines_order_idx').on(t.orderId),
    index('production_deadlines_due_idx').on(t.dueDate),
  ],
);

/** Consent to share the client's identity with one recipient: who gave it, when and how; withdrawn or not. */
export const identityConsents = sqliteTable(
  'identity_consents',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    recipient: text('recipient', { enum: RECIPIENTS }).notNull(),
    /** The organisation's name, for recipient "organisation". */
    organisation: text('organisation'),
    givenBy: text('given_by', { enum: CONSENT_GIVERS }).notNull(),
    givenByName: text('given_by_name'),
    date: text('date').notNull(),
    method: text('method', { enum: CONSENT_METHODS }).notNull(),
    note: text('note'),
    withdrawnOn: text('withdrawn_on'),
    ...timestamps,
  },
  (t) => [
    check('identity_consents_recipient_check', oneOf('recipient', RECIPIENTS)),
    check('identity_consents_given_by_check', oneOf('given_by', CONSENT_GIVERS)),
    check('identity_consents_method_check', oneOf('method', CONSENT_METHODS)),
    index('identity_consents_client_idx').on(t.clientId),
  ],
);

/** A petition draft that is an appeal or complaint drafted from a disappearance record. */
export const appealDrafts = sqliteTable(
  'appeal_drafts',
  {
    draftId: text('draft_id')
      .primaryKey()
      .references(() => petitionDrafts.id, { onDelete: 'cascade' }),
    recordId: text('record_id')
      .notNull()
      .references(() => disappearances.id, { onDelete: 'cascade' }),
    recipient: text('recipient', { enum: RECIPIENTS }).notNull(),
    organisation: text('organisation'),
    /** Whether the latest generation withheld the identity (no consent for this recipient). */
    anonymised: integer('anonymised', { mode: 'boolean' }).notNull(),
    ...timestamps,
  },
  () => [check('appeal_drafts_recipient_check', oneOf('recipient', RECIPIENTS))],
);
