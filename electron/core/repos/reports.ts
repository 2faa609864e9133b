import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { eventDetails } from '../../shared/deadline-schemas';
import type { CasePartyRole } from '../../shared/enums';
import type { Db } from '../db/client';
import { bailPetitions, caseEvents, caseParties, cases, clients, courts, hearings, policeStations } from '../db/schema';
import { must } from '../errors';
import type { OrderEvidence } from '../services/reports/stats';
import type { ClientRow } from '../services/reports/redaction';
import { listBail } from './bail';
import { getCaseDetail, listCaseSummaries } from './cases';
import { listCaseDeadlines } from './deadlines';
import { offencesByCase } from './hearing-rows';

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

/** Bail-order events of some cases, with the result the lawyer recorded. */
const bailOrdersByCase = (db: Db, caseIds: string[]) => {
  const map = new Map<string, OrderEvidence['bailOrders']>();
  if (caseIds.length === 0) return map;
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

/** The whole caseload (archived cases left out), in flat rows the report counts from. */
export const loadCaseload = (db: Db) => {
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
  const parties =
    ids.length === 0
      ? []
      : db
          .select({ caseId: caseParties.caseId, role: caseParties.role, client: clients })
          .from(caseParties)
          .innerJoin(clients, eq(clients.id, caseParties.clientId))
          .where(inArray(caseParties.caseId, ids))
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
          .where(inArray(hearings.caseId, ids))
          .all();
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
          .where(inArray(bailPetitions.caseId, ids))
          .all();
  return {
    cases: caseRows,
    parties,
    offences: offencesByCase(db, ids),
    hearings: hearingRows,
    petitions,
    bailOrders: bailOrdersByCase(db, ids),
  };
};
export type Caseload = ReturnType<typeof loadCaseload>;
