import { and, asc, between, eq, inArray, isNull, min, ne, or, type SQLWrapper } from 'drizzle-orm';
import { eventDetails } from '../../shared/deadline-schemas';
import type { CasePartyRole } from '../../shared/enums';
import type { Db } from '../db/client';
import {
  bailPetitions,
  caseEvents,
  caseParties,
  cases,
  clients,
  courts,
  hearings,
  offences,
  policeStations,
} from '../db/schema';
import { must } from '../errors';
import type { OrderEvidence } from '../services/reports/stats';
import type { ClientRow } from '../services/reports/redaction';
import { listBail } from './bail';
import { getCaseDetail, listCaseSummaries } from './cases';
import { listCaseDeadlines } from './deadlines';

/* What the reports read: a case with everything its summary prints, and the whole caseload. */

export const getClient = (db: Db, id: string): ClientRow =>
  must(db.select().from(clients).where(eq(clients.id, id)).get(), 'The client');

/** The parties of a case as full client rows (the summary decides what of them to print). */
const partyRows = (db: Db, caseId: string): { client: ClientRow; role: CasePartyRole }[] =>
  db
    .select({ client: clients, role: caseParties.role })
    .from(caseParties)
    .innerJoin(clients, eq(clients.id, caseParties.clientId))
    .where(eq(caseParties.caseId, caseId))
    .orderBy(asc(caseParties.position))
    .all();

const forumTypeOf = (db: Db, courtId: string | null) =>
  courtId ? (db.select({ t: courts.forumType }).from(courts).where(eq(courts.id, courtId)).get()?.t ?? null) : null;

const stationDistrict = (db: Db, id: string | null) =>
  id
    ? (db.select({ d: policeStations.district }).from(policeStations).where(eq(policeStations.id, id)).get()?.d ?? null)
    : null;

/** Bail-order events of some cases (the ids, or a subquery giving them), with the result the lawyer recorded. */
const bailOrdersByCase = (db: Db, caseIds: string[] | SQLWrapper) => {
  const map = new Map<string, OrderEvidence['bailOrders']>();
  if (Array.isArray(caseIds) && caseIds.length === 0) return map;
  const rows = db
    .select({
      caseId: caseEvents.caseId,
      date: caseEvents.date,
      courtId: caseEvents.courtId,
      details: caseEvents.details,
    })
    .from(caseEvents)
    .where(and(inArray(caseEvents.caseId, caseIds), eq(caseEvents.kind, 'bail_order')))
    .all();
  for (const r of rows) {
    const parsed = eventDetails.safeParse(JSON.parse(r.details));
    const result = parsed.success ? (parsed.data.bailResult ?? null) : null;
    map.set(r.caseId, [...(map.get(r.caseId) ?? []), { date: r.date, courtId: r.courtId, result }]);
  }
  return map;
};

/** One case with what its printed summary needs. */
export const loadCaseBundle = (db: Db, caseId: string) => {
  const detail = getCaseDetail(db, caseId);
  return {
    detail,
    forumType: forumTypeOf(db, detail.forumId),
    stationDistrict: stationDistrict(db, detail.policeStationId),
    parties: partyRows(db, caseId),
    deadlines: listCaseDeadlines(db, caseId),
    bail: listBail(db, caseId),
    bailOrders: bailOrdersByCase(db, [caseId]).get(caseId) ?? [],
  };
};
export type CaseBundle = ReturnType<typeof loadCaseBundle>;

/** A client's cases (archived ones left out), each as a bundle. */
export const loadClientCases = (db: Db, clientId: string): CaseBundle[] =>
  listCaseSummaries(db, { clientId })
    .filter((c) => c.status !== 'archived')
    .map((c) => loadCaseBundle(db, c.id));

/**
 * The whole caseload (archived cases left out), in flat rows the report counts from. Of the
 * hearings, only those the report reads: the ones held in the period, and every hearing of a case
 * with a bail petition (they date its bail orders); each case's first hearing comes as one date. A
 * large office has a million hearings: reading them all took seconds and over a gigabyte (issue 8).
 */
