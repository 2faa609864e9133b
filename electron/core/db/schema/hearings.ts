import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { HEARING_OUTCOMES } from '../../../shared/enums';
import { bailPetitions } from './bail';
import { cases } from './cases';
import { clients } from './clients';
import { oneOf, timestamps } from './common';
import { courts, lawyers } from './reference';

export const hearings = sqliteTable(
  'hearings',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** Calendar date in Pakistan (YYYY-MM-DD), not an instant. */
    date: text('date').notNull(),
    /** Local time HH:MM, when the cause list gives one. */
    time: text('time'),
    courtId: text('court_id').references(() => courts.id),
    bench: text('bench'),
    purpose: text('purpose').notNull(),
    outcome: text('outcome', { enum: HEARING_OUTCOMES }),
    shortOrder: text('short_order'),
    nextDate: text('next_date'),
    nextHearingId: text('next_hearing_id').references((): AnySQLiteColumn => hearings.id, {
      onDelete: 'set null',
    }),
    /** Who will appear, when not the case's lead lawyer (set when resolving a diary clash). */
    appearingLawyerId: text('appearing_lawyer_id').references(() => lawyers.id),
    /** The lawyer will seek an adjournment here (a clash resolved that way). */
    adjournmentSought: integer('adjournment_sought', { mode: 'boolean' }).notNull().default(false),
    clashNote: text('clash_note'),
    /** The bail petition this hearing is for, if any. */
    bailPetitionId: text('bail_petition_id').references((): AnySQLiteColumn => bailPetitions.id, {
      onDelete: 'set null',
    }),
    ...timestamps,
  },
  (t) => [
    check('hearings_outcome_check', oneOf('outcome', HEARING_OUTCOMES)),
    index('hearings_date_idx').on(t.date),
    index('hearings_case_idx').on(t.caseId, t.date),
  ],
);

export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    clientId: text('client_id').references(() => clients.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    check('notes_owner_check', sql`(case_id IS NULL) <> (client_id IS NULL)`),
    index('notes_case_idx').on(t.caseId),
    index('notes_client_idx').on(t.clientId),
  ],
);
