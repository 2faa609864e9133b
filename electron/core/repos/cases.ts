import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { caseInput, CaseSummary } from '../../shared/contract';
import type { CaseStatus } from '../../shared/enums';
import type { Db } from '../db/client';
import { preparedOnce, sqlOnce } from '../db/prepared';
import {
  caseLawyers,
  caseParties,
  cases,
  clients,
  courts,
  lawyers,
  notes,
  offences,
  policeStations,
} from '../db/schema';
import { AppFailure, must } from '../errors';
import { likePattern, newId } from '../lib/ids';
import {
  nextDateByCase,
  offenceOf,
  offencesByCase,
  partiesByCase,
  partyOf,
  selectHearings,
  type OffenceTuple,
  type PartyTuple,
} from './hearing-rows';
import { lawyerIdFor } from './reference';

type CaseData = z.output<typeof caseInput>;

export type CaseFilter = {
  query?: string | null;
  status?: CaseStatus | undefined;
  clientId?: string | undefined;
  ids?: string[];
};

const filterSql = (f: CaseFilter): SQL | undefined => {
  const parts: (SQL | undefined)[] = [];
  if (f.status) parts.push(eq(cases.status, f.status));
  if (f.ids) parts.push(inArray(cases.id, f.ids));
  if (f.clientId) {
    parts.push(
      sql`${cases.id} IN (SELECT ${caseParties.caseId} FROM ${caseParties} WHERE ${caseParties.clientId} = ${f.clientId})`,
    );
  }
  if (f.query) {
    const p = likePattern(f.query);
    parts.push(
      or(
        sql`${cases.title} LIKE ${p} ESCAPE '\\'`,
        sql`${cases.firNumber} LIKE ${p} ESCAPE '\\'`,
        sql`${cases.caseNumber} LIKE ${p} ESCAPE '\\'`,
        // A case is found by its clients' names too (titles of sensitive clients carry codenames).
        sql`${cases.id} IN (SELECT cp.case_id FROM case_parties cp JOIN clients cl ON cl.id = cp.client_id
          WHERE cl.full_name LIKE ${p} ESCAPE '\\' OR cl.name_ur LIKE ${p} ESCAPE '\\' OR cl.codename LIKE ${p} ESCAPE '\\')`,
      ),
    );
  }
  return and(...parts);
};

const summaryColumns = {
  id: cases.id,
  title: cases.title,
  caseType: cases.caseType,
  status: cases.status,
  caseNumber: cases.caseNumber,
  firNumber: cases.firNumber,
  firDate: cases.firDate,
  forumName: courts.name,
  custodyStatus: cases.custodyStatus,
};

const withLists = <R extends Omit<CaseSummary, 'parties' | 'offences' | 'nextHearingDate'>>(
  db: Db,
  rows: R[],
): CaseSummary[] => {
  const ids = rows.map((r) => r.id);
  const parties = partiesByCase(db, ids);
  const offs = offencesByCase(db, ids);
  const next = nextDateByCase(db, ids);
  return rows.map((r) => ({
    ...r,
    parties: parties.get(r.id) ?? [],
    offences: offs.get(r.id) ?? [],
    nextHearingDate: next.get(r.id) ?? null,
  }));
};

export const listCaseSummaries = (db: Db, f: CaseFilter): CaseSummary[] =>
  withLists(
    db,
    db
      .select(summaryColumns)
      .from(cases)
      .leftJoin(courts, eq(courts.id, cases.forumId))
      .where(filterSql(f))
      // The id last: cases changed at the same moment keep one order, the same as the client page's.
      .orderBy(desc(cases.updatedAt), asc(cases.id))
      .all(),
  );

/**
 * One window of the cases list (the cases page), for any number of cases: walked in the
 * (status, updated) indexes of migration 0017 and stopped after the window, so parties, offences and
 * next dates are read for those rows only. `total` is how many match the filter (first window only).
 */
/** The statement of one window's rows (exported for the test of its query plan). */
export const casePageQuery = (db: Db, f: Omit<CaseFilter, 'ids'> & { offset: number; limit: number }) =>
  db
    .select(summaryColumns)
    .from(cases)
    .leftJoin(courts, eq(courts.id, cases.forumId))
    .where(filterSql(f))
    .orderBy(desc(cases.updatedAt), asc(cases.id))
    .limit(f.limit)
    .offset(f.offset);