export const loadCaseload = (db: Db, period: { from: string; to: string }) => {
  const caseRows = db
    .select({
      id: cases.id,
      status: cases.status,
      caseType: cases.caseType,
      stage: cases.stage,
      forumId: cases.forumId,
      forumName: courts.name,
      forumType: courts.forumType,
      firNumber: cases.firNumber,
      firDate: cases.firDate,
      caseNumber: cases.caseNumber,
      firDistrict: cases.firDistrict,
      stationDistrict: policeStations.district,
      custodyStatus: cases.custodyStatus,
      arrestDate: cases.arrestDate,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .leftJoin(courts, eq(courts.id, cases.forumId))
    .leftJoin(policeStations, eq(policeStations.id, cases.policeStationId))
    .where(ne(cases.status, 'archived'))
    .orderBy(asc(cases.createdAt))
    .all();
  const ids = caseRows.map((c) => c.id);
  // The same cases as a subquery: a large office's caseload (90,000 cases) is more ids than SQLite
  // takes as parameters ("too many SQL variables").
  const active = db.select({ id: cases.id }).from(cases).where(ne(cases.status, 'archived'));
  const parties =
    ids.length === 0
      ? []
      : db
          // Only what the report names a client by.
          .select({
            caseId: caseParties.caseId,
            role: caseParties.role,
            client: { id: clients.id, fullName: clients.fullName, codename: clients.codename },
          })
          .from(caseParties)
          .innerJoin(clients, eq(clients.id, caseParties.clientId))
          .where(inArray(caseParties.caseId, active))
          .orderBy(asc(caseParties.position))
          .all();
  const hearingRows =
    ids.length === 0
      ? []
      : db
          .select({
            id: hearings.id,
            caseId: hearings.caseId,
            date: hearings.date,
            courtId: hearings.courtId,
            outcome: hearings.outcome,
            bailPetitionId: hearings.bailPetitionId,
          })
          .from(hearings)
          .where(
            and(
              inArray(hearings.caseId, active),
              or(
                between(hearings.date, period.from, period.to),
                inArray(hearings.caseId, db.select({ id: bailPetitions.caseId }).from(bailPetitions)),
              ),
            ),
          )
          .all();
  // The first hearing of a case with neither an FIR date nor an arrest date (when it began): one seek
  // each in the per-case index.
  const undated = db
    .select({ id: cases.id })
    .from(cases)
    .where(and(ne(cases.status, 'archived'), isNull(cases.firDate), isNull(cases.arrestDate)));
  const firstHearing = new Map(
    (
      db
        .select({ caseId: hearings.caseId, date: min(hearings.date) })
        .from(hearings)
        .where(inArray(hearings.caseId, undated))
        .groupBy(hearings.caseId)
        .all() as { caseId: string; date: string }[]
    ).map((r) => [r.caseId, r.date] as const),
  );
  const offenceRows = db
    .select({
      caseId: offences.caseId,
      id: offences.id,
      statute: offences.statute,
      section: offences.section,
      note: offences.note,
    })
    .from(offences)
    .where(inArray(offences.caseId, active))
    .orderBy(asc(offences.position))
    .all();
  const offencesOf = new Map<string, Omit<(typeof offenceRows)[number], 'caseId'>[]>();
  for (const { caseId, ...o } of offenceRows) {
    const list = offencesOf.get(caseId);
    if (list) list.push(o);
    else offencesOf.set(caseId, [o]);
  }
  const petitions =
    ids.length === 0
      ? []
      : db
          .select({
            id: bailPetitions.id,
            caseId: bailPetitions.caseId,
            clientId: bailPetitions.clientId,
            kind: bailPetitions.kind,
            forumId: bailPetitions.forumId,
            forumName: courts.name,
            forumType: courts.forumType,
            filingDate: bailPetitions.filingDate,
            status: bailPetitions.status,
          })
          .from(bailPetitions)
          .leftJoin(courts, eq(courts.id, bailPetitions.forumId))
          .where(inArray(bailPetitions.caseId, active))
          .all();
  return {
    cases: caseRows,
    parties,
    offences: offencesOf,
    hearings: hearingRows,
    firstHearing,
    petitions,
    bailOrders: bailOrdersByCase(db, active),
  };
};
export type Caseload = ReturnType<typeof loadCaseload>;
