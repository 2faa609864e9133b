import { z } from 'zod';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  DISAPPEARANCE_OUTCOMES,
  ENTRY_KINDS,
  LINK_ROLES,
  ORDER_STATUSES,
  RECIPIENTS,
} from './disappearance-enums';
import { CASE_STATUSES, CASE_TYPES, GENDERS, HRD_CATEGORIES } from './enums';
import { calendarDate, id, optDate, optText, optTime, phone, text } from './fields';
import { deadline } from './deadline-schemas';
import { draft } from './petition-schemas';

/* Schemas of the enforced-disappearance track and of appeals drafted from it (issue 10, part B). */

const ns = z.string().nullable();

export const disappearanceInput = z
  .strictObject({
    clientId: id,
    lastSeenDate: calendarDate,
    lastSeenTime: optTime,
    lastSeenPlace: optText(300),
    lastSeenDistrict: optText(100),
    lastSeenWith: optText(500),
    takenBy: optText(2000),
    familyContactName: optText(200),
    familyContactRelation: optText(100),
    familyContactPhone: phone,
    outcome: z.enum(DISAPPEARANCE_OUTCOMES).default('still_missing'),
    outcomeDate: optDate,
    outcomeNote: optText(2000),
  })
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (d.outcome !== 'still_missing' && !d.outcomeDate) issue('outcomeDate', 'Enter the date of the outcome');
    if (d.outcome === 'still_missing' && d.outcomeDate)
      issue('outcomeDate', 'A person still missing has no outcome date');
    if (d.outcomeDate && d.outcomeDate < d.lastSeenDate) issue('outcomeDate', 'Cannot be before the date last seen');
  });
export type DisappearanceInput = z.input<typeof disappearanceInput>;

export const entryInput = z.strictObject({
  recordId: id,
  kind: z.enum(ENTRY_KINDS, { error: 'Choose what this entry is' }),
  date: calendarDate,
  reference: optText(200),
  person: optText(200),
  note: optText(4000),
});

export const orderInput = z
  .strictObject({
    recordId: id,
    /** The linked case the order is made in (the habeas petition, the Commission complaint). */
    caseId: id,
    court: text(200),
    orderedOn: calendarDate,
    produceBy: calendarDate,
    status: z.enum(ORDER_STATUSES).default('pending'),
    obeyedOn: optDate,
    note: optText(2000),
  })
  .superRefine((o, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (o.produceBy < o.orderedOn) issue('produceBy', 'Cannot be before the order');
    if (o.status === 'obeyed' && !o.obeyedOn) issue('obeyedOn', 'Enter the date the person was produced');
    if (o.status !== 'obeyed' && o.obeyedOn) issue('obeyedOn', 'Only an obeyed order has a date of production');
    if (o.obeyedOn && o.obeyedOn < o.orderedOn) issue('obeyedOn', 'Cannot be before the order');
  });

export const consentInput = z
  .strictObject({
    clientId: id,
    recipient: z.enum(RECIPIENTS, { error: 'Choose the recipient' }),
    organisation: optText(200),
    givenBy: z.enum(CONSENT_GIVERS, { error: 'Choose who consented' }),
    givenByName: optText(200),
    date: calendarDate,
    method: z.enum(CONSENT_METHODS, { error: 'Choose how consent was given' }),
    note: optText(2000),
    withdrawnOn: optDate,
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (c.recipient === 'organisation' && !c.organisation) issue('organisation', 'Name the organisation');
    if (c.recipient !== 'organisation' && c.organisation) issue('organisation', 'Only for an organisation');
    if (c.givenBy === 'family_member' && !c.givenByName) issue('givenByName', 'Name the family member who consented');
    if (c.withdrawnOn && c.withdrawnOn < c.date) issue('withdrawnOn', 'Cannot be before the consent');
  });

export const consent = z.object({
  id: z.string(),
  clientId: z.string(),
  recipient: z.enum(RECIPIENTS),
  organisation: ns,
  givenBy: z.enum(CONSENT_GIVERS),
  givenByName: ns,
  date: z.string(),
  method: z.enum(CONSENT_METHODS),
  note: ns,
  withdrawnOn: ns,
});
export type Consent = z.infer<typeof consent>;

export const linkedCase = z.object({
  caseId: z.string(),
  role: z.enum(LINK_ROLES),
  title: z.string(),
  caseType: z.enum(CASE_TYPES),
  status: z.enum(CASE_STATUSES),
  caseNumber: ns,
  forumName: ns,
  nextHearingDate: ns,
  nextHearingPurpose: ns,
});

export const entry = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  date: z.string(),
  reference: ns,
  person: ns,
  note: ns,
});

export const productionOrder = z.object({
  id: z.string(),
  caseId: z.string(),
  caseTitle: z.string(),
  court: z.string(),
  orderedOn: z.string(),
  produceBy: z.string(),
  status: z.enum(ORDER_STATUSES),
  obeyedOn: ns,
  note: ns,
  deadline: deadline.nullable(),
});

