import { z } from 'zod';
import {
  CASE_PARTY_ROLES,
  CASE_STATUSES,
  CASE_TYPES,
  CUSTODY_STATUSES,
  DEADLINE_STATUSES,
  FORUM_TYPES,
  GENDERS,
  GUARDIAN_RELATIONS,
  HEARING_OUTCOMES,
  HRD_CATEGORIES,
  INVESTIGATING_AGENCIES,
  PROVINCES,
  RISK_LEVELS,
  STATUTES,
} from './enums';
import { calendarDate, cnic, id, nullableString as ns, optDate, optText, optTime, phone, text } from './fields';
import {
  agendaFilter,
  dateRange,
  diaryExtras,
  monthInput,
  icsExportInput,
  icsFile,
  lawyer,
  reminderNotice,
  reminderSettings,
  resolveClashInput,
  settingsShape,
} from './diary-schemas';
import {
  bailInput,
  bailPetition,
  caseEvent,
  caseEventInput,
  closure,
  closuresInput,
  dashboard,
  deadline,
  escalateInput,
  explanation,
  holiday,
  holidayInput,
  legalRule,
  ruleId,
  ruleInput,
  workingInput,
} from './deadline-schemas';
import {
  binaryFile,
  createDraftInput,
  draft,
  draftSummary,
  exportDocxInput,
  placeholderReport,
  regenerateInput,
  renderUserTemplateInput,
  saveDraftInput,
  templateSummary,
  userTemplateInput,
} from './petition-schemas';
import {
  caseloadInput,
  caseloadReport,
  caseSummaryReport,
  clientDossier,
  dossierInput,
  summaryInput,
} from './report-schemas';
import { searchRebuildResult, searchResult } from './search-schemas';
import { backupContract } from './backup-schemas';
import { auditEntry, auditListInput, auditVerifyResult, profile, profileInput } from './audit-schemas';
import { incidentContract } from './incident-schemas';
import { disappearanceContract } from './disappearance-schemas';
import { importContract } from './import-schemas';

/*
 * The IPC contract: every channel, its input and its output. The handler table in
 * electron/core/handlers must implement exactly these channels (checked at compile time),
 * main registers exactly these, and preload forwards only these.
 */

const empty = z.strictObject({});
const byId = z.strictObject({ id });

// ---------- vault ----------
const passphrase = z.string({ error: 'Required' }).min(1, 'Enter your passphrase').max(1024, 'At most 1024 characters');
const newPassphrase = z
  .string({ error: 'Required' })
  .min(12, 'Use at least 12 characters: a few unrelated words are easy to remember and hard to guess')
  .max(1024, 'At most 1024 characters');

export const vaultStatus = z.object({ state: z.enum(['new', 'locked', 'unlocked']) });

// ---------- reference data ----------
export const court = z.object({
  id: z.string(),
  name: z.string(),
  forumType: z.enum(FORUM_TYPES),
  city: ns,
  province: z.enum(PROVINCES).nullable(),
  parentId: ns,
  source: ns,
});
export const courtInput = z.strictObject({
  name: text(200),
  forumType: z.enum(FORUM_TYPES, { error: 'Choose a forum type' }),
  city: optText(100),
  province: z
    .enum(PROVINCES)
    .nullish()
    .transform((v) => v ?? null),
  parentId: id.nullish().transform((v) => v ?? null),
});

export const policeStation = z.object({
  id: z.string(),
  name: z.string(),
  district: z.string(),
  province: z.enum(PROVINCES).nullable(),
});
export const policeStationInput = z.strictObject({
  name: text(200),
  district: text(100),
  province: z
    .enum(PROVINCES)
    .nullish()
    .transform((v) => v ?? null),
});

