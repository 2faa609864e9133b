import type Database from 'better-sqlite3';
import type { Db } from '../db/client';
import { sqlOnce } from '../db/prepared';
import { likePattern } from '../lib/ids';
import { fold, FOLD_FUNCTION, FOLDABLE_GLOB, hasArabicScript } from '../search/fold';

/*
 * Queries of the global search (issue 8) against the FTS5 tables of migration 0007 (folded since 0013). Prepared once per
 * connection: the search box asks on every keystroke. All SQL is static with bound parameters.
 */

/**
 * The column, folded, is like the folded query @qf (null unless Urdu was typed). A column mostly in
 * English is first asked for any Urdu letter at all: one range, cheaper than the foldable letters.
 */
const folded = (column: string, mostlyEnglish: boolean) =>
  `(@qf IS NOT NULL AND (${column} LIKE @qf ESCAPE '\\' OR (${mostlyEnglish ? `${column} GLOB '*[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]*' AND ` : ''}${column} GLOB '${FOLDABLE_GLOB}' AND ${FOLD_FUNCTION}(${column}) LIKE @qf ESCAPE '\\')))`;

const SQL = {
  clients: `SELECT cl.id, cl.full_name AS fullName, cl.name_ur AS nameUr, cl.codename, cl.cnic, cl.district
    FROM (SELECT rowid, bm25(search_clients, 10.0, 3.0) AS score FROM search_clients
          WHERE search_clients MATCH ? ORDER BY score LIMIT ?) f
    JOIN search_keys k ON k.id = f.rowid JOIN clients cl ON cl.id = k.ref_id ORDER BY f.score`,
  cases: `SELECT c.id, c.title, c.case_number AS caseNumber, c.fir_number AS firNumber, c.status, d.shown AS extra
    FROM (SELECT rowid, bm25(search_cases, 10.0, 2.0) AS score FROM search_cases
          WHERE search_cases MATCH ? ORDER BY score LIMIT ?) f
    JOIN search_keys k ON k.id = f.rowid JOIN cases c ON c.id = k.ref_id
    JOIN search_case_docs d ON d.ref_id = c.id ORDER BY f.score`,
  // Hearings and notes: the newest first (their rowids grow as they are written).
  hearings: `SELECT h.id, h.case_id AS caseId, NULL AS clientId, c.title, h.date, h.short_order AS body
    FROM (SELECT rowid FROM search_hearings WHERE search_hearings MATCH ? ORDER BY rowid DESC LIMIT ?) f
    JOIN search_keys k ON k.id = f.rowid JOIN hearings h ON h.id = k.ref_id JOIN cases c ON c.id = h.case_id
    ORDER BY f.rowid DESC`,
  notes: `SELECT n.id, n.case_id AS caseId, n.client_id AS clientId, coalesce(c.title, cl.full_name) AS title,
      n.date, n.body
    FROM (SELECT rowid FROM search_notes WHERE search_notes MATCH ? ORDER BY rowid DESC LIMIT ?) f
    JOIN search_keys k ON k.id = f.rowid JOIN notes n ON n.id = k.ref_id
    LEFT JOIN cases c ON c.id = n.case_id LEFT JOIN clients cl ON cl.id = n.client_id
    ORDER BY f.rowid DESC`,
  // Fewer than three characters is below the trigram index: a LIKE scan instead, read in table order and
  // the few matches sorted (the `+` keeps SQLite from walking the list-order index of migration 0017,
  // which costs a lookup per row when matches are rare). Urdu typed (@qf, folded) is compared with the
  // name or title folded as the index folds it (عل finds عَلی, لی finds علي); only text that folding
  // changes is folded (a GLOB is far cheaper than a call into JavaScript for each row).
  clientsLike: `SELECT id, full_name AS fullName, name_ur AS nameUr, codename, cnic, district FROM clients
    WHERE full_name LIKE @q ESCAPE '\\' OR name_ur LIKE @q ESCAPE '\\' OR codename LIKE @q ESCAPE '\\'
      OR cnic LIKE @q ESCAPE '\\' OR ${folded('name_ur', false)} OR ${folded('full_name', true)}
    ORDER BY lower(full_name) LIMIT @n`,
  casesLike: `SELECT id, title, case_number AS caseNumber, fir_number AS firNumber, status, NULL AS extra FROM cases
    WHERE title LIKE @q ESCAPE '\\' OR fir_number LIKE @q ESCAPE '\\' OR case_number LIKE @q ESCAPE '\\'
      OR ${folded('title', true)}
    ORDER BY +updated_at DESC LIMIT @n`,
} as const;

