import { z } from 'zod';
import { RISK_LEVELS } from './enums';
import { calendarDate, id, nullableString as ns, optDate, optText, optTime, text } from './fields';

/*
 * The threat and incident log of a defender, with evidence files and their chain of custody
 * (issue 10, part A). Inputs and outputs of the incidents:* and evidence:* channels.
 */

export const INCIDENT_KINDS = [
  'threat_in_person',
  'online_threat',
  'raid',
  'surveillance',
  'arrest_without_warrant',
  'abduction',
  'assault',
  'family_harassment',
  'defamation_campaign',
  'travel_ban',
  'device_seizure',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Who did it, as the client or witnesses describe them (alleged, never established). */
export const PERPETRATOR_CATEGORIES = ['state_agency', 'police', 'unknown', 'private'] as const;
export type PerpetratorCategory = (typeof PERPETRATOR_CATEGORIES)[number];

/** Where the incident was reported (an incident may be reported several times: FIR sought, refused, 22-A…). */
export const REPORT_KINDS = [
  'fir_sought',
  'fir_registered',
  'fir_refused',
  'police_complaint',
  'petition_22a',
  'commission_complaint',
  'fia_complaint',
  'court_petition',
  'other',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What happened to an evidence item, each logged with who and when (its chain of custody). */
export const CUSTODY_ACTIONS = [
  'added',
  'viewed',
  'exported',
  'verified',
  'edited',
  'sheet_printed',
  'sheet_exported',
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

/** The largest evidence file accepted: 25 MB (a long screen recording belongs outside the diary). */
export const EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;
export const EVIDENCE_MAX_MB = 25;
/** Its base64 text: four characters for every three bytes. */
const MAX_BASE64 = Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const reportInput = z.strictObject({
  kind: z.enum(REPORT_KINDS, { error: 'Choose where it was reported' }),
  /** To whom: "SHO, Police Station Saddar, Lahore", "NCHR, Islamabad". */
  madeTo: optText(300),
  /** The FIR number, diary number or complaint reference. */
  reference: optText(200),
  date: optDate,
});

export const incidentInput = z
  .strictObject({
    clientId: id,
    caseId: id.nullish().transform((v) => v ?? null),
    date: calendarDate,
    time: optTime,
    place: optText(300),
    kind: z.enum(INCIDENT_KINDS, { error: 'Choose what happened' }),
    perpetratorCategory: z.enum(PERPETRATOR_CATEGORIES, { error: 'Choose who is alleged' }).default('unknown'),
    perpetratorDescription: optText(2000),
    witnesses: optText(2000),
    narrative: text(20_000),
    reports: z.array(reportInput).max(20, 'At most 20 reports').default([]),
  })
  .superRefine((v, ctx) => {
    v.reports.forEach((r, i) => {
      if (r.date && r.date < v.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['reports', i, 'date'],
          message: 'A report cannot be made before the incident',
        });
      }
    });
  });
export type IncidentInput = z.input<typeof incidentInput>;

export const incidentReport = z.object({
  kind: z.enum(REPORT_KINDS),
  madeTo: ns,
  reference: ns,
  date: ns,
});

export const evidenceItem = z.object({
  id: z.string(),
  incidentId: z.string(),
  filename: z.string(),
  /** Detected from the file's first bytes when known (PNG, JPEG, GIF, WebP, PDF), else as given. */
  mime: z.string(),
  sizeBytes: z.number().int(),
  /** SHA-256 of the stored bytes, computed by the backend when the file was added (hex). */
  sha256: z.string(),
  sourceUrl: ns,
  description: ns,
  /** UTC instant the file was added. */
  addedAt: z.string(),
  /** The lawyer profile's name at the time. */
  addedBy: z.string(),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

export const incident = z.object({
  id: z.string(),
  clientId: z.string(),
  caseId: ns,
  caseTitle: ns,
  date: z.string(),
  time: ns,
  place: ns,
  kind: z.enum(INCIDENT_KINDS),
  perpetratorCategory: z.enum(PERPETRATOR_CATEGORIES),
  perpetratorDescription: ns,
  witnesses: ns,
  narrative: z.string(),
  reports: z.array(incidentReport),
  evidence: z.array(evidenceItem),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Incident = z.infer<typeof incident>;

const filename = text(255)
  .refine((n) => !/[\\/\0]/.test(n), 'A file name, not a path')
  .refine((n) => n !== '.' && n !== '..', 'Not a file name');

/** A URL or an address as the lawyer copied it ("https://x.com/…", "WhatsApp group 'Press club'"). */
const sourceUrl = optText(2000);

/** The file's bytes as base64 (IPC carries JSON-safe values only); at most 25 MB of bytes. */
export const evidenceBytes = z.string({ error: 'Attach a file' }).superRefine((s, ctx) => {
  const tooLarge = (bytes: number) =>
    ctx.addIssue({
      code: 'custom',
      message: `This file is too large (${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB): an evidence file may be at most ${EVIDENCE_MAX_MB} MB`,
    });
  if (s.length === 0) ctx.addIssue({ code: 'custom', message: 'The file is empty' });
  // Checked on the length first, so a huge string is never scanned.
  else if (s.length > MAX_BASE64) tooLarge((s.length / 4) * 3);
  else if (s.length % 4 !== 0 || !BASE64.test(s)) {
    ctx.addIssue({ code: 'custom', message: 'The file could not be read (not base64)' });
  } else {
    const bytes = (s.length / 4) * 3 - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
    if (bytes > EVIDENCE_MAX_BYTES) tooLarge(bytes);
  }
});

export const evidenceAddInput = z.strictObject({
  incidentId: id,
  filename,
  mime: optText(100),
  base64: evidenceBytes,
  sourceUrl,
  description: optText(2000),
});

export const evidenceUpdateInput = z.strictObject({ id, sourceUrl, description: optText(2000) });

export const evidenceFileInput = z.strictObject({ id, purpose: z.enum(['view', 'export']) });
export const evidenceFile = z.object({ filename: z.string(), mime: z.string(), base64: z.string() });

export const evidenceVerifyResult = z.object({
  id: z.string(),
  match: z.boolean(),
  /** The hash recorded when the file was added. */
  recorded: z.string(),
  /** The hash of the bytes stored now. */
  computed: z.string(),
  sizeBytes: z.number().int(),
  at: z.string(),
});

export const custodyEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(CUSTODY_ACTIONS),
  /** The hash computed at a verification, the name given at an export, the fields edited. */
  detail: ns,
});
export type CustodyEvent = z.infer<typeof custodyEvent>;

/** `redacted` absent: the client's default (on for sensitive clients and high or critical risk). */
export const custodySheetInput = z.strictObject({ id, redacted: z.boolean().optional() });

export const custodySheet = z.object({
  redacted: z.boolean(),
  redactedByDefault: z.boolean(),
  /** The client's name, or their codename (or "Client A") on a redacted sheet. */
  clientLabel: z.string(),
  item: evidenceItem,
  incident: z.object({ date: z.string(), time: ns, place: ns, kind: z.enum(INCIDENT_KINDS) }),
  events: z.array(custodyEvent),
  /** When this sheet was made (UTC), and that day in Pakistan. */
  generatedAt: z.string(),
  printedOn: z.string(),
  generatedBy: z.string(),
});
export type CustodySheet = z.infer<typeof custodySheet>;

export const sheetRecordInput = z.strictObject({ id, redacted: z.boolean() });

/** `redacted` absent: the client's default. */
export const incidentLogInput = z.strictObject({ clientId: id, redacted: z.boolean().optional() });

/** The printed chronology of a client's incidents, for a protection petition or a commission. */
export const incidentLog = z.object({
  redacted: z.boolean(),
  redactedByDefault: z.boolean(),
  printedOn: z.string(),
  clientLabel: z.string(),
  riskLevel: z.enum(RISK_LEVELS),
  /** Oldest first: a chronology. Free text scrubbed of the client's identity when redacted. */
  incidents: z.array(incident),
  preparedBy: z.string(),
});
export type IncidentLog = z.infer<typeof incidentLog>;

const byId = z.strictObject({ id });

/** The incidents:* and evidence:* channels, spread into the contract. */
export const incidentContract = {
  'incidents:list': { input: z.strictObject({ clientId: id }), output: z.array(incident) },
  'incidents:get': { input: byId, output: incident },
  'incidents:for-case': { input: z.strictObject({ caseId: id }), output: z.array(incident) },
  'incidents:create': { input: incidentInput, output: incident },
  'incidents:update': { input: z.strictObject({ id, data: incidentInput }), output: incident },
  'incidents:delete': { input: byId, output: z.object({ id: z.string() }) },
  'incidents:log-report': { input: incidentLogInput, output: incidentLog },
  'evidence:add': { input: evidenceAddInput, output: evidenceItem },
  'evidence:update': { input: evidenceUpdateInput, output: evidenceItem },
  'evidence:file': { input: evidenceFileInput, output: evidenceFile },
  'evidence:verify': { input: byId, output: evidenceVerifyResult },
  'evidence:custody-sheet': { input: custodySheetInput, output: custodySheet },
  /** Logs that the sheet is being printed, and returns it with that event. */
  'evidence:record-print': { input: sheetRecordInput, output: custodySheet },
  'evidence:export-sheet-docx': { input: custodySheetInput, output: evidenceFile },
  'evidence:delete': { input: byId, output: z.object({ id: z.string() }) },
} as const;