// ---------- clients ----------
export const clientInput = z
  .strictObject({
    fullName: text(200),
    nameUr: optText(200),
    codename: optText(60),
    cnic,
    phone,
    category: z.enum(HRD_CATEGORIES, { error: 'Choose a category' }),
    district: optText(100),
    province: z
      .enum(PROVINCES)
      .nullish()
      .transform((v) => v ?? null),
    riskLevel: z.enum(RISK_LEVELS).default('medium'),
    contactPerson: optText(200),
    notes: optText(5000),
    sensitive: z.boolean().default(false),
    gender: z.enum(GENDERS).default('unknown'),
    guardianRelation: z
      .enum(GUARDIAN_RELATIONS)
      .nullish()
      .transform((v) => v ?? null),
    guardianName: optText(200),
    address: optText(500),
  })
  .superRefine((c, ctx) => {
    if (c.sensitive && !c.codename) {
      ctx.addIssue({
        code: 'custom',
        path: ['codename'],
        message: 'A sensitive client needs a codename for printouts and exports',
      });
    }
  });
export type ClientInput = z.input<typeof clientInput>;

export const client = z.object({
  id: z.string(),
  fullName: z.string(),
  nameUr: ns,
  codename: ns,
  cnic: ns,
  phone: ns,
  category: z.enum(HRD_CATEGORIES),
  district: ns,
  province: z.enum(PROVINCES).nullable(),
  riskLevel: z.enum(RISK_LEVELS),
  contactPerson: ns,
  notes: ns,
  sensitive: z.boolean(),
  gender: z.enum(GENDERS),
  guardianRelation: z.enum(GUARDIAN_RELATIONS).nullable(),
  guardianName: ns,
  address: ns,
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof client>;

/** The most a list window holds: a screen of rows many times over, a bounded answer however large the table. */
export const LIST_WINDOW_MAX = 500;
/** How many rows match, counted with the first window only (offset 0): a scroll does not count again. */
const listTotal = z.number().int().nullable();
/** Which rows of a list: `limit` rows from `offset`, in the list's own order. */
const listWindow = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(LIST_WINDOW_MAX).default(100),
};

/** A row of the clients list: what the list (and the case form's client picker) shows, and no more. */
export const clientListItem = client
  .pick({
    id: true,
    fullName: true,
    nameUr: true,
    codename: true,
    cnic: true,
    category: true,
    district: true,
    riskLevel: true,
    sensitive: true,
    archived: true,
  })
  .extend({ activeCases: z.number().int() });

// ---------- cases ----------
export const offenceInput = z.strictObject({
  statute: z.enum(STATUTES, { error: 'Choose a statute' }),
  section: text(30),
  note: optText(200),
});
export const offence = z.object({
  id: z.string(),
  statute: z.enum(STATUTES),
  section: z.string(),
  note: ns,
});

export const casePartyInput = z.strictObject({
  clientId: id,
  role: z.enum(CASE_PARTY_ROLES).default('accused'),
});

export const caseInput = z
  .strictObject({
    title: optText(300),
    caseType: z.enum(CASE_TYPES, { error: 'Choose a case type' }),
    stage: optText(200),
    status: z.enum(CASE_STATUSES).default('active'),
    parties: z.array(casePartyInput).min(1, 'Add at least one client').max(50),
    firNumber: optText(50),
    firDate: optDate,
    policeStationId: id.nullish().transform((v) => v ?? null),
    firDistrict: optText(100),
    investigatingAgency: z
      .enum(INVESTIGATING_AGENCIES)
      .nullish()
      .transform((v) => v ?? null),
    offences: z.array(offenceInput).max(40).default([]),
    forumId: id.nullish().transform((v) => v ?? null),
    caseNumber: optText(100),
    custodyStatus: z.enum(CUSTODY_STATUSES).default('unknown'),
    arrestDate: optDate,
    arrestTime: optTime,
    releaseDate: optDate,
    /** An offence charged is punishable with death (CrPC 497: statutory bail after two years). */
    capitalCharge: z.boolean().default(false),
    prosecutor: optText(200),
    opposingCounsel: optText(200),
    team: z.array(text(200)).max(20).default([]),
  })
  .superRefine((c, ctx) => {
    if (c.arrestDate && c.releaseDate && c.releaseDate < c.arrestDate) {
      ctx.addIssue({ code: 'custom', path: ['releaseDate'], message: 'Release cannot be before arrest' });
    }
    if (c.custodyStatus === 'in_custody' && !c.arrestDate) {
      ctx.addIssue({ code: 'custom', path: ['arrestDate'], message: 'Enter the date of arrest' });
    }
    const ids = c.parties.map((p) => p.clientId);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: 'A client is listed twice' });
    }
  });