export const pageCaseSummaries = (
  db: Db,
  f: Omit<CaseFilter, 'ids'> & { offset: number; limit: number },
): { total: number | null; rows: CaseSummary[] } => {
  const where = filterSql(f);
  const rows = casePageQuery(db, f).all();
  const total = f.offset === 0 ? (db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0) : null;
  return { total, rows: withLists(db, rows) };
};

const caseId = sql.placeholder('id');

/*
 * A client's cases (the client page) in one statement, each with its parties, offences (as JSON, in
 * their saved order) and next date: a client of thirty cases opens in a third less time than with a
 * statement for each list (issue 8).
 */
const OF_CLIENT_SQL = `SELECT c.id, c.title, c.case_type, c.status, c.case_number, c.fir_number, c.fir_date, ct.name,
    c.custody_status,
    (SELECT json_group_array(json_array(x.client_id, x.role, cl.full_name, cl.codename, cl.sensitive) ORDER BY x.position)
      FROM case_parties x JOIN clients cl ON cl.id = x.client_id WHERE x.case_id = c.id),
    (SELECT json_group_array(json_array(o.id, o.statute, o.section, o.note) ORDER BY o.position)
      FROM offences o WHERE o.case_id = c.id),
    (SELECT min(h.date) FROM hearings h WHERE h.case_id = c.id AND h.outcome IS NULL)
  FROM case_parties cp JOIN cases c ON c.id = cp.case_id LEFT JOIN courts ct ON ct.id = c.forum_id
  WHERE cp.client_id = ? ORDER BY c.updated_at DESC, c.id`;

type S = CaseSummary;
type OfClientRow = [
  id: string,
  title: string,
  caseType: S['caseType'],
  status: S['status'],
  caseNumber: string | null,
  firNumber: string | null,
  firDate: string | null,
  forumName: string | null,
  custodyStatus: S['custodyStatus'],
  parties: string,
  offences: string,
  next: string | null,
];

/** A client's cases, most recently changed first (the client page). */
export const caseSummariesOfClient = (db: Db, clientId: string): CaseSummary[] =>
  (sqlOnce(db, OF_CLIENT_SQL).raw(true).all(clientId) as OfClientRow[]).map((r) => ({
    id: r[0],
    title: r[1],
    caseType: r[2],
    status: r[3],
    caseNumber: r[4],
    firNumber: r[5],
    firDate: r[6],
    forumName: r[7],
    custodyStatus: r[8],
    parties: (JSON.parse(r[9]) as PartyTuple[]).map(partyOf),
    offences: (JSON.parse(r[10]) as OffenceTuple[]).map(offenceOf),
    nextHearingDate: r[11],
  }));

/*
 * The case page's statements, compiled once per connection (db/prepared.ts): the page is opened
 * all day, and building and compiling its statements cost as much as running them.
 */
const PAGE = {
  summary: (db: Db) =>
    db
      .select(summaryColumns)
      .from(cases)
      .leftJoin(courts, eq(courts.id, cases.forumId))
      .where(eq(cases.id, caseId))
      .prepare(),
  row: (db: Db) => db.select().from(cases).where(eq(cases.id, caseId)).prepare(),
  station: (db: Db) =>
    db.select({ name: policeStations.name }).from(policeStations).where(eq(policeStations.id, caseId)).prepare(),
  team: (db: Db) =>
    db
      .select({ name: lawyers.name })
      .from(caseLawyers)
      .innerJoin(lawyers, eq(lawyers.id, caseLawyers.lawyerId))
      .where(eq(caseLawyers.caseId, caseId))
      .orderBy(caseLawyers.position)
      .prepare(),
  hearings: (db: Db) =>
    selectHearings(db)
      .where(eq(sql`hearings.case_id`, caseId))
      .orderBy(asc(sql`hearings.date`), asc(sql`coalesce(hearings.time, '')`))
      .prepare(),
  notes: (db: Db) =>
    db.select().from(notes).where(eq(notes.caseId, caseId)).orderBy(desc(notes.date), desc(notes.createdAt)).prepare(),
};

const page = <K extends keyof typeof PAGE>(db: Db, key: K): ReturnType<(typeof PAGE)[K]> =>
  preparedOnce(db, `case.${key}`, PAGE[key] as (db: Db) => ReturnType<(typeof PAGE)[K]>);

