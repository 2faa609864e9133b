import { eq } from 'drizzle-orm';
import type { CasePartyRole, Statute } from '../../shared/enums';
import type { Db } from '../db/client';
import { sqlOnce } from '../db/prepared';
import { courts, hearings } from '../db/schema';

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

/*
 * The parties and offences of many cases, each in one statement compiled once per connection, with
 * the case ids as one JSON array; read as arrays and made into objects in one step (issue 8: the
 * dashboard asks for some 1,600 cases' parties, and the client and case pages call these on every open).
 */
const JSON_IDS = 'IN (SELECT value FROM json_each(?))';

/** Rows whose first column is the case id, grouped by case in their order, each made by `make`. */
const byCase = <R extends [string, ...unknown[]], T>(
  db: Db,
  sql: string,
  caseIds: string[],
  make: (row: R) => T,
): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  if (caseIds.length === 0) return map;
  for (const row of sqlOnce(db, sql).raw(true).all(JSON.stringify(caseIds)) as R[]) {
    const item = make(row);
    const list = map.get(row[0]);
    if (list) list.push(item);
    else map.set(row[0], [item]);
  }
  return map;
};

const PARTIES_SQL = `SELECT cp.case_id, cp.client_id, cp.role, cl.full_name, cl.codename, cl.sensitive
  FROM case_parties cp JOIN clients cl ON cl.id = cp.client_id WHERE cp.case_id ${JSON_IDS} ORDER BY cp.position`;
/** A party as its columns come, in this order, from a statement here or a JSON array (cases.ts). */
export type PartyTuple = [
  clientId: string,
  role: CasePartyRole,
  fullName: string,
  codename: string | null,
  sensitive: 0 | 1,
];
export const partyOf = ([clientId, role, fullName, codename, sensitive]: PartyTuple) => ({
  clientId,
  role,
  fullName,
  codename,
  sensitive: sensitive === 1,
});

/** Parties of many cases in one query, in their saved order. */
export const partiesByCase = (db: Db, caseIds: string[]) =>
  byCase(db, PARTIES_SQL, caseIds, ([, ...party]: [string, ...PartyTuple]) => partyOf(party));

const OFFENCES_SQL = `SELECT case_id, id, statute, section, note FROM offences WHERE case_id ${JSON_IDS} ORDER BY position`;
/** An offence as its columns come, in this order, from a statement here or a JSON array (cases.ts). */
export type OffenceTuple = [id: string, statute: Statute, section: string, note: string | null];
export const offenceOf = ([id, statute, section, note]: OffenceTuple) => ({ id, statute, section, note });

/** Offences of many cases in one query, in their saved order. */
export const offencesByCase = (db: Db, caseIds: string[]) =>
  byCase(db, OFFENCES_SQL, caseIds, ([, ...offence]: [string, ...OffenceTuple]) => offenceOf(offence));

const NEXT_DATES_SQL = `SELECT case_id, min(date) FROM hearings
  WHERE case_id ${JSON_IDS} AND outcome IS NULL GROUP BY case_id`;

/** The next date of each case: its earliest hearing still awaiting an outcome. */
export const nextDateByCase = (db: Db, caseIds: string[]): Map<string, string> => {
  if (caseIds.length === 0) return new Map();
  const rows = sqlOnce(db, NEXT_DATES_SQL).raw(true).all(JSON.stringify(caseIds)) as [string, string | null][];
  return new Map(rows.flatMap(([caseId, date]) => (date ? [[caseId, date] as const] : [])));
};