export type CaseInput = z.input<typeof caseInput>;

export const caseParty = z.object({
  clientId: z.string(),
  role: z.enum(CASE_PARTY_ROLES),
  fullName: z.string(),
  codename: ns,
  sensitive: z.boolean(),
});

export const hearing = z.object({
  id: z.string(),
  caseId: z.string(),
  date: z.string(),
  time: ns,
  courtId: ns,
  courtName: ns,
  bench: ns,
  purpose: z.string(),
  outcome: z.enum(HEARING_OUTCOMES).nullable(),
  shortOrder: ns,
  nextDate: ns,
  nextHearingId: ns,
  bailPetitionId: ns,
});
export type Hearing = z.infer<typeof hearing>;

export const caseSummary = z.object({
  id: z.string(),
  title: z.string(),
  caseType: z.enum(CASE_TYPES),
  status: z.enum(CASE_STATUSES),
  caseNumber: ns,
  firNumber: ns,
  firDate: ns,
  forumName: ns,
  custodyStatus: z.enum(CUSTODY_STATUSES),
  parties: z.array(caseParty),
  offences: z.array(offence),
  nextHearingDate: ns,
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const note = z.object({
  id: z.string(),
  caseId: ns,
  clientId: ns,
  date: z.string(),
  body: z.string(),
  createdAt: z.string(),
});

export const caseDetail = caseSummary.extend({
  stage: ns,
  policeStationId: ns,
  policeStationName: ns,
  firDistrict: ns,
  investigatingAgency: z.enum(INVESTIGATING_AGENCIES).nullable(),
  forumId: ns,
  arrestDate: ns,
  arrestTime: ns,
  capitalCharge: z.boolean(),
  releaseDate: ns,
  prosecutor: ns,
  opposingCounsel: ns,
  team: z.array(z.string()),
  hearings: z.array(hearing),
  datedNotes: z.array(note),
  nextHearing: hearing.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const clientDetail = client.extend({
  cases: z.array(caseSummary.extend({ role: z.enum(CASE_PARTY_ROLES) })),
  /** Dated notes; `notes` is the client's standing free-text note. */
  datedNotes: z.array(note),
});

// ---------- hearings ----------
export const hearingInput = z.strictObject({
  caseId: id,
  date: calendarDate,
  time: optTime,
  courtId: id.nullish().transform((v) => v ?? null),
  bench: optText(200),
  purpose: text(200),
  /** The bail petition this hearing is for, if any (the bail tracker lists its hearings). */
  bailPetitionId: id.nullish().transform((v) => v ?? null),
});

export const recordOutcomeInput = z
  .strictObject({
    hearingId: id,
    outcome: z.enum(HEARING_OUTCOMES, { error: 'Choose the outcome' }),
    shortOrder: optText(2000),
    nextDate: optDate,
    nextTime: optTime,
    nextPurpose: optText(200),
  })
  .superRefine((o, ctx) => {
    if (o.outcome === 'disposed' && o.nextDate) {
      ctx.addIssue({ code: 'custom', path: ['nextDate'], message: 'A disposed case has no next date' });
    }
  });

export const agendaItem = hearing.extend({
  caseTitle: z.string(),
  caseNumber: ns,
  firNumber: ns,
  custodyStatus: z.enum(CUSTODY_STATUSES),
  parties: z.array(caseParty),
  ...diaryExtras,
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const monthGrid = z.object({
  /** Days with hearings: how many (after the filter) and how many of those clash. */
  days: z.array(z.object({ date: z.string(), total: z.number().int(), clashes: z.number().int() })),
  /** Each day's first hearings, in the agenda's order. */
  items: z.array(agendaItem),
});
export type MonthGrid = z.infer<typeof monthGrid>;

// ---------- notes, search, app ----------
export const uiLanguage = z.strictObject({ language: z.enum(['en', 'ur']), digits: z.enum(['western', 'urdu']) });
export const noteInput = z
  .strictObject({
    caseId: id.nullish().transform((v) => v ?? null),
    clientId: id.nullish().transform((v) => v ?? null),
    date: calendarDate,
    body: text(8000),
  })
  .refine((n) => (n.caseId === null) !== (n.clientId === null), {
    message: 'A note belongs to exactly one case or one client',
    path: ['caseId'],
  });

export const contract = {
  'app:info': { input: empty, output: z.object({ today: z.string(), version: z.string() }) },
  /** The interface language the window shows, so desktop notifications speak it too. */
  'app:set-language': { input: uiLanguage, output: uiLanguage },

  'vault:status': { input: empty, output: vaultStatus },
  'vault:create': { input: z.strictObject({ passphrase: newPassphrase }), output: vaultStatus },
  'vault:unlock': { input: z.strictObject({ passphrase }), output: vaultStatus },
  'vault:lock': { input: empty, output: vaultStatus },
  'vault:change-passphrase': {
    input: z.strictObject({ current: passphrase, next: newPassphrase }),
    output: vaultStatus,
  },

  'courts:list': { input: empty, output: z.array(court) },
  'courts:create': { input: courtInput, output: court },
  'police-stations:list': { input: empty, output: z.array(policeStation) },
  'police-stations:create': { input: policeStationInput, output: policeStation },

  'clients:list': {
    input: z.strictObject({ query: optText(100), includeArchived: z.boolean().default(false) }),
    output: z.array(clientListItem),
  },
  // One window of the list (the clients page and the client picker): never the whole table.
  'clients:page': {
    input: z.strictObject({ query: optText(100), includeArchived: z.boolean().default(false), ...listWindow }),
    output: z.object({ total: listTotal, rows: z.array(clientListItem) }),
  },
  'clients:get': { input: byId, output: clientDetail },
  'clients:create': { input: clientInput, output: client },
  'clients:update': { input: z.strictObject({ id, data: clientInput }), output: client },
  'clients:set-archived': { input: z.strictObject({ id, archived: z.boolean() }), output: client },

  'cases:list': {
    input: z.strictObject({ query: optText(100), status: z.enum(CASE_STATUSES).optional(), clientId: id.optional() }),
    output: z.array(caseSummary),
  },
  'cases:page': {
    input: z.strictObject({ query: optText(100), status: z.enum(CASE_STATUSES).optional(), ...listWindow }),
    output: z.object({ total: listTotal, rows: z.array(caseSummary) }),
  },
  'cases:get': { input: byId, output: caseDetail },
  'cases:create': { input: caseInput, output: caseDetail },
  'cases:update': { input: z.strictObject({ id, data: caseInput }), output: caseDetail },

  'hearings:create': { input: hearingInput, output: hearing },
  'hearings:update': { input: hearingInput.omit({ caseId: true }).extend({ id }), output: hearing },
  'hearings:record-outcome': {
    input: recordOutcomeInput,
    output: z.object({ hearing, next: hearing.nullable() }),
  },
  'hearings:agenda': { input: dateRange.safeExtend(agendaFilter), output: z.array(agendaItem) },
  /** The diary's month grid: counts per day and the first few hearings (issue 8: 8,000 a month). */
  'hearings:month': { input: monthInput, output: monthGrid },
  'hearings:unrecorded': { input: z.strictObject({ before: calendarDate }), output: z.array(agendaItem) },
  'hearings:resolve-clash': { input: resolveClashInput, output: hearing },

  'lawyers:list': { input: empty, output: z.array(lawyer) },
  'settings:get': { input: empty, output: settingsShape },
  'settings:update-reminders': { input: reminderSettings, output: settingsShape },
  'reminders:missed': { input: empty, output: z.array(reminderNotice) },
  'reminders:dismiss': { input: empty, output: z.array(reminderNotice) },
  'diary:export-ics': { input: icsExportInput, output: icsFile },

  'rules:list': { input: empty, output: z.array(legalRule) },
  'rules:save': { input: z.strictObject({ id: ruleId.optional(), data: ruleInput }), output: legalRule },
  'rules:export': { input: empty, output: icsFile },
  'rules:import': {
    input: z.strictObject({ content: z.string().min(2).max(2_000_000) }),
    output: z.object({ created: z.number(), updated: z.number() }),
  },
  'calendar:get': { input: empty, output: z.object({ closures: z.array(closure), holidays: z.array(holiday) }) },
  'calendar:set-closures': { input: closuresInput, output: z.array(closure) },
  'holidays:save': { input: z.strictObject({ id: id.optional(), data: holidayInput }), output: holiday },
  'holidays:delete': { input: byId, output: z.object({ id: z.string() }) },
  'events:create': { input: caseEventInput, output: caseEvent },
  'events:update': { input: z.strictObject({ id, data: caseEventInput }), output: caseEvent },
  'events:delete': { input: byId, output: z.object({ id: z.string() }) },
  'deadlines:for-case': {
    input: z.strictObject({ caseId: id }),
    output: z.object({ events: z.array(caseEvent), deadlines: z.array(deadline) }),
  },
  'deadlines:set-status': {
    input: z.strictObject({ id, status: z.enum(DEADLINE_STATUSES), note: optText(1000) }),
    output: deadline,
  },
  'deadlines:dashboard': { input: empty, output: dashboard },
  /** The working of one deadline, fetched when the lawyer opens it on the dashboard. */
  'deadlines:working': { input: workingInput, output: explanation },
  'bail:list': { input: z.strictObject({ caseId: id }), output: z.array(bailPetition) },
  'bail:save': { input: z.strictObject({ id: id.optional(), data: bailInput }), output: bailPetition },
  'bail:escalate': { input: escalateInput, output: bailPetition },

  'petitions:templates': {
    input: z.strictObject({ caseId: id, clientId: id.optional() }),
    output: z.array(templateSummary),
  },
  'petitions:create': { input: createDraftInput, output: draft },
  'petitions:list': { input: z.strictObject({ caseId: id }), output: z.array(draftSummary) },
  'petitions:get': { input: z.strictObject({ id, version: z.number().int().min(1).optional() }), output: draft },
  'petitions:save': { input: saveDraftInput, output: draft },
  'petitions:regenerate': { input: regenerateInput, output: draft },
  'petitions:export-docx': { input: exportDocxInput, output: binaryFile },
  'templates:inspect-docx': {
    input: z.strictObject({ base64: z.string().min(4).max(7_000_000) }),
    output: placeholderReport,
  },
  'templates:add-docx': { input: userTemplateInput, output: templateSummary.extend({ report: placeholderReport }) },
  'templates:render-docx': { input: renderUserTemplateInput, output: binaryFile },

  'notes:create': { input: noteInput, output: note },

  'reports:case-summary': { input: summaryInput, output: caseSummaryReport },
  'reports:client-dossier': { input: dossierInput, output: clientDossier },
  'reports:caseload': { input: caseloadInput, output: caseloadReport },

  'search:global': { input: z.strictObject({ query: text(100) }), output: searchResult },
  'search:rebuild': { input: empty, output: searchRebuildResult },

  ...backupContract,

  'audit:list': { input: auditListInput, output: z.array(auditEntry) },
  'audit:verify': { input: empty, output: auditVerifyResult },
  'profile:get': { input: empty, output: profile },
  'profile:update': { input: profileInput, output: profile },

  ...incidentContract,
  ...disappearanceContract,
  ...importContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.infer<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];
