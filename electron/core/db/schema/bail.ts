import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { BAIL_KINDS, BAIL_STATUSES } from '../../../shared/enums';
import { cases } from './cases';
import { clients } from './clients';
import { oneOf, timestamps } from './common';
import { courts } from './reference';

/** Bail petitions, with the forum ladder: an escalation points back to the petition it follows. */
export const bailPetitions = sqliteTable(
  'bail_petitions',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    clientId: text('client_id').references(() => clients.id),
    kind: text('kind', { enum: BAIL_KINDS }).notNull(),
    forumId: text('forum_id').references(() => courts.id),
    filingDate: text('filing_date'),
    status: text('status', { enum: BAIL_STATUSES }).notNull(),
    surety: text('surety'),
    /** Bond amount in rupees. */
    bondAmount: integer('bond_amount'),
    conditions: text('conditions'),
    notes: text('notes'),
    escalatedFromId: text('escalated_from_id').references((): AnySQLiteColumn => bailPetitions.id),
    ...timestamps,
  },
  (t) => [
    check('bail_petitions_kind_check', oneOf('kind', BAIL_KINDS)),
    check('bail_petitions_status_check', oneOf('status', BAIL_STATUSES)),
    index('bail_petitions_case_idx').on(t.caseId),
  ],
);
