import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCourtCalendar } from '../../electron/core/repos/calendar';
import { listRules } from '../../electron/core/repos/rules';
import {
  closedReason,
  vacationOn,
  weekdayOf,
  type CourtCalendar,
  type HolidayRow,
} from '../../electron/core/services/court-calendar';
import { computeDeadlines, filingForum, type Computed } from '../../electron/core/services/deadline-engine';
import type { CaseFacts } from '../../electron/core/services/deadline-triggers';
import type { LegalRule } from '../../electron/shared/deadline-schemas';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { copyOf, event, facts, FORUMS, judgment, variant } from '../support/court-facts';

/*
 * The deadline engine, pure: hand-made case facts, the rules and court calendars exactly as a
 * fresh database seeds them (pakistan-law.md §2-§4), and a fixed today (Friday 27 November 2026).
 * Every expected date is worked out by hand in the row's comment, the way a lawyer would check it:
 * days are counted from the day after the trigger (Limitation Act s.12(1)); months and years land
 * on the same day of the month, or the month's last day when it has no such day; a last day on
 * which the filing court is closed moves to the next day it sits (s.4); vacations never do.
 * Weekdays: 2026-11-27 is a Friday.
 */

let app: TestApp;
let RULES: LegalRule[];
let CAL: CourtCalendar;
const TODAY = '2026-11-27';

beforeAll(async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  RULES = listRules(app.vault.db);
  CAL = loadCourtCalendar(app.vault.db);
});
afterAll(() => app?.cleanup());