type Key = keyof typeof SQL;
const stmt = (db: Db, key: Key): Database.Statement => sqlOnce(db, SQL[key]);

export type ClientRow = {
  id: string;
  fullName: string;
  nameUr: string | null;
  codename: string | null;
  cnic: string | null;
  district: string | null;
};
export type CaseRow = {
  id: string;
  title: string;
  caseNumber: string | null;
  firNumber: string | null;
  status: string;
  /** Police station, district, offences and parties' names, as indexed. */
  extra: string | null;
};
export type RecordRow = {
  id: string;
  caseId: string | null;
  clientId: string | null;
  title: string;
  date: string;
  body: string;
};

export const ftsClients = (db: Db, match: string, limit: number) =>
  stmt(db, 'clients').all(match, limit) as ClientRow[];
export const ftsCases = (db: Db, match: string, limit: number) => stmt(db, 'cases').all(match, limit) as CaseRow[];
export const ftsHearings = (db: Db, match: string, limit: number) =>
  stmt(db, 'hearings').all(match, limit) as RecordRow[];
export const ftsNotes = (db: Db, match: string, limit: number) => stmt(db, 'notes').all(match, limit) as RecordRow[];
/** The LIKE patterns of a short query: as typed, and folded when it has Urdu letters (else null). */
const likeParams = (query: string) => ({
  q: likePattern(query),
  qf: hasArabicScript(query) ? likePattern(fold(query)) : null,
});
export const likeClients = (db: Db, query: string, limit: number) =>
  stmt(db, 'clientsLike').all({ ...likeParams(query), n: limit }) as ClientRow[];
export const likeCases = (db: Db, query: string, limit: number) =>
  stmt(db, 'casesLike').all({ ...likeParams(query), n: limit }) as CaseRow[];

const REBUILD = [
  `INSERT INTO search_clients(search_clients) VALUES ('delete-all')`,
  `INSERT INTO search_cases(search_cases) VALUES ('delete-all')`,
  `INSERT INTO search_hearings(search_hearings) VALUES ('delete-all')`,
  `INSERT INTO search_notes(search_notes) VALUES ('delete-all')`,
  `DELETE FROM search_keys`,
  `INSERT INTO search_keys(kind, ref_id) SELECT 'client', id FROM clients`,
  `INSERT INTO search_keys(kind, ref_id) SELECT 'case', id FROM cases`,
  `INSERT INTO search_keys(kind, ref_id) SELECT 'hearing', id FROM hearings WHERE coalesce(short_order, '') <> ''`,
  `INSERT INTO search_keys(kind, ref_id) SELECT 'note', id FROM notes`,
  `INSERT INTO search_clients(rowid, name, extra) SELECT k.id, d.name, d.extra
     FROM search_client_docs d JOIN search_keys k ON k.kind = 'client' AND k.ref_id = d.ref_id`,
  `INSERT INTO search_cases(rowid, ident, extra) SELECT k.id, d.ident, d.extra
     FROM search_case_docs d JOIN search_keys k ON k.kind = 'case' AND k.ref_id = d.ref_id`,
  `INSERT INTO search_hearings(rowid, body) SELECT k.id, muhafiz_fold(h.short_order)
     FROM hearings h JOIN search_keys k ON k.kind = 'hearing' AND k.ref_id = h.id`,
  `INSERT INTO search_notes(rowid, body) SELECT k.id, muhafiz_fold(n.body)
     FROM notes n JOIN search_keys k ON k.kind = 'note' AND k.ref_id = n.id`,
  `INSERT INTO search_hearings(search_hearings) VALUES ('optimize')`,
  `INSERT INTO search_cases(search_cases) VALUES ('optimize')`,
  `INSERT INTO search_clients(search_clients) VALUES ('optimize')`,
  `INSERT INTO search_notes(search_notes) VALUES ('optimize')`,
] as const;

/** Indexes every record again from the tables (for a database whose index is missing or suspect). One transaction. */
export const rebuildSearchIndex = (db: Db) => {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    for (const s of REBUILD) sqlite.prepare(s).run();
  })();
  const count = (kind: string) =>
    (sqlite.prepare('SELECT count(*) AS n FROM search_keys WHERE kind = ?').get(kind) as { n: number }).n;
  return { clients: count('client'), cases: count('case'), hearings: count('hearing'), notes: count('note') };
};
