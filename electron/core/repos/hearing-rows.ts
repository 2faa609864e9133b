import { and, eq, isNull, min, sql, type SQLWrapper } from 'drizzle-orm';
import type { CasePartyRole } from '../../shared/enums';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { caseParties, clients, courts, hearings, offences } from '../db/schema';

/** Hearing columns with the forum's name, as the contract's `hearing` shape. */
export const hearingColumns = {
  id: hearings.id,
  caseId: hearings.caseId,
  date: hearings.date,
  time: hearings.time,
  courtId: hearings.courtId,
  courtName: courts.name,
  bench: hearings.bench,
  purpose: hearings.purpose,
  outcome: hearings.outcome,
  shortOrder: hearings.shortOrder,
  nextDate: hearings.nextDate,
  nextHearingId: hearings.nextHearingId,
  bailPetitionId: hearings.bailPetitionId,
};

export const selectHearings = (db: Db) =>
  db.select(hearingColumns).from(hearings).leftJoin(courts, eq(courts.id, hearings.courtId));

const group = <T extends { caseId: string }>(rows: T[]): Map<string, Omit<T, 'caseId'>[]> => {
  const map = new Map<string, Omit<T, 'caseId'>[]>();
  for (const { caseId, ...rest } of rows) {
    const list = map.get(caseId) ?? [];
    list.push(rest);
    map.set(caseId, list);
  }
  return map;
};

/** `column IN` the ids given as one JSON array: one statement, compiled once, for any number of ids. */
const inIds = (column: SQLWrapper) => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`;

const partiesOf = (db: Db) =>
  db
    .select({
      caseId: caseParties.caseId,
      clientId: caseParties.clientId,
      role: caseParties.role,
      fullName: clients.fullName,
      codename: clients.codename,
      sensitive: clients.sensitive,
    })
    .from(caseParties)
    .innerJoin(clients, eq(clients.id, caseParties.clientId))
    .where(inIds(caseParties.caseId))
    .orderBy(caseParties.position)
    .prepare();

type Party = { clientId: string; role: CasePartyRole; fullName: string; codename: string | null; sensitive: boolean };

/** Parties of many cases in one query, in their saved order. */
export const partiesByCase = (db: Db, caseIds: string[]): Map<string, Party[]> => {
  const map = new Map<string, Party[]>();
  if (caseIds.length === 0) return map;
  for (const r of preparedOnce(db, 'partiesByCase', partiesOf).all({ ids: JSON.stringify(caseIds) })) {
    const party = {
      clientId: r.clientId,
      role: r.role,
      fullName: r.fullName,
      codename: r.codename,
      sensitive: r.sensitive,
    };
    const list = map.get(r.caseId);
    if (list) list.push(party);
    else map.set(r.caseId, [party]);
  }
  return map;
};

const offencesOf = (db: Db) =>
  db
    .select({
      caseId: offences.caseId,
      id: offences.id,
      statute: offences.statute,
      section: offences.section,
      note: offences.note,
    })
    .from(offences)
    .where(inIds(offences.caseId))
    .orderBy(offences.position)
    .prepare();

export const offencesByCase = (db: Db, caseIds: string[]) =>
  group(
    caseIds.length === 0 ? [] : preparedOnce(db, 'offencesByCase', offencesOf).all({ ids: JSON.stringify(caseIds) }),
  );

const nextDatesOf = (db: Db) =>
  db
    .select({ caseId: hearings.caseId, date: min(hearings.date) })
    .from(hearings)
    .where(and(inIds(hearings.caseId), isNull(hearings.outcome)))
    .groupBy(hearings.caseId)
    .prepare();

/** The next date of each case: its earliest hearing still awaiting an outcome. */
export const nextDateByCase = (db: Db, caseIds: string[]): Map<string, string> => {
  if (caseIds.length === 0) return new Map();
  const rows = preparedOnce(db, 'nextDateByCase', nextDatesOf).all({ ids: JSON.stringify(caseIds) });
  return new Map(rows.flatMap((r) => (r.date ? [[r.caseId, r.date] as const] : [])));
};