const rule = (id: string): LegalRule => {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no seeded rule ${id}`);
  return found;
};

type Opts = { rules?: LegalRule[]; cal?: CourtCalendar; today?: string };
const run = (f: CaseFacts, o: Opts = {}): Computed[] =>
  computeDeadlines(f, o.rules ?? RULES, o.cal ?? CAL, o.today ?? TODAY);
const of = (f: CaseFacts, ruleId: string, o: Opts = {}): Computed[] => run(f, o).filter((c) => c.ruleId === ruleId);
const one = (f: CaseFacts, ruleId: string, o: Opts = {}): Computed => {
  const found = of(f, ruleId, o);
  expect(
    found.map((c) => c.dueDate),
    ruleId,
  ).toHaveLength(1);
  return found[0] as Computed;
};
const dates = (cs: Computed[]) => cs.map((c) => c.dueDate);

/** The seeded calendar plus a holiday (e.g. a vacation the seed does not have for 2026). */
const withHoliday = (...extra: HolidayRow[]): CourtCalendar => ({ ...CAL, holidays: [...CAL.holidays, ...extra] });
const holidayRow = (over: Partial<HolidayRow> & Pick<HolidayRow, 'name' | 'dateFrom'>): HolidayRow => ({
  kind: 'gazetted',
  dateTo: over.dateFrom,
  courtId: null,
  forumType: null,
  province: null,
  provisional: false,
  ...over,
});
/** Dates invented for the test: the seed holds the LHC's 2025 vacation, not 2026's. */
const LHC_SUMMER_2026 = holidayRow({
  name: 'LHC summer vacation 2026',
  kind: 'vacation',
  dateFrom: '2026-07-06',
  dateTo: '2026-09-05',
  courtId: 'seed:lhc',
});

const { sessionsLahore, magistrateLahore, atcRawalpindi, lhc, lhcRawalpindi, ihc } = FORUMS;

/** A conviction by the Sessions Judge, Lahore. */
const convicted = (date: string, sentence: 'up_to_3y' | 'over_3y_to_7y' | 'over_7y' | 'life' | 'death', more = {}) =>
  judgment(date, sessionsLahore, { result: 'conviction', sentence }, more);
const acquitted = (date: string) => judgment(date, sessionsLahore, { result: 'acquittal' });

type Row = {
  name: string;
  rule: string;
  facts: () => CaseFacts;
  due: string;
  time?: string;
  unrolled?: string;
  /** Every closed day skipped, in order. */
  skipped?: string[];
  skippedReason?: RegExp;
  excludedDays?: number;
  warning?: RegExp;
  noWarning?: RegExp;
  cal?: () => CourtCalendar;
  today?: string;
};

const arrestedAt = (date: string, time: string | null) => facts({ arrestDate: date, arrestTime: time });
const conviction = (date: string, sentence: Parameters<typeof convicted>[1], copy?: [string, string | null]) => {
  const j = convicted(date, sentence);
  return facts({ events: [j, ...(copy ? copyOf(j, copy[0], copy[1]) : [])] });
};
const magistrateConviction = (date: string) =>
  facts({ events: [judgment(date, magistrateLahore, { result: 'conviction', sentence: 'up_to_3y' })] });
const lhcOrder = (date: string, writ = false, court = lhc) =>
  judgment(date, court, writ ? { result: 'order', writ: true } : { result: 'order' });

const ROWS: Row[] = [
  // ---- production before a magistrate: 24 hours on the clock ----
  {
    // Thu 26 Nov 2026 10:15 + 24 h = Fri 27 Nov 2026 10:15.
    name: 'production: arrested Thu 26 Nov 2026 at 10:15, produce by Fri 27 Nov at 10:15',
    rule: 'production-24h',
    facts: () => arrestedAt('2026-11-26', '10:15'),
    due: '2026-11-27',
    time: '10:15',
    noWarning: /Time not recorded/,
  },
  {
    // Thu 31 Dec 2026 23:30 + 24 h = Fri 1 Jan 2027 23:30: across midnight and the year end.
    name: 'production: arrested at 23:30 on New Year’s Eve, produce by 23:30 on 1 Jan 2027',
    rule: 'production-24h',
    facts: () => arrestedAt('2026-12-31', '23:30'),
    due: '2027-01-01',
    time: '23:30',
  },
  {
    // No time recorded: counted from 00:00 of Thu 26 Nov, the earliest it can be: Fri 27 Nov 00:00.
    name: 'production: arrest time unknown, counted from the start of the day, with a warning',
    rule: 'production-24h',
    facts: () => arrestedAt('2026-11-26', null),
    due: '2026-11-27',
    time: '00:00',
    warning: /Time not recorded/,
  },
  // ---- remand ----
  {
    // The order of Sun 4 Oct 2026 remands to police custody until Thu 8 Oct: produce on 8 Oct.
    name: 'police remand ends on the date in the order',
    rule: 'police-remand-ends',
    facts: () => facts({ events: [event('police_remand', '2026-10-04', { endDate: '2026-10-08' })] }),
    due: '2026-10-08',
  },
  {
    // 15 days from the first order of Sun 4 Oct 2026: 4 Oct + 15 = Mon 19 Oct.
    name: 'police remand: 15 days in the whole from the first order',
    rule: 'police-remand-cap',
    facts: () => facts({ events: [event('police_remand', '2026-10-04', { endDate: '2026-10-08' })] }),
    due: '2026-10-19',
  },
  {
    // Judicial remand of Mon 19 Oct 2026 to Mon 2 Nov (14 days at a time under s.344).
    name: 'judicial remand ends on the date in the order',
    rule: 'judicial-remand-ends',
    facts: () => facts({ events: [event('judicial_remand', '2026-10-19', { endDate: '2026-11-02' })] }),
    due: '2026-11-02',
  },
  {
    // ATC remand of Sat 15 Aug 2026 to Sun 13 Sep: a custody date, not a filing date, so no roll.
    name: 'ATA remand ends on the date in the order (a Sunday stays a Sunday)',
    rule: 'ata-remand-ends',
    facts: () =>
      facts({ events: [event('ata_remand', '2026-08-15', { endDate: '2026-09-13', court: atcRawalpindi })] }),
    due: '2026-09-13',
    skipped: [],
  },
  {
    // At most 30 days at one time: 15 Aug + 30 = 14 Sep 2026 (16 days to 31 Aug, 14 more).
    name: 'ATA remand: at most 30 days at one time',
    rule: 'ata-remand-max',
    facts: () =>
      facts({ events: [event('ata_remand', '2026-08-15', { endDate: '2026-09-13', court: atcRawalpindi })] }),
    due: '2026-09-14',
  },
  // ---- challan ----
  {
    // FIR Fri 2 Oct 2026 + 14 = Fri 16 Oct.
    name: 'challan: investigation to be complete 14 days from the FIR',
    rule: 'challan-14',
    facts: () => facts({ firDate: '2026-10-02' }),
    due: '2026-10-16',
  },
  {
    // FIR Fri 2 Oct 2026 + 17 = Mon 19 Oct (14 days, then 3 for the interim report).
    name: 'challan: interim report on day 17 from the FIR',
    rule: 'challan-17',
    facts: () => facts({ firDate: '2026-10-02' }),
    due: '2026-10-19',
  },
  // ---- CrPC 426(1-A) ----
  {
    // Convicted Thu 1 Oct 2026, up to 3 years: + 6 months = Thu 1 Apr 2027.
    name: '426(1-A): sentence up to 3 years, 6 months from conviction',
    rule: 's426-6m',
    facts: () => conviction('2026-10-01', 'up_to_3y'),
    due: '2027-04-01',
  },
  {
    // Over 3 and up to 7 years: + 1 year = Fri 1 Oct 2027.
    name: '426(1-A): sentence over 3 and up to 7 years, 1 year from conviction',
    rule: 's426-1y',
    facts: () => conviction('2026-10-01', 'over_3y_to_7y'),
    due: '2027-10-01',
  },
  {
    // Over 7 years: + 2 years = Sun 1 Oct 2028 (a date the right ripens, not one to roll).
    name: '426(1-A): sentence over 7 years, 2 years from conviction',
    rule: 's426-2y',
    facts: () => conviction('2026-10-01', 'over_7y'),
    due: '2028-10-01',
  },
  {
    // Imprisonment for life: the same 2-year band.
    name: '426(1-A): imprisonment for life, 2 years from conviction',
    rule: 's426-2y',
    facts: () => conviction('2026-10-01', 'life'),
    due: '2028-10-01',
  },
  {
    // Convicted Tue 31 Aug 2027 + 6 months = 29 Feb 2028 (a leap year: February has a 29th).
    name: '426(1-A): 6 months from 31 August 2027 is 29 February 2028',
    rule: 's426-6m',
    facts: () => conviction('2027-08-31', 'up_to_3y'),
    due: '2028-02-29',
  },
  {
    // Convicted Mon 31 Aug 2026 + 6 months = 28 Feb 2027 (no 29th, 30th or 31st in February 2027).
    name: '426(1-A): 6 months from 31 August 2026 is 28 February 2027',
    rule: 's426-6m',
    facts: () => conviction('2026-08-31', 'up_to_3y'),
    due: '2027-02-28',
  },
  // ---- Art. 155: Sessions conviction → High Court, 60 days ----
  {
    // Judgment Thu 1 Oct 2026 + 60 = Mon 30 Nov; copy applied Sat 3 Oct, ready Tue 13 Oct:
    // 10 days excluded (s.12(2), (5)): 30 Nov + 10 = Thu 10 Dec 2026, an LHC working day.
    name: 'Art. 155: 60 days plus the 10 days the certified copy took',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-10-01', 'over_3y_to_7y', ['2026-10-03', '2026-10-13']),
    due: '2026-12-10',
    excludedDays: 10,
    noWarning: /copy/i,
  },
  {
    // Same judgment, no copy application recorded: 1 Oct + 60 = Mon 30 Nov, with a warning.
    name: 'Art. 155: no copy application recorded, no time excluded, and a warning',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-10-01', 'over_3y_to_7y'),
    due: '2026-11-30',
    excludedDays: 0,
    warning: /No copy application recorded/,
  },
  {
    // Applied for on 3 Oct but not yet ready: still 30 Nov until the ready date is recorded.
    name: 'Art. 155: copy applied for but not ready, no time excluded yet, and a warning',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-10-01', 'over_3y_to_7y', ['2026-10-03', null]),
    due: '2026-11-30',
    excludedDays: 0,
    warning: /not yet ready/,
  },
  {
    // Judgment Wed 30 Sep 2026 + 60 = Sun 29 Nov; the LHC does not sit on Sunday: Mon 30 Nov.
    name: 'Art. 155: last day a Sunday, filed on Monday',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-09-30', 'up_to_3y'),
    due: '2026-11-30',
    unrolled: '2026-11-29',
    skipped: ['2026-11-29'],
    skippedReason: /Sunday/,
  },
  {
    // Judgment Tue 29 Sep + 60 = Sat 28 Nov; the LHC does not sit on Saturday or Sunday: Mon 30 Nov.
    name: 'Art. 155: last day a Saturday, the High Court’s off day too, filed on Monday',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-09-29', 'up_to_3y'),
    due: '2026-11-30',
    skipped: ['2026-11-28', '2026-11-29'],
  },
  {
    // Judgment Thu 10 Sep + 60 = Mon 9 Nov 2026, Iqbal Day: Tue 10 Nov.
    name: 'Art. 155: last day on Iqbal Day (Mon 9 Nov 2026), filed on Tuesday',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-09-10', 'over_7y'),
    due: '2026-11-10',
    skipped: ['2026-11-09'],
    skippedReason: /Iqbal Day/,
  },
  {
    // Judgment Tue 8 Sep + 60 = Sat 7 Nov; Sat, Sun, then Iqbal Day on Mon 9 Nov: Tue 10 Nov.
    name: 'Art. 155: a weekend running into Iqbal Day, filed on Tuesday',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-09-08', 'life'),
    due: '2026-11-10',
    skipped: ['2026-11-07', '2026-11-08', '2026-11-09'],
  },
  {
    // Judgment Mon 26 Oct + 60 = Fri 25 Dec 2026 (Quaid-e-Azam Day), then Sat and Sun: Mon 28 Dec.
    name: 'Art. 155: last day on Quaid-e-Azam Day (Fri 25 Dec 2026), filed on Monday 28 Dec',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-10-26', 'up_to_3y'),
    due: '2026-12-28',
    skipped: ['2026-12-25', '2026-12-26', '2026-12-27'],
    skippedReason: /Quaid-e-Azam Day/,
  },
  {
    // Judgment Sat 28 Mar 2026 + 60 = Wed 27 May: Eid-ul-Azha 27-29 May (Youm-e-Takbeer 28 May
    // inside it), then Sat 30 and Sun 31 May: Mon 1 Jun 2026.
    name: 'Art. 155: last day on the first day of a three-day Eid, filed after the Eid and the weekend',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-03-28', 'over_3y_to_7y'),
    due: '2026-06-01',
    skipped: ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30', '2026-05-31'],
    skippedReason: /Eid-ul-Azha/,
  },
  {
    // Judgment Sat 16 May 2026 + 60 = Wed 15 Jul, inside the LHC summer vacation: not extended.
    name: 'Art. 155: last day inside the High Court vacation is not extended, with a warning',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-05-16', 'up_to_3y'),
    cal: () => withHoliday(LHC_SUMMER_2026),
    due: '2026-07-15',
    skipped: [],
    warning: /LHC summer vacation 2026: vacations do not extend the period/,
  },
  {
    // Judgment Wed 20 May 2026 + 60 = Sun 19 Jul, in the vacation: the Sunday still moves it to
    // Mon 20 Jul, the vacation does not move it further.
    name: 'Art. 155: a Sunday inside the vacation rolls to Monday, not to the end of the vacation',
    rule: 'art155-appeal-hc',
    facts: () => conviction('2026-05-20', 'up_to_3y'),
    cal: () => withHoliday(LHC_SUMMER_2026),
    due: '2026-07-20',
    skipped: ['2026-07-19'],
    warning: /vacation/,
  },
  // ---- Art. 154: magistrate conviction → Sessions, 30 days ----
  {
    // Convicted Thu 19 Feb 2026 + 30 = Sat 21 Mar (February 2026 has 28 days): Eid-ul-Fitr 21-23
    // Mar, Sun 22 Mar the weekly off day as well: the Sessions Court sits again on Tue 24 Mar.
    name: 'Art. 154: last day on Eid-ul-Fitr 2026, filed in the Sessions Court after it',
    rule: 'art154-appeal-sessions',
    facts: () => magistrateConviction('2026-02-19'),
    due: '2026-03-24',
    skipped: ['2026-03-21', '2026-03-22', '2026-03-23'],
  },
  {
    // Convicted Wed 25 Nov 2026 + 30 = Fri 25 Dec, Quaid-e-Azam Day: Punjab district courts sit on
    // Saturday, so Sat 26 Dec (where the LHC would have been Mon 28 Dec).
    name: 'Art. 154: Quaid-e-Azam Day rolls to Saturday, a day the Punjab Sessions Court sits',
    rule: 'art154-appeal-sessions',
    facts: () => magistrateConviction('2026-11-25'),
    due: '2026-12-26',
    skipped: ['2026-12-25'],
  },
  {
    // Convicted Mon 1 Feb 2027 + 30 days: 27 to 28 Feb, 3 more = Wed 3 Mar 2027.
    name: 'Art. 154: 30 days across February 2027',
    rule: 'art154-appeal-sessions',
    facts: () => magistrateConviction('2027-02-01'),
    due: '2027-03-03',
  },
  {
    // Convicted Tue 1 Feb 2028 + 30 days: 28 to 29 Feb (a leap year), 2 more = Thu 2 Mar 2028.
    name: 'Art. 154: 30 days across February 2028, a leap year',
    rule: 'art154-appeal-sessions',
    facts: () => magistrateConviction('2028-02-01'),
    due: '2028-03-02',
  },
  {
    // Convicted Wed 10 Feb 2027 + 30 = Fri 12 Mar 2027, inside the estimated Eid-ul-Fitr 2027
    // (10-12 Mar, provisional until notified): Sat 13 Mar, saying the date is provisional.
    name: 'Art. 154: a provisional 2027 Eid date moves the last day and says it is provisional',
    rule: 'art154-appeal-sessions',
    facts: () => magistrateConviction('2027-02-10'),
    due: '2027-03-13',
    skipped: ['2027-03-12'],
    skippedReason: /Eid-ul-Fitr \(estimate\) \(provisional date\)/,
  },
  // ---- Art. 150: death sentence, 7 days ----
  {
    // Sentenced to death Thu 19 Nov 2026 + 7 = Thu 26 Nov.
    name: 'Art. 150: appeal from a death sentence in 7 days',
    rule: 'art150-death-appeal',
    facts: () => conviction('2026-11-19', 'death'),
    due: '2026-11-26',
  },
  // ---- appeals against acquittal ----
  {
    // Acquitted Tue 30 Jun 2026 + 6 months = Wed 30 Dec 2026.
    name: 'Art. 157: the State has 6 months to appeal an acquittal',
    rule: 'art157-state-appeal',
    facts: () => facts({ events: [acquitted('2026-06-30')] }),
    due: '2026-12-30',
  },
  {
    // Acquitted Mon 31 Aug 2026 + 6 months = Sun 28 Feb 2027 (month end), LHC closed: Mon 1 Mar.
    name: 'Art. 157: 6 months from 31 August ends on 28 February, a Sunday, so Monday 1 March',
    rule: 'art157-state-appeal',
    facts: () => facts({ events: [acquitted('2026-08-31')] }),
    due: '2027-03-01',
    unrolled: '2027-02-28',
    skipped: ['2027-02-28'],
  },
  {
    // Acquitted Tue 30 Jun 2026 + 30 = Thu 30 Jul; a special period: no condonation.
    name: 'CrPC 417(2-A): the victim has 30 days, and no condonation',
    rule: 'crpc417-2a-victim',
    facts: () => facts({ events: [acquitted('2026-06-30')] }),
    due: '2026-07-30',
  },
  {
    // Acquitted Tue 30 Jun 2026 + 60 = Sat 29 Aug (31 days of July, 29 of August): Mon 31 Aug.
    name: 'CrPC 417(3): special leave in 60 days, a Saturday last day filed on Monday',
    rule: 'crpc417-3-special-leave',
    facts: () => facts({ events: [acquitted('2026-06-30')] }),
    due: '2026-08-31',
    skipped: ['2026-08-29', '2026-08-30'],
  },
  // ---- Supreme Court and intra-court appeals ----
  {
    // LHC order Mon 2 Nov 2026 + 30 = Wed 2 Dec 2026.
    name: 'SC leave petition: 30 days from a High Court judgment',
    rule: 'sc-leave-petition',
    facts: () => facts({ events: [lhcOrder('2026-11-02')] }),
    due: '2026-12-02',
    warning: /No copy application recorded/,
  },
  {
    // LHC order Thu 5 Nov 2026 + 30 = Sat 5 Dec; the Supreme Court does not sit Sat or Sun: Mon 7 Dec.
    name: 'SC leave petition: a Saturday last day, Supreme Court closed on the weekend, Monday',
    rule: 'sc-leave-petition',
    facts: () => facts({ events: [lhcOrder('2026-11-05')] }),
    due: '2026-12-07',
    skipped: ['2026-12-05', '2026-12-06'],
  },
  {
    // The Supreme Court's own closed day counts: an SC-only holiday on Wed 2 Dec moves it to Thu 3 Dec.
    name: 'SC leave petition: a day only the Supreme Court is closed moves the last day',
    rule: 'sc-leave-petition',
    facts: () => facts({ events: [lhcOrder('2026-11-02')] }),
    cal: () =>
      withHoliday(
        holidayRow({
          name: 'Supreme Court closed (full-court reference)',
          dateFrom: '2026-12-02',
          kind: 'local',
          courtId: 'seed:sc',
        }),
      ),
    due: '2026-12-03',
    skipped: ['2026-12-02'],
  },
  {
    // The High Court's own closed day does not: the petition is filed in the Supreme Court.
    name: 'SC leave petition: a day only the High Court is closed does not move it',
    rule: 'sc-leave-petition',
    facts: () => facts({ events: [lhcOrder('2026-11-02')] }),
    cal: () =>
      withHoliday(
        holidayRow({ name: 'LHC closed (bar strike)', dateFrom: '2026-12-02', kind: 'local', courtId: 'seed:lhc' }),
      ),
    due: '2026-12-02',
    skipped: [],
  },
  {
    // Writ order Thu 5 Nov 2026 + 20 = Wed 25 Nov; the copy of 6-20 Nov is not excluded (PLJ 2014 Lahore 1).
    name: 'ICA: 20 days from a single judge’s writ order, copy time not excluded',
    rule: 'ica-20',
    facts: () => {
      const order = lhcOrder('2026-11-05', true);
      return facts({ events: [order, ...copyOf(order, '2026-11-06', '2026-11-20')] });
    },
    due: '2026-11-25',
    excludedDays: 0,
    noWarning: /copy/i,
  },
  {
    // Writ order of the Rawalpindi Bench Mon 2 Nov + 20 = Sun 22 Nov; the bench keeps the LHC's
    // Saturday and Sunday: Mon 23 Nov.
    name: 'ICA: from a bench of the LHC, a Sunday last day rolls over the parent court’s off day',
    rule: 'ica-20',
    facts: () => facts({ events: [lhcOrder('2026-11-02', true, lhcRawalpindi)] }),
    due: '2026-11-23',
    skipped: ['2026-11-22'],
  },
  // ---- protective bail, preventive detention ----
  {
    // IHC protective bail of Fri 20 Nov 2026 for 14 days, to Fri 4 Dec: appear before then.
    name: 'protective bail ends on the date in the order',
    rule: 'protective-bail-ends',
    facts: () => facts({ events: [event('protective_bail', '2026-11-20', { endDate: '2026-12-04', court: ihc })] }),
    due: '2026-12-04',
  },
  {
    // Detention order Thu 1 Oct 2026 + 15 = Fri 16 Oct.
    name: 'preventive detention: grounds within 15 days',
    rule: 'detention-grounds',
    facts: () => facts({ events: [event('detention_order', '2026-10-01')] }),
    due: '2026-10-16',
  },
  {
    // 1 Oct 2026 + 3 months = Fri 1 Jan 2027.
    name: 'preventive detention: Review Board before 3 months',
    rule: 'detention-review-board',
    facts: () => facts({ events: [event('detention_order', '2026-10-01')] }),
    due: '2027-01-01',
  },
  {
    // 30 Nov 2026 + 3 months = 28 Feb 2027 (February has no 30th).
    name: 'preventive detention: 3 months from 30 November is 28 February',
    rule: 'detention-review-board',
    facts: () => facts({ events: [event('detention_order', '2026-11-30')] }),
    due: '2027-02-28',
  },
  {
    // 1 Oct 2026 + 8 months = Tue 1 Jun 2027.
    name: 'preventive detention: the 8-month cap',
    rule: 'detention-cap',
    facts: () => facts({ events: [event('detention_order', '2026-10-01')] }),
    due: '2027-06-01',
  },
  // ---- statutory bail ----
  {
    // Arrested Sat 3 Oct 2026 on a charge punishable with death: + 2 years = Tue 3 Oct 2028.
    name: 'statutory bail: two years after arrest when the offence is punishable with death',
    rule: 'statutory-bail-2y',
    facts: () => facts({ arrestDate: '2026-10-03', custodyStatus: 'in_custody', capitalCharge: true }),
    due: '2028-10-03',
  },
  {
    // Arrested Tue 29 Feb 2028 + 1 year = 28 Feb 2029 (2029 has no 29 February; the earlier day,
    // so the lawyer is never told late).
    name: 'statutory bail: a year from 29 February 2028 is 28 February 2029',
    rule: 'statutory-bail-1y',
    facts: () => facts({ arrestDate: '2028-02-29', custodyStatus: 'in_custody' }),
    today: '2028-03-01',
    due: '2029-02-28',
  },
];

describe('each rule, on dates a lawyer can check by hand', () => {
  test.each(ROWS)('$name', (row) => {
    const c = one(row.facts(), row.rule, { cal: row.cal?.(), today: row.today });
    const e = c.explanation;
    expect(c.dueDate).toBe(row.due);
    expect(e.dueDate).toBe(row.due);
    if (row.time !== undefined) expect(c.dueTime).toBe(row.time);
    else expect(c.dueTime).toBeNull();
    expect(e.unrolledDate).toBe(row.unrolled ?? (row.skipped?.length ? row.skipped[0] : row.due));
    if (row.skipped) expect(e.skipped.map((s) => s.date)).toEqual(row.skipped);
    if (row.skippedReason) expect(e.skipped[0]?.reason).toMatch(row.skippedReason);
    if (row.excludedDays !== undefined) {
      expect(e.excluded.reduce((n, x) => n + x.days, 0)).toBe(row.excludedDays);
    }
    if (row.warning) expect(e.warnings.join('\n')).toMatch(row.warning);
    if (row.noWarning) expect(e.warnings.join('\n')).not.toMatch(row.noWarning);
    // Every date explains itself: the rule, statute, section, source and confidence.
    const r = rule(row.rule);
    expect(e).toMatchObject({
      ruleId: r.id,
      ruleName: r.name,
      statute: r.statute,
      section: r.section,
      source: r.source,
      confidence: r.confidence,
      condonable: r.condonable,
    });
    expect(e.source).toMatch(/pakistan-law\.md/);
    expect(e.steps.length).toBeGreaterThan(0);
  });

  test('the table covers every seeded rule that is on', () => {
    const covered = new Set(ROWS.map((r) => r.rule));
    const untested = RULES.filter((r) => r.active && !covered.has(r.id)).map((r) => r.id);
    // ATC victim appeals are covered with the conditions below.
    expect(untested).toEqual(['ata25-victim-appeal']);
  });
});

describe('hand-built rules: counting in months and days', () => {
  /** A rule an office might add: a month from a detention order (to test the counting, not the law). */
  const monthly = (): LegalRule =>
    variant(rule('detention-review-board'), {
      id: 'office:one-month',
      name: 'One month from the order',
      period: 1,
      unit: 'months',
    });
  const orderOn = (date: string) => facts({ events: [event('detention_order', date)] });

  test.each([
    // 31 Jan + 1 month: February has no 31st, so its last day: 28 Feb 2027, 29 Feb 2028.
    ['2027-01-31', '2027-02-28'],
    ['2028-01-31', '2028-02-29'],
    // 30 Jan 2027 → 28 Feb; 28 Feb 2027 → 28 Mar (not the month end); 31 Mar → 30 Apr.
    ['2027-01-30', '2027-02-28'],
    ['2027-02-28', '2027-03-28'],
    ['2027-03-31', '2027-04-30'],
    // 31 Dec 2026 → 31 Jan 2027, across the year end.
    ['2026-12-31', '2027-01-31'],
  ])('a month from %s is %s', (from, due) => {
    expect(dates(of(orderOn(from), 'office:one-month', { rules: [monthly()] }))).toEqual([due]);
  });

  test('a period in days that counts the trigger day itself ends a day earlier', () => {
    const counted = variant(rule('detention-grounds'), { id: 'office:15-inclusive', excludeTriggerDay: false });
    // Order Thu 1 Oct 2026: 15 days counting 1 Oct as day 1 = Thu 15 Oct (s.12(1) would give 16 Oct).
    expect(dates(of(orderOn('2026-10-01'), 'office:15-inclusive', { rules: [counted] }))).toEqual(['2026-10-15']);
    expect(dates(of(orderOn('2026-10-01'), 'detention-grounds'))).toEqual(['2026-10-16']);
  });

  test('a period counted from the end of an order: 3 days after police remand runs out', () => {
    const after = variant(rule('police-remand-ends'), { id: 'office:3-after', period: 3 });
    // Remand Sun 4 Oct to Thu 8 Oct: 8 Oct + 3 = Sun 11 Oct.
    const f = facts({ events: [event('police_remand', '2026-10-04', { endDate: '2026-10-08' })] });
    expect(dates(of(f, 'office:3-after', { rules: [after] }))).toEqual(['2026-10-11']);
  });

  test('a rule that is off in the list given computes nothing, whatever it says', () => {
    expect(of(orderOn('2027-01-31'), 'office:one-month', { rules: [variant(monthly(), { active: false })] })).toEqual(
      [],
    );
  });
});

describe('the working a lawyer reads', () => {
  test('copy time: the interval, its reason, and the step that adds it', () => {
    const c = one(conviction('2026-10-01', 'over_3y_to_7y', ['2026-10-03', '2026-10-13']), 'art155-appeal-hc');
    expect(c.explanation.excluded).toEqual([
      { from: '2026-10-03', to: '2026-10-13', days: 10, reason: expect.stringMatching(/certified copy.*s\.12/) },
    ]);
    expect(c.explanation.steps.join('\n')).toMatch(/Copy time excluded: 10 days/);
    expect(c.explanation.trigger).toEqual({ kind: 'judgment', label: 'Judgment', date: '2026-10-01', time: null });
    expect(c.explanation.period).toBe('60 days');
  });

  test('a rolled date names each closed day and why, and keeps the date before rolling', () => {
    const c = one(conviction('2026-09-08', 'life'), 'art155-appeal-hc');
    expect(c.explanation.skipped).toEqual([
      { date: '2026-11-07', reason: 'Saturday, the weekly off day' },
      { date: '2026-11-08', reason: 'Sunday, the weekly off day' },
      { date: '2026-11-09', reason: 'Iqbal Day' },
    ]);
    expect(c.explanation.unrolledDate).toBe('2026-11-07');
    expect(c.explanation.steps.join('\n')).toMatch(
      /closed on Sat 7 Nov 2026: the last day moves to Tue 10 Nov 2026 \(s\.4\)/,
    );
  });

  test('condonation: Art. 155 may be condoned (s.5); CrPC 417(2-A) is a special period that may not', () => {
    const f = facts({ events: [acquitted('2026-06-30')] });
    const victim = one(f, 'crpc417-2a-victim');
    expect(victim.explanation.condonable).toBe(false);
    expect(victim.explanation.steps.join('\n')).toMatch(/special period: no condonation/);
    const state = one(f, 'art157-state-appeal');
    expect(state.explanation.condonable).toBe(true);
    expect(state.explanation.steps.join('\n')).toMatch(/may be condoned for sufficient cause \(s\.5\)/);
  });

  test('an hour-based deadline shows the trigger time and the hours counted', () => {
    const c = one(arrestedAt('2026-11-26', '22:40'), 'production-24h');
    expect(c).toMatchObject({ dueDate: '2026-11-27', dueTime: '22:40' });
    expect(c.explanation.trigger).toMatchObject({ kind: 'arrest', date: '2026-11-26', time: '22:40' });
    expect(c.explanation.steps.join('\n')).toMatch(/24 hours later: Fri 27 Nov 2026 at 22:40/);
  });
});

describe('police remand: the 15-day cap counts from the first order', () => {
  const remand = (date: string, endDate: string) => event('police_remand', date, { endDate, court: magistrateLahore });

  test('several orders: one cap from the first, an end for each order', () => {
    const f = facts({ events: [remand('2026-10-04', '2026-10-08'), remand('2026-10-08', '2026-10-15')] });
    // 4 Oct + 15 = 19 Oct, once; the orders end on 8 Oct and 15 Oct.
    expect(dates(of(f, 'police-remand-cap'))).toEqual(['2026-10-19']);
    expect(dates(of(f, 'police-remand-ends')).sort()).toEqual(['2026-10-08', '2026-10-15']);
  });

  test('an earlier order recorded later moves the cap instead of adding one', () => {
    const later = remand('2026-10-04', '2026-10-08');
    const before = one(facts({ events: [later] }), 'police-remand-cap');
    // The lawyer then finds the first order, of Thu 1 Oct to Sun 4 Oct, and records it after.
    const after = of(facts({ events: [later, remand('2026-10-01', '2026-10-04')] }), 'police-remand-cap');
    expect(dates(after)).toEqual(['2026-10-16']); // 1 Oct + 15
    expect(after[0]?.triggerKey).toBe(before.triggerKey);
    expect(after[0]?.explanation.trigger.date).toBe('2026-10-01');
  });
});

describe('statutory bail for delay (CrPC 497 third proviso)', () => {
  const custody = (over: Partial<CaseFacts> = {}) =>
    facts({ arrestDate: '2026-10-03', custodyStatus: 'in_custody', forum: ihc, ...over });

  test('not punishable with death: a year after arrest, then every further year up to the next one', () => {
    // Arrested Sat 3 Oct 2026; today 27 Nov 2028, still in custody: 3 Oct 2027, 3 Oct 2028 (both
    // passed), and the next one, 3 Oct 2029.
    const cs = of(custody(), 'statutory-bail-1y', { today: '2028-11-27' });
    expect(dates(cs)).toEqual(['2027-10-03', '2028-10-03', '2029-10-03']);
    expect(cs.map((c) => c.occurrence)).toEqual([1, 2, 3]);
    expect(cs.map((c) => c.explanation.period)).toEqual(['1 year', '2 years', '3 years']);
    expect(of(custody(), 'statutory-bail-2y', { today: '2028-11-27' })).toEqual([]);
  });

  test('only the next date while the first year runs', () => {
    expect(dates(of(custody(), 'statutory-bail-1y'))).toEqual(['2027-10-03']);
  });

  test('stops at release: a client out of custody has no statutory-bail dates', () => {
    // Released on bail Wed 10 May 2028: the right is for continuous detention, so it is moot now.
    const f = custody({ releaseDate: '2028-05-10', custodyStatus: 'on_bail' });
    expect(dates(of(f, 'statutory-bail-1y', { today: '2028-11-27' }))).toEqual([]);
    // Still in custody with a release date entered in advance: nothing after that date.
    const g = custody({ releaseDate: '2028-05-10', custodyStatus: 'in_custody' });
    expect(dates(of(g, 'statutory-bail-1y', { today: '2028-11-27' }))).toEqual(['2027-10-03']);
    // Released before the first year ran: nothing.
    expect(of(custody({ releaseDate: '2027-01-15', custodyStatus: 'on_bail' }), 'statutory-bail-1y')).toEqual([]);
  });

  test('punishable with death: two years after arrest', () => {
    const cs = of(custody({ capitalCharge: true }), 'statutory-bail-2y');
    expect(dates(cs)).toEqual(['2028-10-03']);
    expect(of(custody({ capitalCharge: true }), 'statutory-bail-1y')).toEqual([]);
  });

  test('punishable with death: after the first two years, again every further year', () => {
    const cs = of(custody({ capitalCharge: true }), 'statutory-bail-2y', { today: '2029-11-01' });
    expect(dates(cs)).toEqual(['2028-10-03', '2029-10-03', '2030-10-03']);
  });

  test('stops when the client is out on bail, even before the release date is entered', () => {
    expect(of(custody({ custodyStatus: 'on_bail' }), 'statutory-bail-1y')).toEqual([]);
  });

  test('a ripening date on a Sunday is not a deadline to act before', () => {
    const c = one(custody(), 'statutory-bail-1y');
    expect(c.dueDate).toBe('2027-10-03');
    expect(c.explanation.warnings.join('\n')).not.toMatch(/act before it/);
  });
});

describe('rules that are off, effective dates and conditions', () => {
  const atcConviction = () =>
    facts({
      forum: atcRawalpindi,
      events: [judgment('2026-11-02', atcRawalpindi, { result: 'conviction', sentence: 'life' })],
    });

  test('rules marked "needs checking" are off by default and compute nothing', () => {
    const needsChecking = RULES.filter((r) => r.confidence === 'needs_checking');
    expect(needsChecking.map((r) => [r.id, r.active])).toEqual(needsChecking.map((r) => [r.id, false]));
    expect(of(atcConviction(), 'ata25-convict-appeal')).toEqual([]);
    const ata = facts({ events: [event('ata_remand', '2026-08-15', { endDate: '2026-09-13', court: atcRawalpindi })] });
    expect(of(ata, 'ata-remand-total')).toEqual([]);
  });

  test('switched on, a "needs checking" rule computes, and says it needs checking', () => {
    const rules = RULES.map((r) => (r.id === 'ata25-convict-appeal' ? variant(r, { active: true }) : r));
    // ATC conviction Mon 2 Nov 2026 + 30 = Wed 2 Dec 2026, filed in the LHC.
    const c = one(atcConviction(), 'ata25-convict-appeal', { rules });
    expect(c.dueDate).toBe('2026-12-02');
    expect(c.explanation.confidence).toBe('needs_checking');
    expect(c.explanation.warnings.join('\n')).toMatch(/needs checking/);
  });

  test('a verified rule that is off computes nothing', () => {
    const rules = RULES.map((r) => (r.id === 'challan-17' ? variant(r, { active: false }) : r));
    expect(of(facts({ firDate: '2026-10-02' }), 'challan-17', { rules })).toEqual([]);
    expect(dates(of(facts({ firDate: '2026-10-02' }), 'challan-14', { rules }))).toEqual(['2026-10-16']);
  });

  test('effective dates: a rule applies to triggers from its first day to its last, inclusive', () => {
    const base = rule('challan-17');
    const rules = [variant(base, { effectiveFrom: '2026-10-01', effectiveTo: '2026-12-31' })];
    const dueFor = (firDate: string) => dates(of(facts({ firDate }), 'challan-17', { rules }));
    expect(dueFor('2026-09-30')).toEqual([]);
    expect(dueFor('2026-10-01')).toEqual(['2026-10-18']); // 1 Oct + 17
    expect(dueFor('2026-12-31')).toEqual(['2027-01-17']); // 31 Dec + 17
    expect(dueFor('2027-01-01')).toEqual([]);
  });

  test('result: an acquittal starts the acquittal appeals, not the convict’s', () => {
    const ids = run(facts({ events: [acquitted('2026-06-30')] })).map((c) => c.ruleId);
    expect(ids.sort()).toEqual(['art157-state-appeal', 'crpc417-2a-victim', 'crpc417-3-special-leave']);
  });

  test('sentence: a death sentence starts Art. 150 (7 days), not Art. 155 or 426(1-A)', () => {
    expect(run(conviction('2026-11-19', 'death')).map((c) => c.ruleId)).toEqual(['art150-death-appeal']);
    expect(
      run(conviction('2026-11-19', 'up_to_3y'))
        .map((c) => c.ruleId)
        .sort(),
    ).toEqual(['art155-appeal-hc', 's426-6m']);
  });

  test('forum type: a magistrate’s conviction goes to Sessions (Art. 154), a Sessions conviction to the High Court', () => {
    expect(
      run(magistrateConviction('2026-11-02'))
        .map((c) => c.ruleId)
        .sort(),
    ).toEqual(['art154-appeal-sessions', 's426-6m']);
    // The judgment's own court decides, not the case's forum (here the IHC).
    const f = facts({ forum: ihc, events: [convicted('2026-11-02', 'up_to_3y')] });
    expect(run(f).map((c) => c.ruleId)).toContain('art155-appeal-hc');
    expect(run(f).map((c) => c.ruleId)).not.toContain('sc-leave-petition');
    // With no court on the judgment, the case's forum is the court.
    const inIhc = facts({ forum: ihc, events: [event('judgment', '2026-11-02', { details: { result: 'order' } })] });
    expect(run(inIhc).map((c) => c.ruleId)).toEqual(['sc-leave-petition']);
    // With neither, no appeal rule can tell where it lies: none is computed.
    const nowhere = facts({
      events: [event('judgment', '2026-11-02', { details: { result: 'conviction', sentence: 'up_to_3y' } })],
    });
    expect(run(nowhere).map((c) => c.ruleId)).toEqual(['s426-6m']);
  });

  test('writ: the intra-court appeal lies only from a writ order', () => {
    expect(
      run(facts({ events: [lhcOrder('2026-11-05', true)] }))
        .map((c) => c.ruleId)
        .sort(),
    ).toEqual(['ica-20', 'sc-leave-petition']);
    expect(run(facts({ events: [lhcOrder('2026-11-05', false)] })).map((c) => c.ruleId)).toEqual(['sc-leave-petition']);
  });

  test('ATC acquittal: the victim’s 30 days under ATA s.25(4A), filed in the High Court', () => {
    // Acquitted by ATC Rawalpindi Thu 5 Nov 2026 + 30 = Sat 5 Dec; LHC closed Sat, Sun: Mon 7 Dec.
    const f = facts({ events: [judgment('2026-11-05', atcRawalpindi, { result: 'acquittal' })] });
    expect(run(f).map((c) => c.ruleId)).toEqual(['ata25-victim-appeal']);
    expect(one(f, 'ata25-victim-appeal').dueDate).toBe('2026-12-07');
  });

  test('a case with no FIR, no arrest and no events has no deadlines', () => {
    expect(run(facts({ forum: ihc }))).toEqual([]);
  });
});

describe('court calendars (court-calendar.ts)', () => {
  // Fri 27 Nov, Sat 28 Nov, Sun 29 Nov 2026.
  const FRI = '2026-11-27';
  const SAT = '2026-11-28';
  const SUN = '2026-11-29';

  test('weekdayOf counts Sunday as 0', () => {
    expect([FRI, SAT, SUN].map(weekdayOf)).toEqual([5, 6, 0]);
  });

  test('the LHC and its benches (through the parent court) do not sit on Saturday or Sunday', () => {
    for (const court of [lhc, lhcRawalpindi, FORUMS.shc]) {
      expect(closedReason(CAL, court, FRI), court.name ?? '').toBeNull();
      expect(closedReason(CAL, court, SAT), court.name ?? '').toBe('Saturday, the weekly off day');
      expect(closedReason(CAL, court, SUN), court.name ?? '').toBe('Sunday, the weekly off day');
    }
  });

  test('a bench follows its High Court’s own rows, not the general High Court rows', () => {
    // Say the LHC sat on Saturdays again: its rows say Sunday only; the general High Court rows
    // still say Saturday and Sunday. The Rawalpindi Bench sits on Saturday with its court.
    const cal: CourtCalendar = {
      ...CAL,
      closures: [
        ...CAL.closures.filter((c) => c.courtId !== 'seed:lhc'),
        { courtId: 'seed:lhc', forumType: null, province: null, weekday: 0 },
      ],
    };
    expect(closedReason(cal, lhcRawalpindi, SAT)).toBeNull();
    expect(closedReason(cal, lhcRawalpindi, SUN)).toMatch(/Sunday/);
    expect(closedReason(cal, ihc, SAT)).toMatch(/Saturday/);
  });

  test('a High Court without its own rows (the IHC) takes the High Court rows: Saturday and Sunday', () => {
    expect(closedReason(CAL, ihc, SAT)).toMatch(/Saturday/);
    expect(closedReason(CAL, FORUMS.sc, SAT)).toMatch(/Saturday/);
  });

  test('Punjab and Sindh district courts sit on Saturday and not on Sunday', () => {
    for (const court of [sessionsLahore, magistrateLahore, atcRawalpindi, FORUMS.sessionsKarachi]) {
      expect(closedReason(CAL, court, SAT), court.name ?? '').toBeNull();
      expect(closedReason(CAL, court, SUN), court.name ?? '').toMatch(/Sunday/);
    }
  });

  test('a forum with no rows of its own (KP sessions, the COIED) falls back to the global Sunday row', () => {
    for (const court of [FORUMS.sessionsPeshawar, FORUMS.coied]) {
      expect(closedReason(CAL, court, SAT), court.name ?? '').toBeNull();
      expect(closedReason(CAL, court, SUN), court.name ?? '').toMatch(/Sunday/);
    }
    const unknown = { courtId: null, parentId: null, forumType: null, province: null, name: null };
    expect(closedReason(CAL, unknown, SUN)).toMatch(/Sunday/);
    expect(closedReason(CAL, unknown, SAT)).toBeNull();
  });

  test('the most specific rows win outright: a court’s own off days replace its forum type’s', () => {
    const cal: CourtCalendar = {
      ...CAL,
      closures: [...CAL.closures, { courtId: sessionsLahore.courtId, forumType: null, province: null, weekday: 5 }],
    };
    expect(closedReason(cal, sessionsLahore, FRI)).toBe('Friday, the weekly off day');
    expect(closedReason(cal, sessionsLahore, SUN)).toBeNull();
    // Other Punjab district courts keep Sunday.
    expect(closedReason(cal, magistrateLahore, SUN)).toMatch(/Sunday/);
    expect(closedReason(cal, magistrateLahore, FRI)).toBeNull();
  });

  test('gazetted holidays close every court; a provincial holiday only the courts of its province', () => {
    expect(closedReason(CAL, lhc, '2026-11-09')).toBe('Iqbal Day');
    expect(closedReason(CAL, FORUMS.sessionsKarachi, '2026-11-09')).toBe('Iqbal Day');
    expect(closedReason(CAL, FORUMS.sc, '2026-11-09')).toBe('Iqbal Day');
    const cal = withHoliday(
      holidayRow({
        name: 'Urs of Shah Abdul Latif Bhittai',
        kind: 'provincial',
        dateFrom: '2026-12-15',
        province: 'sindh',
      }),
    );
    expect(closedReason(cal, FORUMS.sessionsKarachi, '2026-12-15')).toBe('Urs of Shah Abdul Latif Bhittai');
    expect(closedReason(cal, FORUMS.shc, '2026-12-15')).toBe('Urs of Shah Abdul Latif Bhittai');
    expect(closedReason(cal, sessionsLahore, '2026-12-15')).toBeNull();
    expect(closedReason(cal, lhc, '2026-12-15')).toBeNull();
  });

  test('a holiday for one forum type closes only that type', () => {
    const cal = withHoliday(
      holidayRow({
        name: 'District judiciary winter break',
        kind: 'local',
        dateFrom: '2026-12-28',
        dateTo: '2026-12-31',
        forumType: 'sessions',
        province: 'punjab',
      }),
    );
    expect(closedReason(cal, sessionsLahore, '2026-12-29')).toBe('District judiciary winter break');
    expect(closedReason(cal, magistrateLahore, '2026-12-29')).toBeNull();
    expect(closedReason(cal, lhc, '2026-12-29')).toBeNull();
  });

  test('a provisional holiday says so', () => {
    expect(closedReason(CAL, lhc, '2027-03-11')).toBe('Eid-ul-Fitr (estimate) (provisional date)');
    expect(closedReason(CAL, lhc, '2027-11-09')).toBe('Iqbal Day');
  });

  test('a vacation never closes a court; it is reported for the court and its benches only', () => {
    // LHC summer vacation 2025 (seeded): 7 Jul - 6 Sep 2025. Tue 15 Jul 2025.
    expect(closedReason(CAL, lhc, '2025-07-15')).toBeNull();
    expect(vacationOn(CAL, lhc, '2025-07-15')).toBe('LHC summer vacation 2025');
    expect(vacationOn(CAL, FORUMS.lhcRawalpindi, '2025-07-15')).toBe('LHC summer vacation 2025');
    expect(vacationOn(CAL, FORUMS.shc, '2025-07-15')).toBeNull();
    expect(vacationOn(CAL, sessionsLahore, '2025-07-15')).toBeNull();
    expect(vacationOn(CAL, lhc, '2025-09-07')).toBeNull();
  });

  test('the filing forum: the rule’s forum type in the case’s province', () => {
    const appeal = rule('art155-appeal-hc');
    expect(filingForum(appeal, sessionsLahore)).toMatchObject({
      courtId: 'seed:lhc',
      forumType: 'high_court',
      province: 'punjab',
    });
    expect(filingForum(appeal, FORUMS.sessionsIslamabad)?.courtId).toBe('seed:ihc');
    expect(filingForum(appeal, FORUMS.sessionsKarachi)?.courtId).toBe('seed:shc');
    expect(filingForum(appeal, FORUMS.sessionsPeshawar)?.courtId).toBe('seed:phc');
    expect(filingForum(rule('sc-leave-petition'), lhc)).toMatchObject({
      courtId: 'seed:sc',
      forumType: 'supreme_court',
    });
    // Already in a court of that type (a bench): that court itself.
    expect(filingForum(rule('ica-20'), lhcRawalpindi)).toBe(lhcRawalpindi);
    // A rule with no filing forum stays where the trigger is.
    expect(filingForum(rule('challan-17'), sessionsLahore)).toBe(sessionsLahore);
  });
});
