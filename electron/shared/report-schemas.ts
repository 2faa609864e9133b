import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import {
  BAIL_KINDS,
  BAIL_STATUSES,
  CASE_PARTY_ROLES,
  CASE_STATUSES,
  CASE_TYPES,
  CUSTODY_STATUSES,
  FORUM_TYPES,
  GENDERS,
  GUARDIAN_RELATIONS,
  HEARING_OUTCOMES,
  HRD_CATEGORIES,
  INVESTIGATING_AGENCIES,
  RISK_LEVELS,
  STATUTES,
} from './enums';
import { calendarDate, id } from './fields';

/* Schemas of the printed case summary, the client dossier and the caseload report. */

const ns = z.string().nullable();

/** How a caseload is broken down by law (issue 6): a case charged under several falls in each. */
export const LAW_GROUPS = [
  'peca',
  'ata',
  'blasphemy',
  'sedition_505',
  'mpo',
  'enforced_disappearance',
  'other',
] as const;
export type LawGroup = (typeof LAW_GROUPS)[number];

/** Days in custody, in the bands a funder's report uses. */
export const CUSTODY_BANDS = ['0-14', '15-30', '31-90', '91-180', '181-365', 'over-365'] as const;
export type CustodyBand = (typeof CUSTODY_BANDS)[number];

/** A bail petition's status, as a report counts it. */
export const BAIL_OUTCOMES = ['granted', 'dismissed', 'pending', 'withdrawn'] as const;
export type BailOutcome = (typeof BAIL_OUTCOMES)[number];

/** At most ten years in one report: enough for any annual or multi-year report, and a bounded table. */
const MAX_RANGE_DAYS = 3660;

// ---------- inputs ----------
/** `redacted` absent: the default for the clients concerned (on for high or critical risk and sensitive clients). */
export const summaryInput = z.strictObject({ caseId: id, redacted: z.boolean().optional() });
export const dossierInput = z.strictObject({ clientId: id, redacted: z.boolean().optional() });
export const caseloadInput = z
  .strictObject({ from: calendarDate, to: calendarDate, redacted: z.boolean().default(true) })
  .refine((r) => r.to >= r.from, { message: 'The period cannot end before it starts', path: ['to'] })
  .refine((r) => r.to < r.from || differenceInCalendarDays(parseISO(r.to), parseISO(r.from)) <= MAX_RANGE_DAYS, {
    message: 'At most ten years in one report',
    path: ['to'],
  });

// ---------- pieces ----------
/** A client as printed; when `withheld`, the name is the codename and every identifying field is null. */
export const reportPerson = z.object({
  clientId: z.string(),
  label: z.string(),
  nameUr: ns,
  role: z.enum(CASE_PARTY_ROLES).nullable(),
  withheld: z.boolean(),
  cnic: ns,
  phone: ns,
  address: ns,
  guardianRelation: z.enum(GUARDIAN_RELATIONS).nullable(),
  guardianName: ns,
  contactPerson: ns,
  category: z.enum(HRD_CATEGORIES),
  gender: z.enum(GENDERS),
  riskLevel: z.enum(RISK_LEVELS),
  sensitive: z.boolean(),
  district: ns,
});
export type ReportPerson = z.infer<typeof reportPerson>;

export const offenceLine = z.object({
  statute: z.enum(STATUTES),
  section: z.string(),
  /** "PECA s.26-A: false and fake information" */
  label: z.string(),
  words: ns,
  source: ns,
});
export type OffenceLine = z.infer<typeof offenceLine>;

export const hearingLine = z.object({
  date: z.string(),
  time: ns,
  forum: ns,
  bench: ns,
  purpose: z.string(),
  outcome: z.enum(HEARING_OUTCOMES).nullable(),
  shortOrder: ns,
});
export type HearingLine = z.infer<typeof hearingLine>;

export const deadlineLine = z.object({
  title: z.string(),
  dueDate: z.string(),
  dueTime: ns,
  /** Statute and section: "CrPC s.497(1) third proviso". */
  source: z.string(),
  overdue: z.boolean(),
});

export const bailLine = z.object({
  id: z.string(),
  kind: z.enum(BAIL_KINDS),
  party: ns,
  forum: ns,
  forumType: z.enum(FORUM_TYPES).nullable(),
  filingDate: ns,
  status: z.enum(BAIL_STATUSES),
  /** The date of the order deciding it, when a hearing or a bail-order event records one. */
  orderDate: ns,
  escalatedFromId: ns,
});
export type BailLine = z.infer<typeof bailLine>;

