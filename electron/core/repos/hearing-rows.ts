import { and, eq, isNull, min, sql, type SQLWrapper } from 'drizzle-orm';
import type { CasePartyRole } from '../../shared/enums';
import type { Db } from '../db/client';
import { preparedOnce, sqlOnce } from '../db/prepared';
import { courts, hearings, offences } from '../db/schema';

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

/** Read as arrays and made into parties in one step: the dashboard asks for some 1,600 cases' parties. */
const PARTIES_SQL = `SELECT cp.case_id, cp.client_id, cp.role, cl.full_name, cl.codename, cl.sensitive
  FROM case_parties cp JOIN clients cl ON cl.id = cp.client_id
  WHERE cp.case_id IN (SELECT value FROM json_each(?)) ORDER BY cp.position`;
type PartyRow = [
  caseId: string,
  clientId: string,
  role: CasePartyRole,
  fullName: string,
  codename: string | null,
  sensitive: 0 | 1,
];

type Party = { clientId: string; role: CasePartyRole; fullName: string; codename: string | null; sensitive: boolean };

/** Parties of many cases in one query, in their saved order. */
export const partiesByCase = (db: Db, caseIds: string[]): Map<string, Party[]> => {
  const map = new Map<string, Party[]>();
  if (caseIds.length === 0) return map;
  const rows = sqlOnce(db, PARTIES_SQL).raw(true).all(JSON.stringify(caseIds)) as PartyRow[];
  for (const [caseId, clientId, role, fullName, codename, sensitive] of rows) {
    const party = { clientId, role, fullName, codename, sensitive: sensitive === 1 };
    const list = map.get(caseId);
    if (list) list.push(party);
    else map.set(caseId, [party]);
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