export const getCaseDetail = (db: Db, id: string) => {
  const summary = must(withLists(db, page(db, 'summary').all({ id }))[0], 'The case');
  const row = must(page(db, 'row').get({ id }), 'The case');
  const station = row.policeStationId ? page(db, 'station').get({ id: row.policeStationId }) : undefined;
  const team = page(db, 'team')
    .all({ id })
    .map((l) => l.name);
  const hearingList = page(db, 'hearings').all({ id });
  const caseNotes = page(db, 'notes').all({ id });
  return {
    ...summary,
    stage: row.stage,
    policeStationId: row.policeStationId,
    policeStationName: station?.name ?? null,
    firDistrict: row.firDistrict,
    investigatingAgency: row.investigatingAgency,
    forumId: row.forumId,
    arrestDate: row.arrestDate,
    arrestTime: row.arrestTime,
    capitalCharge: row.capitalCharge,
    releaseDate: row.releaseDate,
    prosecutor: row.prosecutor,
    opposingCounsel: row.opposingCounsel,
    team,
    hearings: hearingList,
    datedNotes: caseNotes,
    nextHearing: hearingList.find((h) => h.outcome === null) ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
};

const checkReferences = (db: Db, data: CaseData) => {
  const ids = data.parties.map((p) => p.clientId);
  const found = db
    .select({ id: clients.id, fullName: clients.fullName, codename: clients.codename, sensitive: clients.sensitive })
    .from(clients)
    .where(inArray(clients.id, ids))
    .all();
  if (found.length !== ids.length)
    throw new AppFailure('NOT_FOUND', 'A client on this case was not found.', { parties: 'Unknown client' });
  if (data.forumId && !db.select({ id: courts.id }).from(courts).where(eq(courts.id, data.forumId)).get()) {
    throw new AppFailure('NOT_FOUND', 'The forum was not found.', { forumId: 'Unknown forum' });
  }
  if (
    data.policeStationId &&
    !db.select({ id: policeStations.id }).from(policeStations).where(eq(policeStations.id, data.policeStationId)).get()
  ) {
    throw new AppFailure('NOT_FOUND', 'The police station was not found.', {
      policeStationId: 'Unknown police station',
    });
  }
  // A sensitive client is named by codename in a derived title: titles show on every list and printout.
  return new Map(found.map((c) => [c.id, c.sensitive && c.codename ? c.codename : c.fullName]));
};

/** A readable title when the lawyer gives none: the clients (codenames if sensitive), then the FIR or case number. */
const deriveTitle = (data: CaseData, names: Map<string, string>): string => {
  const who = data.parties.map((p) => names.get(p.clientId) ?? '').join(', ');
  const ref = data.firNumber ? `FIR ${data.firNumber}` : data.caseNumber;
  return ref ? `${who} — ${ref}` : who;
};

/** Creates or replaces a case with its parties, offences and team, in one transaction. */
export const saveCase = (db: Db, id: string | null, data: CaseData, now: string): string =>
  db.transaction((tx) => {
    const names = checkReferences(tx as unknown as Db, data);
    const { parties, offences: offenceRows, team, title, ...fields } = data;
    const values = { ...fields, title: title ?? deriveTitle(data, names), updatedAt: now };
    const caseId = id ?? newId();
    if (id) {
      must(tx.select({ id: cases.id }).from(cases).where(eq(cases.id, id)).get(), 'The case');
      tx.update(cases).set(values).where(eq(cases.id, id)).run();
      tx.delete(caseParties).where(eq(caseParties.caseId, id)).run();
      tx.delete(offences).where(eq(offences.caseId, id)).run();
      tx.delete(caseLawyers).where(eq(caseLawyers.caseId, id)).run();
    } else {
      tx.insert(cases)
        .values({ ...values, id: caseId, createdAt: now })
        .run();
    }
    parties.forEach((p, position) =>
      tx
        .insert(caseParties)
        .values({ caseId, ...p, position })
        .run(),
    );
    offenceRows.forEach((o, position) =>
      tx
        .insert(offences)
        .values({ id: newId(), caseId, ...o, position })
        .run(),
    );
    const lawyerIds = [...new Set(team.map((name) => lawyerIdFor(tx as unknown as Db, name, now)))];
    lawyerIds.forEach((lawyerId, position) => tx.insert(caseLawyers).values({ caseId, lawyerId, position }).run());
    return caseId;
  });

const touch = (db: Db) =>
  db
    .update(cases)
    .set({
      updatedAt: sql`${sql.placeholder('now')}`,
      status: sql`coalesce(${sql.placeholder('status')}, ${cases.status})`,
    })
    .where(eq(cases.id, sql.placeholder('id')))
    .prepare();

/** A case's last change is now (the lists show recently changed cases first); with a status, that too. */
export const touchCase = (db: Db, id: string, now: string, status?: CaseStatus) =>
  preparedOnce(db, 'case.touch', touch).run({ id, now, status: status ?? null });
