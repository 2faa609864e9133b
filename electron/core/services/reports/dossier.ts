import type { ClientDossier, DossierCase, UpcomingItem } from '../../../shared/report-schemas';
import type { CaseBundle } from '../../repos/reports';
import { bailLines, caseRef, custodyDays, hearingLine, nextHearing, openDeadlines } from './case-summary';
import { offenceLine } from './offence-names';
import { aliasOf, makeScrub, noScrub, redactByDefault, toPerson, type ClientRow, type Scrub } from './redaction';

/*
 * A client's dossier: every case of theirs across forums, and one list of what comes next on all
 * of them (hearings and open deadlines from today, by date). Redaction hides the client and
 * everyone who stands with them on any of these cases. Pure.
 */

const dossierCase = (b: CaseBundle, clientId: string, today: string, redacted: boolean, scrub: Scrub): DossierCase => {
  const d = b.detail;
  const recorded = d.hearings.filter((h) => h.outcome !== null);
  const last = recorded.at(-1);
  const next = nextHearing(d.hearings, today);
  const bail = bailLines(b, () => null).at(-1) ?? null;
  return {
    caseId: d.id,
    title: redacted ? caseRef(d) : d.title,
    caseType: d.caseType,
    status: d.status,
    role: b.parties.find((p) => p.client.id === clientId)?.role ?? 'accused',
    forum: d.forumName,
    forumType: b.forumType,
    caseNumber: d.caseNumber,
    firNumber: d.firNumber,
    firDate: d.firDate,
    policeStation: d.policeStationName,
    offences: d.offences.map(offenceLine),
    stage: scrub(d.stage),
    custodyStatus: d.custodyStatus,
    arrestDate: d.arrestDate,
    daysInCustody: custodyDays(d, today),
    lastHearing: last ? hearingLine(last, scrub) : null,
    nextDate: next ? hearingLine(next, scrub) : null,
    bail,
    openDeadlines: openDeadlines(b.deadlines).length,
  };
};

const upcomingOf = (b: CaseBundle, today: string, scrub: Scrub): UpcomingItem[] => {
  const ref = caseRef(b.detail);
  const hearings = b.detail.hearings
    .filter((h) => h.outcome === null && h.date >= today)
    .map((h) => ({
      date: h.date,
      time: h.time,
      kind: 'hearing' as const,
      caseId: b.detail.id,
      caseRef: ref,
      forum: [h.courtName, h.bench].filter(Boolean).join(' — ') || null,
      what: scrub(h.purpose) ?? '',
    }));
  const deadlines = openDeadlines(b.deadlines)
    .filter((x) => x.dueDate >= today)
    .map((x) => ({
      date: x.dueDate,
      time: x.dueTime,
      kind: 'deadline' as const,
      caseId: b.detail.id,
      caseRef: ref,
      forum: b.detail.forumName,
      what: x.title,
    }));
  return [...hearings, ...deadlines];
};

/** Active cases first, then by their next date (none last), then by reference. */
const order = (a: DossierCase, b: DossierCase) =>
  (a.status === 'active' ? 0 : 1) - (b.status === 'active' ? 0 : 1) ||
  (a.nextDate?.date ?? '9999').localeCompare(b.nextDate?.date ?? '9999') ||
  a.title.localeCompare(b.title);

export const buildDossier = (
  client: ClientRow,
  bundles: CaseBundle[],
  today: string,
  asked: boolean | undefined,
): ClientDossier => {
  // Everyone on these cases, the client first, each with an alias of their own.
  const people = new Map<string, ClientRow>([[client.id, client]]);
  for (const b of bundles) for (const p of b.parties) if (!people.has(p.client.id)) people.set(p.client.id, p.client);
  const byDefault = redactByDefault([...people.values()]);
  const redacted = asked ?? byDefault;
  const hidden = [...people.values()].map((c, i) => ({ client: c, alias: aliasOf(c, i) }));
  const scrub = redacted ? makeScrub(hidden) : noScrub;
  const upcoming = bundles
    .flatMap((b) => upcomingOf(b, today, scrub))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  return {
    clientId: client.id,
    printedOn: today,
    redacted,
    redactedByDefault: byDefault,
    person: toPerson(client, null, redacted, aliasOf(client, 0)),
    cases: bundles.map((b) => dossierCase(b, client.id, today, redacted, scrub)).sort(order),
    upcoming,
  };
};
