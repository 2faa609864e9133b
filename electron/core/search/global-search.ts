import type { Db } from '../db/client';
import type { SearchResult } from '../../shared/search-schemas';
import type { CaseStatus } from '../../shared/enums';
import {
  ftsCases,
  ftsClients,
  ftsHearings,
  ftsNotes,
  likeCases,
  likeClients,
  type CaseRow,
  type ClientRow,
} from '../repos/search';
import { fold } from './fold';
import { bestSnippet, ftsQuery, markTerms, queryTerms } from './snippet';

/** Results shown per group. */
export const LIMIT = 10;
/** FTS5 candidates ranked by bm25 before exact matches are lifted to the top. */
const CANDIDATES = 40;

const norm = (s: string | null) =>
  fold(s ?? '')
    .toLowerCase()
    .trim();

/** 0: a field is exactly what was typed (a whole FIR number, CNIC, codename); 1: one starts with it; 2: inside. */
const tier = (query: string, fields: (string | null)[]): number => {
  const q = norm(query);
  if (fields.some((f) => norm(f) === q)) return 0;
  if (fields.some((f) => norm(f).startsWith(q))) return 1;
  return 2;
};

/** Stable: within a tier the FTS5 (bm25) order stands. */
const lift = <T>(rows: T[], tierOf: (r: T) => number): T[] =>
  rows
    .map((r, i) => ({ r, i, t: tierOf(r) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .slice(0, LIMIT)
    .map((x) => x.r);

const clientHit = (c: ClientRow, terms: string[]) => ({
  id: c.id,
  fullName: c.fullName,
  nameUr: c.nameUr,
  codename: c.codename,
  cnic: c.cnic,
  match: markTerms([c.fullName, c.nameUr, c.codename && `(${c.codename})`, c.cnic].filter(Boolean).join(' · '), terms),
});

const caseHit = (c: CaseRow, terms: string[]) => {
  const label = [c.title, c.caseNumber].filter(Boolean).join(' · ');
  const main = markTerms(label, terms);
  // Found by what the label does not show (police station, offence, a party): show that part too.
  const extra = main.some((p) => p.hit) || !c.extra ? [] : bestSnippet([c.extra], terms, true);
  return {
    id: c.id,
    title: c.title,
    caseNumber: c.caseNumber,
    firNumber: c.firNumber,
    status: c.status as CaseStatus,
    match: extra.some((p) => p.hit) ? [...main, { text: ' · ', hit: false }, ...extra] : main,
  };
};

export const globalSearch = (db: Db, query: string): SearchResult => {
  // The index holds folded text (migration 0013): the query is folded the same way.
  const match = ftsQuery(fold(query));
  // Mark what was searched for: the words the index matched, or the whole text below three characters.
  const terms = match === null ? [query.toLowerCase()] : queryTerms(query).filter((t) => [...t].length >= 3);
  if (match === null) {
    return {
      clients: likeClients(db, query, LIMIT).map((c) => clientHit(c, terms)),
      cases: likeCases(db, query, LIMIT).map((c) => caseHit(c, terms)),
      records: [],
    };
  }
  const clients = lift(ftsClients(db, match, CANDIDATES), (c) =>
    tier(query, [c.fullName, c.nameUr, c.codename, c.cnic]),
  );
  const cases = lift(ftsCases(db, match, CANDIDATES), (c) => tier(query, [c.firNumber, c.caseNumber, c.title]));
  const records = [
    ...ftsHearings(db, match, LIMIT).map((r) => ({ ...r, kind: 'hearing' as const })),
    ...ftsNotes(db, match, LIMIT).map((r) => ({ ...r, kind: 'note' as const })),
  ]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, LIMIT)
    .map(({ body, ...r }) => ({ ...r, match: markTerms(body, terms, true) }));
  return {
    clients: clients.map((c) => clientHit(c, terms)),
    cases: cases.map((c) => caseHit(c, terms)),
    records,
  };
};
