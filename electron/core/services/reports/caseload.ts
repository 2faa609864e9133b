import { LAW_GROUPS, CUSTODY_BANDS, type CaseloadReport, type LawGroup } from '../../../shared/report-schemas';
import type { ForumType } from '../../../shared/enums';
import type { Caseload } from '../../repos/reports';
import { forumLevel } from '../bail-ladder';
import { pkDate } from '../../lib/time';
import { offenceGroup } from './offence-names';
import { bailOutcome, custodyBand, daysBetween, median, monthsBetween, orderDate, POST_ARREST_KINDS } from './stats';

/*
 * The caseload report for a period [from, to] (both days included). Pure: counts from the rows
 * repos/reports.ts loads. Every definition below is repeated in the report's footnotes.
 *
 * Cases in the report: every case not archived that was open during the period, i.e. it began on
 * or before the period's last day (its FIR date, else its arrest date, else its first hearing,
 * else the day it was entered in Muhafiz) and it is still active, or it had a hearing in the
 * period, or it began in the period.
 *
 * Hearings counted: those dated in the period up to the report's as-of day (the period's end, or
 * today if earlier); dates fixed further ahead have not been heard yet.
 */

type CaseRow = Caseload['cases'][number];
type HearingRow = Caseload['hearings'][number];

const startOf = (c: CaseRow, firstHearing: Map<string, string>) =>
  c.firDate ?? c.arrestDate ?? firstHearing.get(c.id) ?? pkDate(new Date(c.createdAt));

/**
 * The laws a case falls under: the group of each offence charged (offence-names.ts), plus
 * "enforced disappearance" for a complaint to the Commission of Inquiry on Enforced
 * Disappearances and for a habeas corpus petition while the client's whereabouts are unknown
 * (pakistan-law.md §5.2). A case under none of the named laws counts as "other".
 */
export const lawGroupsOf = (c: CaseRow, offences: { statute: string; section: string }[]): Set<LawGroup> => {
  const groups = new Set<LawGroup>();
  for (const o of offences) {
    const g = offenceGroup(o.statute as Parameters<typeof offenceGroup>[0], o.section);
    if (g !== 'other') groups.add(g);
  }
  if (c.caseType === 'commission_complaint' || (c.caseType === 'habeas_corpus' && c.custodyStatus === 'missing')) {
    groups.add('enforced_disappearance');
  }
  if (groups.size === 0) groups.add('other');
  return groups;
};

/** Counts by a key, largest first, then by the key (the unrecorded, null, last). */
const tally = <K extends string | null>(keys: K[]) => {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort(
    ([a, x], [b, y]) => y - x || (a === null ? 1 : b === null ? -1 : a.localeCompare(b)),
  );
};

/** Stages as lawyers type them: the same words in any case and spacing are one stage. */
const stageKey = (s: string | null) => s?.trim().replace(/\s+/g, ' ') || null;

const inPeriod = (date: string | null, from: string, to: string): date is string =>
  date !== null && date >= from && date <= to;

const selectCases = (load: Caseload, held: HearingRow[], from: string, to: string) => {
  const heard = new Set(held.map((h) => h.caseId));
  return load.cases.filter((c) => {
    const start = startOf(c, load.firstHearing);
    return start <= to && (c.status === 'active' || heard.has(c.id) || start >= from);
  });
};

const byForum = (cases: CaseRow[]) => {
  const types = new Map(cases.map((c) => [c.forumName, c.forumType]));
  return tally(cases.map((c) => c.forumName)).map(([forum, n]) => ({
    forum,
    forumType: types.get(forum) ?? null,
    cases: n,
  }));
};

const byStage = (cases: CaseRow[]) => {
  const shown = new Map<string | null, string | null>();
  const keys = cases.map((c) => {
    const s = stageKey(c.stage);
    const k = s?.toLowerCase() ?? null;
    if (!shown.has(k)) shown.set(k, s);
    return k;
  });
  return tally(keys).map(([k, n]) => ({ stage: shown.get(k) ?? null, cases: n }));
};