export const appealSummary = z.object({
  draftId: z.string(),
  caseId: z.string(),
  title: z.string(),
  recipient: z.enum(RECIPIENTS),
  organisation: ns,
  anonymised: z.boolean(),
  updatedAt: z.string(),
});

export const disappearanceSummary = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  codename: ns,
  lastSeenDate: z.string(),
  outcome: z.enum(DISAPPEARANCE_OUTCOMES),
  outcomeDate: ns,
  daysMissing: z.number().int(),
});

export const disappearanceDetail = disappearanceSummary.extend({
  lastSeenTime: ns,
  lastSeenPlace: ns,
  lastSeenDistrict: ns,
  lastSeenWith: ns,
  takenBy: ns,
  familyContactName: ns,
  familyContactRelation: ns,
  familyContactPhone: ns,
  outcomeNote: ns,
  client: z.object({
    fullName: z.string(),
    category: z.enum(HRD_CATEGORIES),
    gender: z.enum(GENDERS),
    district: ns,
    sensitive: z.boolean(),
  }),
  today: z.string(),
  cases: z.array(linkedCase),
  entries: z.array(entry),
  orders: z.array(productionOrder),
  consents: z.array(consent),
  appeals: z.array(appealSummary),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DisappearanceDetail = z.infer<typeof disappearanceDetail>;

export const appealInput = z
  .strictObject({
    recordId: id,
    recipient: z.enum(RECIPIENTS, { error: 'Choose the recipient' }),
    organisation: optText(200),
    author: optText(200),
  })
  .superRefine((a, ctx) => {
    if (a.recipient === 'organisation' && !a.organisation) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'Name the organisation' });
    }
  });

/** What the editor says about an appeal draft before export: whether identity was withheld, and why. */
export const appealInfo = z.object({
  draftId: z.string(),
  recordId: z.string(),
  recipient: z.enum(RECIPIENTS),
  organisation: ns,
  /** Whether the draft, as last generated, withholds the identity. */
  anonymised: z.boolean(),
  /** Whether consent is in force today (it may have been given or withdrawn since: regenerate). */
  consentNow: z.boolean(),
  /** The consent that allows naming the client, when there is one. */
  consent: consent.nullable(),
  /** What an anonymised draft leaves out (labels). */
  withheld: z.array(z.string()),
  /** Identifying details found in the text of an anonymised draft as it is now (typed in since). */
  found: z.array(z.string()),
});

/** The habeas petition or the Commission complaint, opened in the diary from the record (the client as detenu). */
export const createLinkedCaseInput = z.strictObject({
  recordId: id,
  role: z.enum(['habeas', 'commission'], { error: 'Choose the habeas petition or the Commission complaint' }),
  title: optText(300),
  forumId: id.nullish().transform((v) => v ?? null),
  caseNumber: optText(100),
});

const byId = z.strictObject({ id });
const recordDetail = { output: disappearanceDetail } as const;

export const disappearanceContract = {
  'disappearances:list': {
    /** A client's records, or the records a case is linked to (the habeas case page shows its record). */
    input: z.strictObject({ clientId: id.optional(), caseId: id.optional() }),
    output: z.array(disappearanceSummary),
  },
  'disappearances:get': { input: byId, ...recordDetail },
  'disappearances:save': { input: z.strictObject({ id: id.optional(), data: disappearanceInput }), ...recordDetail },
  'disappearances:link-case': {
    input: z.strictObject({ recordId: id, caseId: id, role: z.enum(LINK_ROLES) }),
    ...recordDetail,
  },
  'disappearances:create-case': { input: createLinkedCaseInput, ...recordDetail },
  'disappearances:unlink-case': { input: z.strictObject({ recordId: id, caseId: id }), ...recordDetail },
  'disappearances:save-entry': { input: z.strictObject({ id: id.optional(), data: entryInput }), ...recordDetail },
  'disappearances:delete-entry': { input: byId, ...recordDetail },
  'disappearances:save-order': { input: z.strictObject({ id: id.optional(), data: orderInput }), ...recordDetail },
  /**
   * Deletes a record opened by mistake with its entries, orders (and their deadlines) and case links;
   * the cases stay in the diary. Appeals drafted from it are deleted only when `deleteAppeals` says so.
   */
  'disappearances:delete': {
    input: z.strictObject({ id, deleteAppeals: z.boolean().optional() }),
    output: z.object({ id: z.string() }),
  },
  'consents:list': { input: z.strictObject({ clientId: id }), output: z.array(consent) },
  'consents:save': { input: z.strictObject({ id: id.optional(), data: consentInput }), output: consent },
  'appeals:create': { input: appealInput, output: draft },
  'appeals:info': { input: z.strictObject({ draftId: id }), output: appealInfo.nullable() },
} as const;