// ---------- case summary ----------
export const caseSummaryReport = z.object({
  caseId: z.string(),
  printedOn: z.string(),
  redacted: z.boolean(),
  redactedByDefault: z.boolean(),
  title: z.string(),
  caseType: z.enum(CASE_TYPES),
  status: z.enum(CASE_STATUSES),
  stage: ns,
  forum: ns,
  forumType: z.enum(FORUM_TYPES).nullable(),
  caseNumber: ns,
  fir: z.object({
    number: ns,
    date: ns,
    policeStation: ns,
    district: ns,
    agency: z.enum(INVESTIGATING_AGENCIES).nullable(),
  }),
  offences: z.array(offenceLine),
  parties: z.array(reportPerson),
  custody: z.object({
    status: z.enum(CUSTODY_STATUSES),
    arrestDate: ns,
    arrestTime: ns,
    releaseDate: ns,
    /** In custody: arrest to today; released or on bail: arrest to release; else null. */
    days: z.number().int().nullable(),
    capitalCharge: z.boolean(),
    nextMilestone: z.object({ title: z.string(), dueDate: z.string(), source: z.string() }).nullable(),
  }),
  /** The last three hearings with an outcome recorded, oldest first. */
  lastHearings: z.array(hearingLine),
  nextDate: hearingLine.nullable(),
  /** Past hearings still waiting for their outcome to be recorded. */
  unrecorded: z.number().int(),
  openDeadlines: z.array(deadlineLine),
  bail: z.array(bailLine),
  counsel: z.object({ team: z.array(z.string()), prosecutor: ns, opposingCounsel: ns }),
});
export type CaseSummaryReport = z.infer<typeof caseSummaryReport>;

// ---------- client dossier ----------
export const dossierCase = z.object({
  caseId: z.string(),
  title: z.string(),
  caseType: z.enum(CASE_TYPES),
  status: z.enum(CASE_STATUSES),
  role: z.enum(CASE_PARTY_ROLES),
  forum: ns,
  forumType: z.enum(FORUM_TYPES).nullable(),
  caseNumber: ns,
  firNumber: ns,
  firDate: ns,
  policeStation: ns,
  offences: z.array(offenceLine),
  stage: ns,
  custodyStatus: z.enum(CUSTODY_STATUSES),
  arrestDate: ns,
  daysInCustody: z.number().int().nullable(),
  lastHearing: hearingLine.nullable(),
  nextDate: hearingLine.nullable(),
  /** The latest petition of the case's bail ladder. */
  bail: bailLine.nullable(),
  openDeadlines: z.number().int(),
});
export type DossierCase = z.infer<typeof dossierCase>;

export const upcomingItem = z.object({
  date: z.string(),
  time: ns,
  kind: z.enum(['hearing', 'deadline']),
  caseId: z.string(),
  caseRef: z.string(),
  forum: ns,
  what: z.string(),
});
export type UpcomingItem = z.infer<typeof upcomingItem>;

export const clientDossier = z.object({
  clientId: z.string(),
  printedOn: z.string(),
  redacted: z.boolean(),
  redactedByDefault: z.boolean(),
  person: reportPerson,
  cases: z.array(dossierCase),
  /** Every case's next hearings and open deadlines from today, in one list by date. */
  upcoming: z.array(upcomingItem),
});
export type ClientDossier = z.infer<typeof clientDossier>;

// ---------- caseload report ----------
const count = z.number().int().min(0);

export const caseloadReport = z.object({
  from: z.string(),
  to: z.string(),
  /** The day custody is counted to: the period's end, or today if that is earlier. */
  asOf: z.string(),
  printedOn: z.string(),
  redacted: z.boolean(),
  totals: z.object({ cases: count, clients: count, hearings: count, bailPetitions: count, inCustody: count }),
  byLaw: z.array(z.object({ group: z.enum(LAW_GROUPS), cases: count })),
  byForum: z.array(z.object({ forum: ns, forumType: z.enum(FORUM_TYPES).nullable(), cases: count })),
  byStage: z.array(z.object({ stage: ns, cases: count })),
  byDistrict: z.array(z.object({ district: ns, cases: count })),
  bailByForum: z.array(
    z.object({
      forum: ns,
      forumType: z.enum(FORUM_TYPES).nullable(),
      granted: count,
      dismissed: count,
      pending: count,
      withdrawn: count,
      total: count,
    }),
  ),
  arrestToBail: z.object({
    median: z.number().nullable(),
    grants: count,
    min: z.number().int().nullable(),
    max: z.number().int().nullable(),
    /** Grants in scope left out: no order date recorded, or the case has no arrest date. */
    undated: count,
    noArrest: count,
    days: z.array(z.number().int()),
  }),
  custody: z.array(z.object({ client: z.string(), cases: z.string(), arrestDate: z.string(), days: count })),
  custodyBands: z.array(z.object({ band: z.enum(CUSTODY_BANDS), clients: count })),
  hearingsByMonth: z.array(z.object({ month: z.string(), hearings: count, adjourned: count })),
});
export type CaseloadReport = z.infer<typeof caseloadReport>;
