import { z } from 'zod';
import {
  BAIL_KINDS,
  BAIL_STATUSES,
  CASE_EVENT_KINDS,
  CASE_PARTY_ROLES,
  CUSTODY_STATUSES,
  DEADLINE_STATUSES,
  FORUM_TYPES,
  HOLIDAY_KINDS,
  JUDGMENT_RESULTS,
  PERIOD_UNITS,
  PROVINCES,
  RULE_CONFIDENCE,
  RULE_TRIGGERS,
  SENTENCE_BANDS,
} from './enums';
import { calendarDate, id, optDate, optText, optTime, text } from './fields';

/* Schemas of the deadline engine: rules, court calendars, case events, deadlines, bail petitions. */

const ns = z.string().nullable();
const nullableId = id.nullish().transform((v) => v ?? null);

// ---------- rules ----------
export const ruleConditions = z.strictObject({
  result: z.array(z.enum(JUDGMENT_RESULTS)).optional(),
  sentence: z.array(z.enum(SENTENCE_BANDS)).optional(),
  /** Forum types of the court whose judgment or order starts the period. */
  forumTypes: z.array(z.enum(FORUM_TYPES)).optional(),
  /** Only when an offence charged is (true) or is not (false) punishable with death. */
  capital: z.boolean().optional(),
  /** Only for an order deciding a writ petition. */
  writ: z.boolean().optional(),
  /** Only while the client is in custody (CrPC 497 third proviso: continuous detention). */
  inCustody: z.boolean().optional(),
});
export type RuleConditions = z.infer<typeof ruleConditions>;

/** Rule ids are readable slugs ("art155-appeal-hc") or uuids: the same for the app and rule packs. */
export const ruleId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9:-]+$/, 'Not a valid rule id: lower-case letters, digits, "-" and ":" only');

const ruleFields = {
  name: text(200),
  statute: text(100),
  section: text(100),
  trigger: z.enum(RULE_TRIGGERS),
  anchor: z.enum(['start', 'end']).default('start'),
  period: z.number().int().min(0).max(1000),
  unit: z.enum(PERIOD_UNITS),
  excludeTriggerDay: z.boolean().default(true),
  excludeCopyTime: z.boolean().default(false),
  rollForward: z.boolean().default(false),
  condonable: z.boolean().default(false),
  recurring: z.boolean().default(false),
  /** For a recurring rule: the interval after the first date (default: the period itself). */
  repeatEvery: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .nullish()
    .transform((v) => v ?? null),
  filingForumType: z
    .enum(FORUM_TYPES)
    .nullish()
    .transform((v) => v ?? null),
  conditions: ruleConditions.default({}),
  effectiveFrom: optDate,
  effectiveTo: optDate,
  source: text(1000),
  confidence: z.enum(RULE_CONFIDENCE),
  active: z.boolean(),
  notes: optText(2000),
};

const checkRule = (
  r: { effectiveFrom: string | null; effectiveTo: string | null; recurring: boolean; period: number },
  ctx: z.RefinementCtx,
) => {
  if (r.effectiveFrom && r.effectiveTo && r.effectiveTo < r.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Cannot end before it starts' });
  }
  if (r.recurring && r.period === 0) {
    ctx.addIssue({ code: 'custom', path: ['period'], message: 'A recurring period cannot be zero' });
  }
};

export const ruleInput = z.strictObject(ruleFields).superRefine(checkRule);
export type RuleInput = z.input<typeof ruleInput>;

export const legalRule = z.object({
  id: z.string(),
  name: z.string(),
  statute: z.string(),
  section: z.string(),
  trigger: z.enum(RULE_TRIGGERS),
  anchor: z.enum(['start', 'end']),
  period: z.number(),
  unit: z.enum(PERIOD_UNITS),
  excludeTriggerDay: z.boolean(),
  excludeCopyTime: z.boolean(),
  rollForward: z.boolean(),
  condonable: z.boolean(),
  recurring: z.boolean(),
  repeatEvery: z.number().nullable(),
  filingForumType: z.enum(FORUM_TYPES).nullable(),
  conditions: ruleConditions,
  effectiveFrom: ns,
  effectiveTo: ns,
  source: z.string(),
  confidence: z.enum(RULE_CONFIDENCE),
  active: z.boolean(),
  notes: ns,
  updatedAt: z.string(),
});
export type LegalRule = z.infer<typeof legalRule>;

