import { blob, check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  CUSTODY_ACTIONS,
  INCIDENT_KINDS,
  PERPETRATOR_CATEGORIES,
  REPORT_KINDS,
} from '../../../shared/incident-schemas';
import { cases } from './cases';
import { clients } from './clients';
import { oneOf, timestamps } from './common';

/*
 * The threat and incident log of a defender (issue 10): what happened, who is alleged, who saw
 * it, where it was reported; evidence files kept inside the encrypted database with their SHA-256
 * and a chain of custody. Clients are archived, never deleted, so an incident keeps its client; a
 * linked case that is deleted leaves the incident unlinked.
 */
export const incidents = sqliteTable(
  'incidents',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    caseId: text('case_id').references(() => cases.id, { onDelete: 'set null' }),
    date: text('date').notNull(),
    time: text('time'),
    place: text('place'),
    kind: text('kind', { enum: INCIDENT_KINDS }).notNull(),
    perpetratorCategory: text('perpetrator_category', { enum: PERPETRATOR_CATEGORIES }).notNull(),
    perpetratorDescription: text('perpetrator_description'),
    witnesses: text('witnesses'),
    narrative: text('narrative').notNull(),
    ...timestamps,
  },
  (t) => [
    check('incidents_kind_check', oneOf('kind', INCIDENT_KINDS)),
    check('incidents_perpetrator_check', oneOf('perpetrator_category', PERPETRATOR_CATEGORIES)),
    index('incidents_client_idx').on(t.clientId, t.date),
    index('incidents_case_idx').on(t.caseId),
  ],
);

/** Where an incident was reported, in order (FIR sought, FIR refused, 22-A petition…). */
export const incidentReports = sqliteTable(
  'incident_reports',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: REPORT_KINDS }).notNull(),
    madeTo: text('made_to'),
    reference: text('reference'),
    date: text('date'),
  },
  (t) => [
    check('incident_reports_kind_check', oneOf('kind', REPORT_KINDS)),
    index('incident_reports_incident_idx').on(t.incidentId, t.position),
  ],
);

/**
 * An evidence file's record. Its bytes are in evidence_files; an incident with evidence cannot be
 * deleted until its evidence is removed (no cascade: removing evidence is a deliberate act).
 */
export const incidentEvidence = sqliteTable(
  'incident_evidence',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id')
      .notNull()
      .references(() => incidents.id),
    filename: text('filename').notNull(),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 (hex) of the bytes, computed by the backend when they were stored. */
    sha256: text('sha256').notNull(),
    sourceUrl: text('source_url'),
    description: text('description'),
    addedAt: text('added_at').notNull(),
    /** The lawyer profile's name when the file was added. */
    addedBy: text('added_by').notNull(),
    ...timestamps,
  },
  (t) => [index('incident_evidence_incident_idx').on(t.incidentId)],
);

/** The bytes of an evidence file, apart from its record so that lists never read them. */
export const evidenceFiles = sqliteTable('evidence_files', {
  evidenceId: text('evidence_id')
    .primaryKey()
    .references(() => incidentEvidence.id, { onDelete: 'cascade' }),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
});

/** The chain of custody: every later access to an evidence item, appended, never changed. */
export const evidenceCustodyEvents = sqliteTable(
  'evidence_custody_events',
  {
    id: text('id').primaryKey(),
    evidenceId: text('evidence_id')
      .notNull()
      .references(() => incidentEvidence.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… per item, so the order holds even within one millisecond. */
    seq: integer('seq').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action', { enum: CUSTODY_ACTIONS }).notNull(),
    detail: text('detail'),
  },
  (t) => [
    check('evidence_custody_events_action_check', oneOf('action', CUSTODY_ACTIONS)),
    index('evidence_custody_events_item_idx').on(t.evidenceId, t.seq),
  ],
);