/** Bail petitions filed in the period, by the forum they were filed in (lowest rung first). */
const bailByForum = (load: Caseload, caseIds: Set<string>, from: string, to: string) => {
  const rows = new Map<string | null, CaseloadReport['bailByForum'][number]>();
  for (const p of load.petitions) {
    if (!caseIds.has(p.caseId) || !inPeriod(p.filingDate, from, to)) continue;
    const row = rows.get(p.forumName) ?? {
      forum: p.forumName,
      forumType: p.forumType,
      granted: 0,
      dismissed: 0,
      pending: 0,
      withdrawn: 0,
      total: 0,
    };
    row[bailOutcome(p.status)] += 1;
    row.total += 1;
    rows.set(p.forumName, row);
  }
  const level = (t: ForumType | null) => (t ? (forumLevel(t) ?? 9) : 10);
  return [...rows.values()].sort(
    (a, b) => level(a.forumType) - level(b.forumType) || (a.forum ?? '~').localeCompare(b.forum ?? '~'),
  );
};

/**
 * Days from arrest to bail. For each case and client, the first post-arrest bail petition
 * (CrPC 496, 497, ATA 21-D: stats.ts POST_ARREST_KINDS) granted or confirmed, dated by the order
 * granting it (stats.ts orderDate: a hearing recorded "bail granted" for it or in its forum after
 * filing, or a bail-order event recorded "granted"); days = that date minus the case's arrest date,
 * in calendar days. A grant counts when its order falls in the period. Left out and counted
 * separately: grants with no order date recorded (counted when filed in the period), and grants in
 * the period on a case with no arrest date (or an order dated before the arrest). The median of an
 * even number of grants is the mean of the middle two.
 */
const arrestToBail = (load: Caseload, from: string, to: string) => {
  const caseById = new Map(load.cases.map((c) => [c.id, c]));
  const hearingIds = new Map<string, string[]>();
  const hearingsOf = new Map<string, HearingRow[]>();
  for (const h of load.hearings) {
    if (h.bailPetitionId) hearingIds.set(h.bailPetitionId, [...(hearingIds.get(h.bailPetitionId) ?? []), h.id]);
    const list = hearingsOf.get(h.caseId);
    if (list) list.push(h);
    else hearingsOf.set(h.caseId, [h]);
  }
  const grants = new Map<string, { dates: string[]; filedInPeriod: boolean; arrest: string | null }>();
  for (const p of load.petitions) {
    const c = caseById.get(p.caseId);
    if (!c || !POST_ARREST_KINDS.includes(p.kind) || bailOutcome(p.status) !== 'granted') continue;
    const date = orderDate(
      { ...p, hearingIds: hearingIds.get(p.id) ?? [] },
      { hearings: hearingsOf.get(p.caseId) ?? [], bailOrders: load.bailOrders.get(p.caseId) ?? [] },
    );
    const key = `${p.caseId}|${p.clientId ?? ''}`;
    const g = grants.get(key) ?? { dates: [], filedInPeriod: false, arrest: c.arrestDate };
    if (date) g.dates.push(date);
    g.filedInPeriod ||= inPeriod(p.filingDate, from, to);
    grants.set(key, g);
  }
  const days: number[] = [];
  let undated = 0;
  let noArrest = 0;
  for (const g of grants.values()) {
    const date = g.dates.sort()[0];
    if (!date) undated += g.filedInPeriod ? 1 : 0;
    else if (!inPeriod(date, from, to)) continue;
    else if (g.arrest === null || date < g.arrest) noArrest += 1;
    else days.push(daysBetween(g.arrest, date));
  }
  days.sort((a, b) => a - b);
  return {
    median: median(days),
    grants: days.length,
    min: days[0] ?? null,
    max: days.at(-1) ?? null,
    undated,
    noArrest,
    days,
  };
};