/** A rule pack as exported: shareable between offices, imported by id. */
export const rulePack = z.strictObject({
  format: z.literal('muhafiz-rule-pack'),
  version: z.literal(1),
  exportedAt: z.string(),
  rules: z.array(z.strictObject({ id: ruleId, ...ruleFields }).superRefine(checkRule)).max(1000),
});

// ---------- court calendars ----------
export const closure = z.object({
  id: z.string(),
  courtId: ns,
  forumType: z.enum(FORUM_TYPES).nullable(),
  province: z.enum(PROVINCES).nullable(),
  weekday: z.number().int(),
  source: z.string(),
  confidence: z.enum(RULE_CONFIDENCE),
});
export const closuresInput = z
  .strictObject({
    courtId: nullableId,
    forumType: z
      .enum(FORUM_TYPES)
      .nullish()
      .transform((v) => v ?? null),
    province: z
      .enum(PROVINCES)
      .nullish()
      .transform((v) => v ?? null),
    weekdays: z.array(z.number().int().min(0).max(6)).max(7),
    source: text(1000),
  })
  .refine((c) => !(c.courtId && (c.forumType || c.province)), {
    message: 'A court, or a forum type and province: not both',
    path: ['courtId'],
  });

export const holiday = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
  dateFrom: z.string(),
  dateTo: z.string(),
  province: z.enum(PROVINCES).nullable(),
  forumType: z.enum(FORUM_TYPES).nullable(),
  courtId: ns,
  provisional: z.boolean(),
  source: z.string(),
});
export const holidayInput = z
  .strictObject({
    name: text(200),
    kind: z.enum(HOLIDAY_KINDS),
    dateFrom: calendarDate,
    dateTo: calendarDate,
    province: z
      .enum(PROVINCES)
      .nullish()
      .transform((v) => v ?? null),
    forumType: z
      .enum(FORUM_TYPES)
      .nullish()
      .transform((v) => v ?? null),
    courtId: nullableId,
    provisional: z.boolean().default(false),
    source: text(1000),
  })
  .refine((h) => h.dateTo >= h.dateFrom, { message: 'Cannot end before it starts', path: ['dateTo'] })
  .refine((h) => Date.parse(h.dateTo) - Date.parse(h.dateFrom) <= 120 * 86_400_000, {
    message: 'At most 120 days',
    path: ['dateTo'],
  });

// ---------- case events ----------
export const eventDetails = z.strictObject({
  result: z.enum(JUDGMENT_RESULTS).optional(),
  sentence: z.enum(SENTENCE_BANDS).optional(),
  writ: z.boolean().optional(),
  bailResult: z.enum(['granted', 'dismissed']).optional(),
});

const ENDS = ['police_remand', 'judicial_remand', 'ata_remand', 'protective_bail'];
const COPIES = ['copy_applied', 'copy_ready'];

export const caseEventInput = z
  .strictObject({
    caseId: id,
    kind: z.enum(CASE_EVENT_KINDS),
    date: calendarDate,
    time: optTime,
    endDate: optDate,
    courtId: nullableId,
    relatedEventId: nullableId,
    details: eventDetails.default({}),
    note: optText(2000),
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (ENDS.includes(e.kind) && !e.endDate) issue('endDate', 'Enter the date the order runs to');
    if (e.endDate && e.endDate < e.date) issue('endDate', 'Cannot be before the order');
    if (e.kind === 'judgment' && !e.details.result) issue('details.result', 'Choose what the judgment decided');
    if (e.kind === 'judgment' && e.details.result === 'conviction' && !e.details.sentence) {
      issue('details.sentence', 'Choose the sentence');
    }
    if (COPIES.includes(e.kind) && !e.relatedEventId) issue('relatedEventId', 'Choose the judgment this copy is of');
  });

export const caseEvent = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(CASE_EVENT_KINDS),
  date: z.string(),
  time: ns,
  endDate: ns,
  courtId: ns,
  courtName: ns,
  relatedEventId: ns,
  details: eventDetails,
  note: ns,
});
export type CaseEvent = z.infer<typeof caseEvent>;

