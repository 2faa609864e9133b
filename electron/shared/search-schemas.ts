import { z } from 'zod';
import { CASE_STATUSES } from './enums';

/* Schemas of the global search box (issue 8). */

/** A piece of the text a record was found by, with the parts that matched the query marked. */
export const searchSnippet = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type SearchSnippet = z.infer<typeof searchSnippet>;

const ns = z.string().nullable();

export const searchClientHit = z.object({
  id: z.string(),
  fullName: z.string(),
  nameUr: ns,
  codename: ns,
  cnic: ns,
  match: searchSnippet,
});

export const searchCaseHit = z.object({
  id: z.string(),
  title: z.string(),
  caseNumber: ns,
  firNumber: ns,
  status: z.enum(CASE_STATUSES),
  match: searchSnippet,
});

/** A hearing found by its short order, or a note by its text; it opens its case (or client). */
export const searchRecordHit = z.object({
  kind: z.enum(['hearing', 'note']),
  id: z.string(),
  caseId: ns,
  clientId: ns,
  /** The case's title, or the client's name for a note about a client. */
  title: z.string(),
  date: z.string(),
  match: searchSnippet,
});

export const searchResult = z.object({
  clients: z.array(searchClientHit),
  cases: z.array(searchCaseHit),
  records: z.array(searchRecordHit),
});
export type SearchResult = z.infer<typeof searchResult>;

export const searchRebuildResult = z.object({
  clients: z.number(),
  cases: z.number(),
  hearings: z.number(),
  notes: z.number(),
});
