import type { Hearing } from '../../../shared/contract';
import type { Deadline } from '../../../shared/deadline-schemas';
import type { RuleTrigger } from '../../../shared/enums';
import type { BailLine, CaseSummaryReport, HearingLine } from '../../../shared/report-schemas';
import type { CaseBundle } from '../../repos/reports';
import { offenceLine } from './offence-names';
import { aliasOf, makeScrub, noScrub, redactByDefault, toPerson, type Scrub } from './redaction';
import { daysBetween, orderDate } from './stats';

/* The one-page case summary a lawyer carries into court, assembled from a loaded case. Pure. */

/** Deadlines that count from custody: arrest, remands and detention orders. */
const CUSTODY_TRIGGERS: readonly string[] = [
  'arrest',
  'police_remand',
  'police_remand_first',
  'judicial_remand',
  'ata_remand',
  'detention_order',
] satisfies RuleTrigger[];

export const hearingLine = (h: Hearing, scrub: Scrub): HearingLine => ({
  date: h.date,
  time: h.time,
  forum: h.courtName,
  bench: h.bench,
  purpose: scrub(h.purpose) ?? '',
  outcome: h.outcome,
  shortOrder: scrub(h.shortOrder),
});

/** Open deadlines still standing (not marked done or dismissed, not overtaken by a changed fact). */
export const openDeadlines = (deadlines: Deadline[]) => deadlines.filter((d) => d.status === 'open' && !d.obsolete);

const sourceOf = (d: Deadline) => `${d.explanation.statute} ${d.explanation.section}`.trim();

/** In custody: arrest to today; released or on bail with a release date: arrest to release. */
export const custodyDays = (
  c: { custodyStatus: string; arrestDate: string | null; releaseDate: string | null },
  today: string,
): number | null => {
  if (!c.arrestDate) return null;
  if (c.custodyStatus === 'in_custody') return daysBetween(c.arrestDate, today);
  return c.releaseDate ? daysBetween(c.arrestDate, c.releaseDate) : null;
};

/** The earliest hearing from today on still waiting for its outcome. */
export const nextHearing = (hearings: Hearing[], today: string) =>
  hearings.find((h) => h.outcome === null && h.date >= today) ?? null;

/** A case's reference without names: its number in court, else its FIR. */
export const caseRef = (c: {
  caseNumber: string | null;
  firNumber: string | null;
  policeStationName?: string | null;
}) =>
  c.caseNumber ??
  (c.firNumber ? `FIR ${c.firNumber}${c.policeStationName ? `, PS ${c.policeStationName}` : ''}` : 'Case');

export const bailLines = (b: CaseBundle, label: (clientId: string | null) => string | null): BailLine[] => {
  const evidence = { hearings: b.detail.hearings, bailOrders: b.bailOrders };
  return b.bail.map((p) => ({
    id: p.id,
    kind: p.kind,
    party: label(p.clientId),
    forum: p.forumName,
    forumType: p.forumType,
    filingDate: p.filingDate,
    status: p.status,
    orderDate: orderDate(p, evidence),
    escalatedFromId: p.escalatedFromId,
  }));
};

/** Whether to redact, and how: every party of the case is hidden behind its alias. */
export const redactionFor = (people: CaseBundle['parties'], asked: boolean | undefined) => {
  const byDefault = redactByDefault(people.map((p) => p.client));
  const redacted = asked ?? byDefault;
  const aliases = new Map(people.map((p, i) => [p.client.id, aliasOf(p.client, i)]));
  const scrub = redacted
    ? makeScrub(people.map((p, i) => ({ client: p.client, alias: aliasOf(p.client, i) })))
    : noScrub;
  return { byDefault, redacted, aliases, scrub };
};

export const buildCaseSummary = (b: CaseBundle, today: string, asked: boolean | undefined): CaseSummaryReport => {
  const d = b.detail;
  const { byDefault, redacted, aliases, scrub } = redactionFor(b.parties, asked);
  const alias = (id: string) => aliases.get(id) ?? 'Client';
  const open = openDeadlines(b.deadlines);
  const milestone = open.find((x) => x.dueDate >= today && CUSTODY_TRIGGERS.includes(x.explanation.trigger.kind));
  const recorded = d.hearings.filter((h) => h.outcome !== null);
  const name = (id: string | null) => {
    if (!id || b.parties.length < 2) return null;
    const p = b.parties.find((x) => x.client.id === id);
    return p ? (redacted ? alias(id) : p.client.fullName) : null;
  };
  return {
    caseId: d.id,
    printedOn: today,
    redacted,
    redactedByDefault: byDefault,
    title: redacted
      ? [b.parties.map((p) => alias(p.client.id)).join(', '), caseRef(d)].filter(Boolean).join(' — ')
      : d.title,
    caseType: d.caseType,
    status: d.status,
    stage: scrub(d.stage),
    forum: d.forumName,
    forumType: b.forumType,
    caseNumber: d.caseNumber,
    fir: {
      number: d.firNumber,
      date: d.firDate,
      policeStation: d.policeStationName,
      district: d.firDistrict ?? b.stationDistrict,
      agency: d.investigatingAgency,
    },
    offences: d.offences.map(offenceLine),
    parties: b.parties.map((p) => toPerson(p.client, p.role, redacted, alias(p.client.id))),
    custody: {
      status: d.custodyStatus,
      arrestDate: d.arrestDate,
      arrestTime: d.arrestTime,
      releaseDate: d.releaseDate,
      days: custodyDays(d, today),
      capitalCharge: d.capitalCharge,
      nextMilestone: milestone
        ? { title: milestone.title, dueDate: milestone.dueDate, source: sourceOf(milestone) }
        : null,
    },
    lastHearings: recorded.slice(-3).map((h) => hearingLine(h, scrub)),
    nextDate: (() => {
      const n = nextHearing(d.hearings, today);
      return n ? hearingLine(n, scrub) : null;
    })(),
    unrecorded: d.hearings.filter((h) => h.outcome === null && h.date < today).length,
    openDeadlines: open.map((x) => ({
      title: x.title,
      dueDate: x.dueDate,
      dueTime: x.dueTime,
      source: sourceOf(x),
      overdue: x.dueDate < today,
    })),
    bail: bailLines(b, name),
    counsel: { team: d.team, prosecutor: d.prosecutor, opposingCounsel: d.opposingCounsel },
  };
};