// ---------- deadlines ----------
export const explanation = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  statute: z.string(),
  section: z.string(),
  source: z.string(),
  confidence: z.enum(RULE_CONFIDENCE),
  condonable: z.boolean(),
  trigger: z.object({ kind: z.string(), label: z.string(), date: z.string(), time: ns }),
  period: z.string(),
  steps: z.array(z.string()),
  excluded: z.array(z.object({ from: z.string(), to: z.string(), days: z.number(), reason: z.string() })),
  skipped: z.array(z.object({ date: z.string(), reason: z.string() })),
  unrolledDate: z.string(),
  dueDate: z.string(),
  dueTime: ns,
  warnings: z.array(z.string()),
});
export type Explanation = z.infer<typeof explanation>;

const deadlineFields = {
  id: z.string(),
  caseId: z.string(),
  ruleId: z.string(),
  title: z.string(),
  occurrence: z.number(),
  dueDate: z.string(),
  dueTime: ns,
  status: z.enum(DEADLINE_STATUSES),
  statusNote: ns,
  obsolete: z.boolean(),
};

export const deadline = z.object({ ...deadlineFields, explanation });
export type Deadline = z.infer<typeof deadline>;

/**
 * A deadline as a long list shows it: the statute and section of its working, not the working itself
 * (issue 8: parsing a thousand workings made the dashboard slow). deadlines:working gives the working
 * of one deadline when the lawyer opens it.
 */
export const deadlineSummary = z.object({ ...deadlineFields, statute: z.string(), section: z.string() });
export type DeadlineSummary = z.infer<typeof deadlineSummary>;

export const workingInput = z.strictObject({ id });

const party = z.object({
  clientId: z.string(),
  role: z.enum(CASE_PARTY_ROLES),
  fullName: z.string(),
  codename: ns,
  sensitive: z.boolean(),
});

export const dashboardDeadline = deadlineSummary.extend({
  caseTitle: z.string(),
  caseNumber: ns,
  parties: z.array(party),
});
export type DashboardDeadline = z.infer<typeof dashboardDeadline>;

export const custodyItem = z.object({
  caseId: z.string(),
  caseTitle: z.string(),
  caseNumber: ns,
  custodyStatus: z.enum(CUSTODY_STATUSES),
  parties: z.array(party),
  arrestDate: z.string(),
  daysInCustody: z.number(),
  next: z.object({ title: z.string(), dueDate: z.string() }).nullable(),
});
export type CustodyItem = z.infer<typeof custodyItem>;

export const dashboard = z.object({
  today: z.string(),
  overdue: z.array(dashboardDeadline),
  dueToday: z.array(dashboardDeadline),
  next7: z.array(dashboardDeadline),
  next30: z.array(dashboardDeadline),
  custody: z.array(custodyItem),
});

// ---------- bail petitions ----------
export const bailInput = z.strictObject({
  caseId: id,
  clientId: nullableId,
  kind: z.enum(BAIL_KINDS),
  forumId: nullableId,
  filingDate: optDate,
  status: z.enum(BAIL_STATUSES).default('drafted'),
  surety: optText(500),
  bondAmount: z
    .number()
    .int()
    .min(0)
    .max(1_000_000_000)
    .nullish()
    .transform((v) => v ?? null),
  conditions: optText(2000),
  notes: optText(4000),
});

export const bailPetition = z.object({
  id: z.string(),
  caseId: z.string(),
  clientId: ns,
  clientName: ns,
  kind: z.enum(BAIL_KINDS),
  forumId: ns,
  forumName: ns,
  forumType: z.enum(FORUM_TYPES).nullable(),
  filingDate: ns,
  status: z.enum(BAIL_STATUSES),
  surety: ns,
  bondAmount: z.number().nullable(),
  conditions: ns,
  notes: ns,
  escalatedFromId: ns,
  hearingIds: z.array(z.string()),
  createdAt: z.string(),
});
export type BailPetition = z.infer<typeof bailPetition>;

export const escalateInput = z.strictObject({ id, forumId: id, filingDate: optDate });
