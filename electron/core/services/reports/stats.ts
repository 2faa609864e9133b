import { addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { BailKind, BailStatus } from '../../../shared/enums';
import type { BailOutcome, CustodyBand } from '../../../shared/report-schemas';

/* Small pure pieces of the reports: counting days, medians, bands, months, bail outcomes. */

/** Calendar days from one date to a later one (the day of arrest is day 0). */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

/** The middle value; for an even count, the mean of the middle two. Null for none. */
export const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
};

/** The band a stay in custody falls in: 0–14, 15–30, 31–90, 91–180, 181–365 days or over a year. */
export const custodyBand = (days: number): CustodyBand => {
  if (days <= 14) return '0-14';
  if (days <= 30) return '15-30';
  if (days <= 90) return '31-90';
  if (days <= 180) return '91-180';
  if (days <= 365) return '181-365';
  return 'over-365';
};

/** Every month from the one holding `from` to the one holding `to`, as YYYY-MM. */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  const last = to.slice(0, 7);
  for (let d = parseISO(`${from.slice(0, 7)}-01`); ; d = addMonths(d, 1)) {
    const m = format(d, 'yyyy-MM');
    months.push(m);
    if (m >= last) return months;
  }
};

/**
 * How a report counts a petition's status (as recorded today): granted (granted, or an ad-interim
 * order confirmed), dismissed, pending (drafted, filed, fixed, or ad-interim bail only) or
 * withdrawn (withdrawn, or bail granted and later cancelled).
 */
export const bailOutcome = (status: BailStatus): BailOutcome => {
  if (status === 'granted' || status === 'confirmed') return 'granted';
  if (status === 'dismissed') return 'dismissed';
  if (status === 'withdrawn' || status === 'cancelled') return 'withdrawn';
  return 'pending';
};

/**
 * Kinds of bail that follow an arrest, and so can be timed from it: CrPC 496, 497 and ATA 21-D.
 * Not pre-arrest bail (CrPC 498) or protective bail, where there is no arrest, nor suspension of
 * sentence (CrPC 426), which runs from a conviction.
 */
export const POST_ARREST_KINDS: readonly BailKind[] = ['crpc_496', 'crpc_497', 'ata_21d'];

export type OrderEvidence = {
  hearings: { id: string; date: string; courtId: string | null; outcome: string | null }[];
  /** Bail-order events of the case: date, court and the recorded result. */
  bailOrders: { date: string; courtId: string | null; result: 'granted' | 'dismissed' | null }[];
};

type PetitionRef = {
  status: BailStatus;
  forumId: string | null;
  filingDate: string | null;
  hearingIds: string[];
};

/**
 * The date of the order that decided a petition (granted or dismissed), from what the lawyer
 * recorded: a hearing fixed for the petition, or a hearing of the case in the petition's forum on
 * or after its filing, with the outcome "bail granted" / "bail dismissed"; or a bail-order event of
 * the case in that forum on or after filing with the same result. The earliest such date is the
 * order (a later one in the same forum is a further order, e.g. on cancellation). Null when the
 * petition is undecided or no order is recorded.
 */
export const orderDate = (p: PetitionRef, evidence: OrderEvidence): string | null => {
  const result = bailOutcome(p.status);
  if (result !== 'granted' && result !== 'dismissed') return null;
  const outcome = result === 'granted' ? 'bail_granted' : 'bail_dismissed';
  const inForum = (courtId: string | null, date: string) =>
    p.forumId !== null && courtId === p.forumId && (!p.filingDate || date >= p.filingDate);
  const dates = [
    ...evidence.hearings
      .filter((h) => h.outcome === outcome && (p.hearingIds.includes(h.id) || inForum(h.courtId, h.date)))
      .map((h) => h.date),
    ...evidence.bailOrders.filter((e) => e.result === result && inForum(e.courtId, e.date)).map((e) => e.date),
  ];
  return dates.sort()[0] ?? null;
};
