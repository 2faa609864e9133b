import { z } from 'zod';
import { id, text } from './fields';

/* The audit log (issue 7): who changed which record, when and which fields, never the values. */

export const AUDIT_OPS = ['insert', 'update', 'delete'] as const;
export type AuditOp = (typeof AUDIT_OPS)[number];

/** Every table the log covers (snake_case, as in the database). */
export const AUDITED_TABLES = [
  'clients',
  'cases',
  'case_parties',
  'offences',
  'case_lawyers',
  'lawyers',
  'hearings',
  'notes',
  'courts',
  'police_stations',
  'case_events',
  'deadlines',
  'legal_rules',
  'holidays',
  'court_closures',
  'bail_petitions',
  'petition_drafts',
  'petition_versions',
  'user_templates',
  'incidents',
  'incident_reports',
  'incident_evidence',
  'evidence_files',
  'evidence_custody_events',
  'disappearances',
  'disappearance_cases',
  'disappearance_entries',
  'production_orders',
  'production_deadlines',
  'identity_consents',
  'appeal_drafts',
  'import_batches',
  'settings',
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];

/** The name written into the log when the lawyer has not given one. */
export const DEFAULT_PROFILE_NAME = 'Counsel';
/** The settings key of the lawyer profile, {"name": …}; the audit triggers read it. */
export const PROFILE_SETTING_KEY = 'profile';

export const auditEntry = z.object({
  seq: z.number().int(),
  /** UTC instant of the change (the computer's clock). */
  at: z.string(),
  /** The lawyer profile's name at the time. */
  actor: z.string(),
  table: z.string(),
  recordId: z.string(),
  caseId: z.string().nullable(),
  op: z.enum(AUDIT_OPS),
  /** Column names that changed (for an insert: those given a value), never their values. */
  fields: z.array(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditListInput = z
  .strictObject({
    caseId: id.optional(),
    table: z.enum(AUDITED_TABLES, { error: 'Not an audited table' }).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .refine((v) => !(v.caseId && v.table), { message: 'Give a case or a table, not both', path: ['table'] });

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  /** Entries read. */
  checked: z.number().int(),
  /** The first entry that does not follow from the one before it, or null when the chain holds. */
  firstBroken: z
    .object({
      seq: z.number().int(),
      /** hash: the entry was altered; link: it does not follow the entry before; gap: entries are missing. */
      reason: z.enum(['hash', 'link', 'gap']),
      at: z.string().nullable(),
      table: z.string().nullable(),
    })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;

export const profile = z.object({ name: z.string() });
export const profileInput = z.strictObject({ name: text(100) });