/**
 * Clients in custody (as recorded now) with an arrest on or before `asOf`, each once: with every
 * case they are held in, the earliest arrest and the longest stay, counted in calendar days to
 * `asOf`. Complainants are not counted. Named by codename (else "Client 1", "Client 2"…) when
 * redacted.
 */
const custody = (load: Caseload, asOf: string, redacted: boolean) => {
  const held = new Map(
    load.cases
      .filter((c) => c.custodyStatus === 'in_custody' && c.arrestDate !== null && c.arrestDate <= asOf)
      .map((c) => [c.id, c]),
  );
  const byClient = new Map<string, { name: string; codename: string | null; refs: string[]; arrest: string }>();
  for (const p of load.parties) {
    const c = held.get(p.caseId);
    if (!c || p.role === 'complainant') continue;
    const ref = c.caseNumber ?? (c.firNumber ? `FIR ${c.firNumber}` : 'Case');
    const row = byClient.get(p.client.id);
    if (row) {
      row.refs.push(ref);
      if (c.arrestDate! < row.arrest) row.arrest = c.arrestDate!;
    } else {
      byClient.set(p.client.id, {
        name: p.client.fullName,
        codename: p.client.codename,
        refs: [ref],
        arrest: c.arrestDate!,
      });
    }
  }
  const rows = [...byClient.values()]
    .map((r) => ({ ...r, days: daysBetween(r.arrest, asOf) }))
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name));
  return rows.map((r, i) => ({
    client: redacted ? r.codename?.trim() || `Client ${i + 1}` : r.name,
    cases: r.refs.join('; '),
    arrestDate: r.arrest,
    days: r.days,
  }));
};

export const buildCaseload = (
  load: Caseload,
  period: { from: string; to: string; redacted: boolean },
  today: string,
): CaseloadReport => {
  const { from, to, redacted } = period;
  const asOf = to < today ? to : today;
  const held = load.hearings.filter((h) => inPeriod(h.date, from, asOf));
  const cases = selectCases(load, held, from, to);
  const ids = new Set(cases.map((c) => c.id));
  const offences = (id: string) => load.offences.get(id) ?? [];
  const lawCounts = new Map<LawGroup, number>();
  for (const c of cases) for (const g of lawGroupsOf(c, offences(c.id))) lawCounts.set(g, (lawCounts.get(g) ?? 0) + 1);
  const hearings = held.filter((h) => ids.has(h.caseId));
  const bail = bailByForum(load, ids, from, to);
  const custodyRows = custody(load, asOf, redacted);
  return {
    from,
    to,
    asOf,
    printedOn: today,
    redacted,
    totals: {
      cases: cases.length,
      clients: new Set(load.parties.filter((p) => ids.has(p.caseId)).map((p) => p.client.id)).size,
      hearings: hearings.length,
      bailPetitions: bail.reduce((n, r) => n + r.total, 0),
      inCustody: custodyRows.length,
    },
    byLaw: LAW_GROUPS.map((group) => ({ group, cases: lawCounts.get(group) ?? 0 })),
    byForum: byForum(cases),
    byStage: byStage(cases),
    byDistrict: tally(cases.map((c) => c.firDistrict?.trim() || c.stationDistrict || null)).map(([district, n]) => ({
      district,
      cases: n,
    })),
    bailByForum: bail,
    arrestToBail: arrestToBail(load, from, to),
    custody: custodyRows,
    custodyBands: CUSTODY_BANDS.map((band) => ({
      band,
      clients: custodyRows.filter((r) => custodyBand(r.days) === band).length,
    })),
    hearingsByMonth: monthsBetween(from, to).map((month) => {
      const inMonth = hearings.filter((h) => h.date.startsWith(month));
      return { month, hearings: inMonth.length, adjourned: inMonth.filter((h) => h.outcome === 'adjourned').length };
    }),
  };
};
