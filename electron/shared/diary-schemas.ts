import { z } from 'zod';
import { CASE_TYPES, FORUM_TYPES, HEARING_OUTCOMES } from './enums';
import { calendarDate, id, optText, timeOfDay } from './fields';

/* Schemas of the hearing diary: filters, clashes, reminders and calendar export. */

export const lawyer = z.object({ id: z.string(), name: z.string() });

/** The hearing before this one in the same case: "last date" on a cause list. */
export const previousHearing = z.object({
  date: z.string(),
  outcome: z.enum(HEARING_OUTCOMES).nullable(),
  shortOrder: z.string().nullable(),
});

export const diaryExtras = {
  caseType: z.enum(CASE_TYPES),
  forumType: z.enum(FORUM_TYPES).nullable(),
  /** Who appears: the lawyer named for this hearing, else the case's lead lawyer. */
  lawyer: lawyer.nullable(),
  adjournmentSought: z.boolean(),
  clashNote: z.string().nullable(),
  previous: previousHearing.nullable(),
  /** Ids of hearings of the same lawyer that day in another forum (or the same forum at the same time). */
  clashesWith: z.array(z.string()),
};

/** A date range of at most about a year (a month view spans six weeks). */
export const dateRange = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, {
    message: 'Choose a range of at most a year',
    path: ['to'],
  });

export const agendaFilter = {
  lawyerId: id.optional(),
  forumType: z.enum(FORUM_TYPES).optional(),
  courtId: id.optional(),
};

export const resolveClashInput = z.strictObject({
  hearingId: id,
  /** Who will appear instead (a name; a new lawyer is added to the office list). Blank: the case's lead. */
  appearingLawyer: optText(200),
  adjournmentSought: z.boolean(),
  note: optText(500),
});

export const reminderSettings = z.strictObject({
  enabled: z.boolean(),
  /** The night-before list, Pakistan time. */
  nightBefore: timeOfDay,
  /** The morning list on the day itself. */
  morning: timeOfDay,
  /** Extra notice, in days, per kind of case (e.g. an appeal before the Supreme Court needs travel). */
  leadDays: z.partialRecord(z.enum(CASE_TYPES), z.number().int().min(2).max(14)),
});
export type ReminderSettings = z.infer<typeof reminderSettings>;

export const DEFAULT_REMINDERS: ReminderSettings = {
  enabled: true,
  nightBefore: '20:00',
  morning: '07:30',
  leadDays: { appeal: 3, constitutional_petition: 2 },
};

export const settingsShape = z.object({ reminders: reminderSettings });

export const REMINDER_KINDS = ['lead', 'night-before', 'morning'] as const;
export const reminderNotice = z.object({
  id: z.string(),
  kind: z.enum(REMINDER_KINDS),
  /** When it was due, as a UTC instant. */
  fireAt: z.string(),
  /** The court date it is about. */
  forDate: z.string(),
  hearingIds: z.array(z.string()),
  title: z.string(),
  body: z.string(),
});
export type ReminderNotice = z.infer<typeof reminderNotice>;

/** Either one case's hearings, or every hearing in a date range. */
export const icsExportInput = z
  .strictObject({ caseId: id.optional(), from: calendarDate.optional(), to: calendarDate.optional() })
  .refine((v) => (v.caseId ? !v.from && !v.to : Boolean(v.from && v.to && v.from <= v.to)), {
    message: 'Give a case, or a range with "from" not after "to"',
    path: ['to'],
  });
export const icsFile = z.object({ filename: z.string(), content: z.string() });

/** The month grid: each day's count and clashes, and its first few hearings in full. */
export const monthInput = dateRange.safeExtend({
  ...agendaFilter,
  /** How many of each day's hearings to send in full (the rest open with the day). */
  perDay: z.number().int().min(1).max(50).default(4),
});
