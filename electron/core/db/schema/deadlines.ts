import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  CASE_EVENT_KINDS,
  DEADLINE_STATUSES,
  FORUM_TYPES,
  HOLIDAY_KINDS,
  PERIOD_UNITS,
  PROVINCES,
  RULE_CONFIDENCE,
  RULE_TRIGGERS,
} from '../../../shared/enums';
import { cases } from './cases';
import { oneOf, timestamps } from './common';
import { courts } from './reference';

/**
 * Legal periods as data (ARCHITECTURE.md "Time and law"): the code holds the counting machinery,
 * these rows hold the numbers, each with its source and confidence. Seeded from pakistan-law.md;
 * the lawyer can edit, switch off, add, export and import them.
 */
export const legalRules = sqliteTable(
  'legal_rules',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    statute: text('statute').notNull(),
    section: text('section').notNull(),
    trigger: text('trigger', { enum: RULE_TRIGGERS }).notNull(),
    /** Count from the event's start date, or from its end (e.g. the date a remand runs to). */
    anchor: text('anchor', { enum: ['start', 'end'] }).notNull(),
    period: integer('period').notNull(),
    unit: text('unit', { enum: PERIOD_UNITS }).notNull(),
    excludeTriggerDay: integer('exclude_trigger_day', { mode: 'boolean' }).notNull(),
    excludeCopyTime: integer('exclude_copy_time', { mode: 'boolean' }).notNull(),
    rollForward: integer('roll_forward', { mode: 'boolean' }).notNull(),
    condonable: integer('condonable', { mode: 'boolean' }).notNull(),
    /** Falls due again every period (CrPC 497 third proviso: each further year of delay). */
    recurring: integer('recurring', { mode: 'boolean' }).notNull(),
    /** The interval after the first date, when not the period itself (capital cases: 2 years, then yearly). */
    repeatEvery: integer('repeat_every'),
    /** Where the next step is filed: its closed days decide the roll-forward (Limitation Act s.4). */
    filingForumType: text('filing_forum_type', { enum: FORUM_TYPES }),
    /** JSON conditions: judgment result, sentence bands, the deciding forum's types, capital offence. */
    conditions: text('conditions').notNull(),
    effectiveFrom: text('effective_from'),
    effectiveTo: text('effective_to'),
    source: text('source').notNull(),
    confidence: text('confidence', { enum: RULE_CONFIDENCE }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    notes: text('notes'),
    ...timestamps,
  },
  () => [
    check('legal_rules_trigger_check', oneOf('trigger', RULE_TRIGGERS)),
    check('legal_rules_unit_check', oneOf('unit', PERIOD_UNITS)),
    check('legal_rules_anchor_check', oneOf('anchor', ['start', 'end'])),
    check('legal_rules_confidence_check', oneOf('confidence', RULE_CONFIDENCE)),
    check('legal_rules_filing_forum_check', oneOf('filing_forum_type', FORUM_TYPES)),
  ],
);

/** Weekly days a forum does not sit: for a court, or for a forum type (optionally in a province). */
export const courtClosures = sqliteTable(
  'court_closures',
  {
    id: text('id').primaryKey(),
    courtId: text('court_id').references(() => courts.id, { onDelete: 'cascade' }),
    forumType: text('forum_type', { enum: FORUM_TYPES }),
    province: text('province', { enum: PROVINCES }),
    /** 0 = Sunday … 6 = Saturday. */
    weekday: integer('weekday').notNull(),
    source: text('source').notNull(),
    confidence: text('confidence', { enum: RULE_CONFIDENCE }).notNull(),
    ...timestamps,
  },
  () => [
    check('court_closures_weekday_check', sql`weekday BETWEEN 0 AND 6`),
    check('court_closures_forum_type_check', oneOf('forum_type', FORUM_TYPES)),
    check('court_closures_province_check', oneOf('province', PROVINCES)),
  ],
);

/** Gazetted, provincial and local holidays, and court vacations (which never extend a period). */
export const holidays = sqliteTable(
  'holidays',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: HOLIDAY_KINDS }).notNull(),
    dateFrom: text('date_from').notNull(),
    dateTo: text('date_to').notNull(),
    /** Scope: none = every court; a province; a forum type; or one court (with its benches). */
    province: text('province', { enum: PROVINCES }),
    forumType: text('forum_type', { enum: FORUM_TYPES }),
    courtId: text('court_id').references(() => courts.id, { onDelete: 'cascade' }),
    /** Islamic-calendar dates before the notification: estimates, to confirm. */
    provisional: integer('provisional', { mode: 'boolean' }).notNull(),
    source: text('source').notNull(),
    ...timestamps,
  },
  (t) => [
    check('holidays_kind_check', oneOf('kind', HOLIDAY_KINDS)),
    check('holidays_range_check', sql`date_to >= date_from`),
    index('holidays_date_idx').on(t.dateFrom, t.dateTo),
  ],
);

/** What happened on a case that deadlines count from: remand orders, judgments, copy dates… */
export const caseEvents = sqliteTable(
  'case_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    date: text('date').notNull(),
    time: text('time'),
    /** The date an order runs to (remand until, protective bail until). */
    endDate: text('end_date'),
    courtId: text('court_id').references(() => courts.id),
    /** A copy application or delivery belongs to a judgment. */
    relatedEventId: text('related_event_id').references((): AnySQLiteColumn => caseEvents.id, {
      onDelete: 'cascade',
    }),
    /** JSON details by kind (judgment: result and sentence). */
    details: text('details').notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [check('case_events_kind_check', oneOf('kind', CASE_EVENT_KINDS)), index('case_events_case_idx').on(t.caseId)],
);

/** Computed deadlines; a recomputation updates them in place and keeps what the lawyer decided. */
export const deadlines = sqliteTable(
  'deadlines',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id')
      .notNull()
      .references(() => legalRules.id, { onDelete: 'cascade' }),
    /** Which trigger: "case:arrest", "case:fir", or a case event's id. */
    triggerKey: text('trigger_key').notNull(),
    occurrence: integer('occurrence').notNull(),
    dueDate: text('due_date').notNull(),
    dueTime: text('due_time'),
    status: text('status', { enum: DEADLINE_STATUSES }).notNull(),
    /** JSON: the working (rule, source, start, exclusions, closed days skipped, confidence). */
    explanation: text('explanation').notNull(),
    statusNote: text('status_note'),
    /** Set when the trigger disappeared after the lawyer completed or dismissed it. */
    obsolete: integer('obsolete', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
  },
  (t) => [
    check('deadlines_status_check', oneOf('status', DEADLINE_STATUSES)),
    uniqueIndex('deadlines_identity_idx').on(t.caseId, t.ruleId, t.triggerKey, t.occurrence),
    index('deadlines_due_idx').on(t.dueDate),
  ],
);
