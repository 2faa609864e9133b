import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PETITION_LANGUAGES } from '../../../shared/enums';
import { cases } from './cases';
import { clients } from './clients';
import { oneOf, timestamps } from './common';

/** A petition drafted on a case from a template; its text lives in versions. */
export const petitionDrafts = sqliteTable(
  'petition_drafts',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    clientId: text('client_id').references(() => clients.id),
    /** A shipped template's id, or a user template's id. */
    templateId: text('template_id').notNull(),
    title: text('title').notNull(),
    language: text('language', { enum: PETITION_LANGUAGES }).notNull(),
    /** JSON: answers the lawyer gave for fields the case lacked. */
    answers: text('answers').notNull(),
    ...timestamps,
  },
  (t) => [
    check('petition_drafts_language_check', oneOf('language', PETITION_LANGUAGES)),
    index('petition_drafts_case_idx').on(t.caseId),
  ],
);

/** Every saved state of a draft: generated, edited or regenerated, by whom and when. */
export const petitionVersions = sqliteTable(
  'petition_versions',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => petitionDrafts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    html: text('html').notNull(),
    reason: text('reason', { enum: ['generated', 'edited', 'regenerated'] }).notNull(),
    author: text('author').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    check('petition_versions_reason_check', oneOf('reason', ['generated', 'edited', 'regenerated'])),
    uniqueIndex('petition_versions_draft_version_idx').on(t.draftId, t.version),
  ],
);

/** An organisation's own Word template: a .docx with placeholders, kept encrypted in the database. */
export const userTemplates = sqliteTable('user_templates', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  language: text('language', { enum: PETITION_LANGUAGES }).notNull(),
  /** The .docx file, base64. */
  content: text('content').notNull(),
  /** JSON array of the placeholders found in it. */
  placeholders: text('placeholders').notNull(),
  ...timestamps,
});
