import { addDays, addMonths, addYears, format, parseISO } from 'date-fns';
import type { BailPetition, CaseEvent, LegalRule } from '../../../shared/deadline-schemas';
import type { BailKind, BailStatus, SentenceBand } from '../../../shared/enums';
import { courtPhrase, courtUr, periodWords, pleadingDate, type CourtRef } from './merge-format';

/*
 * What a petition says about the case's history: the statutory periods of custody (CrPC 497(1)
 * third proviso) and of an undecided appeal (CrPC 426(1-A)), earlier bail petitions and the
 * orders on them, the conviction. Pure: merge-data.ts reads the rows.
 */

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The date a rule's period ends, counted as the deadline engine counts it. */
const periodEnd = (start: string, rule: LegalRule): string => {
  const d = parseISO(start);
  if (rule.unit === 'years') return iso(addYears(d, rule.period));
  if (rule.unit === 'months') return iso(addMonths(d, rule.period));
  if (rule.unit === 'days') return iso(addDays(d, rule.period));
  return iso(addDays(d, Math.ceil(rule.period / 24)));
};

const shortest = (rules: LegalRule[]): LegalRule | undefined =>
  [...rules].sort((a, b) => periodEnd('2000-01-01', a).localeCompare(periodEnd('2000-01-01', b)))[0];

export type StatutoryCustody = { period: string | null; date: string | null; passed: boolean };

/**
 * CrPC 497(1) third proviso: bail as of right after continuous detention exceeding one year (two
 * where the offence is punishable with death), counted from arrest. The periods are the lawyer's
 * editable rules (trigger "arrest", section 497); a rule switched off gives no ground. The fourth
 * proviso withholds it from a person accused of terrorism punishable with death.
 */
export const statutoryCustody = (
  rules: LegalRule[],
  f: { arrestDate: string | null; inCustody: boolean; capital: boolean; terrorism: boolean; today: string },
): StatutoryCustody => {
  const rule = shortest(
    rules.filter(
      (r) =>
        r.active &&
        r.trigger === 'arrest' &&
        r.section.includes('497') &&
        (r.conditions.capital === undefined || r.conditions.capital === f.capital),
    ),
  );
  if (!rule || !f.arrestDate)
    return { period: rule ? periodWords(rule.period, rule.unit) : null, date: null, passed: false };
  const end = periodEnd(f.arrestDate, rule);
  const barred = f.terrorism && f.capital;
  // "Exceeding" the period: the day after it ends, not the day it ends.
  return {
    period: periodWords(rule.period, rule.unit),
    date: pleadingDate(end),
    passed: f.inCustody && !barred && f.today > end,
  };
};

const SENTENCE_LABEL: Record<SentenceBand, string> = {
  up_to_3y: 'imprisonment not exceeding three years',
  over_3y_to_7y: 'imprisonment exceeding three years but not exceeding seven years',
  over_7y: 'imprisonment exceeding seven years',
  life: 'imprisonment for life',
  death: 'death',
};

/** The latest conviction and, by the CrPC 426(1-A) rules, whether the appeal is overdue. */
export const conviction = (
  events: CaseEvent[],
  rules: LegalRule[],
  courtName: (courtId: string | null) => string | null,
  today: string,
) => {
  const j = events.filter((e) => e.kind === 'judgment' && e.details.result === 'conviction').at(-1);
  const band = j?.details.sentence ?? null;
  const rule =
    j && band
      ? shortest(
          rules.filter(
            (r) =>
              r.active &&
              r.trigger === 'judgment' &&
              r.section.includes('426') &&
              r.conditions.sentence?.includes(band),
          ),
        )
      : undefined;
  const end = j && rule ? periodEnd(j.date, rule) : null;
  return {
    date: pleadingDate(j?.date ?? null),
    court: j ? courtName(j.courtId) : null,
    sentenceBand: band ? SENTENCE_LABEL[band] : null,
    // The exact sentence is in the judgment, not in the case: the lawyer states it.
    sentence: null,
    statutoryPeriod: rule ? periodWords(rule.period, rule.unit) : null,
    statutoryDate: pleadingDate(end),
    statutoryPassed: end !== null && today > end,
  };
};

export const BAIL_KIND_LABEL: Record<BailKind, string> = {
  crpc_496: 'bail under section 496 Cr.P.C.',
  crpc_497: 'post-arrest bail under section 497 Cr.P.C.',
  crpc_498: 'pre-arrest bail under section 498 Cr.P.C.',
  protective: 'protective bail',
  crpc_426: 'suspension of sentence under section 426 Cr.P.C.',
  ata_21d: 'bail under section 21-D of the Anti-Terrorism Act, 1997',
};

const PENDING: BailStatus[] = ['filed', 'fixed', 'ad_interim_granted'];

export type OrderSource = {
  hearings: { id: string; date: string; courtId: string | null; outcome: string | null }[];
  events: CaseEvent[];
};

/**
 * The date of the order that decided a petition: a hearing fixed for it (or held in its court
 * after filing) with the matching outcome, or a recorded bail order of its court; the latest wins.
 */
const orderDate = (p: BailPetition, src: OrderSource): string | null => {
  const outcome =
    p.status === 'dismissed' ? 'bail_dismissed' : ['granted', 'confirmed'].includes(p.status) ? 'bail_granted' : null;
  const result = outcome === 'bail_dismissed' ? 'dismissed' : outcome === 'bail_granted' ? 'granted' : null;
  if (!outcome) return null;
  const after = (date: string) => !p.filingDate || date >= p.filingDate;
  const fromHearings = src.hearings
    .filter(
      (h) =>
        h.outcome === outcome &&
        (p.hearingIds.includes(h.id) || (h.courtId === p.forumId && p.forumId && after(h.date))),
    )
    .map((h) => h.date);
  const fromEvents = src.events
    .filter(
      (e) => e.kind === 'bail_order' && e.details.bailResult === result && e.courtId === p.forumId && after(e.date),
    )
    .map((e) => e.date);
  return [...fromHearings, ...fromEvents].sort().at(-1) ?? null;
};

export type PetitionLine = {
  forum: string | null;
  forumUr: string | null;
  kind: string;
  status: string;
  filingDate: string | null;
  orderDate: string | null;
};

/** Earlier bail petitions of the case (for this client, or for everyone on it), the last dismissed one, a pending one. */
export const bailHistory = (
  petitions: BailPetition[],
  court: (courtId: string | null) => CourtRef | null,
  src: OrderSource,
) => {
  const lines = petitions.map((p) => {
    const c = court(p.forumId);
    const decided = orderDate(p, src);
    return {
      p,
      decided,
      line: {
        forum: c ? courtPhrase(c) : null,
        forumUr: c ? courtUr(c) : null,
        kind: BAIL_KIND_LABEL[p.kind],
        status: p.status.replaceAll('_', ' '),
        filingDate: pleadingDate(p.filingDate),
        orderDate: pleadingDate(decided),
      } satisfies PetitionLine,
    };
  });
  const when = (x: (typeof lines)[number]) => x.decided ?? x.p.filingDate ?? x.p.createdAt.slice(0, 10);
  const dismissed = lines.filter((x) => x.p.status === 'dismissed').sort((a, b) => when(a).localeCompare(when(b)));
  const pending = lines.find((x) => PENDING.includes(x.p.status));
  return {
    hasEarlier: lines.length > 0,
    earlier: lines.map((x) => x.line),
    lastDismissed: dismissed.at(-1)?.line ?? null,
    hasPending: pending !== undefined,
    pending: pending?.line ?? null,
  };
};
