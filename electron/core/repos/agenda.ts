import { differenceInCalendarDays, parseISO } from 'date-fns';
import { and, asc, eq, gte, isNull, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { AgendaItem } from '../../shared/contract';
import type { ForumType, HearingOutcome } from '../../shared/enums';
import type { Db } from '../db/client';
import { cases, courts, hearings, lawyers } from '../db/schema';
import { preparedOnce } from '../db/prepared';
import { findClashes } from '../services/diary';
import { hearingColumns, partiesByCase } from './hearing-rows';
import { previousInRange } from './previous-hearings';

export type AgendaFilter = {
  lawyerId?: string | undefined;
  forumType?: ForumType | undefined;
  courtId?: string | undefined;
};

/**
 * The hearing just before each one in its case, by date and time: the "last date" of a cause list.
 * One seek per row in hearings_case_seq_idx (migration 0010), which holds what the list shows of
 * it, as [date, outcome, short order]; the row-value comparison is the same order as the
 * ORDER BY, so SQLite reads the index backwards from the row and stops at the first entry.
 */
const previousOf = sql<string | null>`(SELECT json_array(p.date, p.outcome, p.short_order) FROM hearings p
  WHERE p.case_id = ${hearings.caseId}
  AND (p.date, coalesce(p.time, '')) < (${hearings.date}, coalesce(${hearings.time}, ''))
  ORDER BY p.date DESC, coalesce(p.time, '') DESC LIMIT 1)`;

const parsePrevious = (json: string | null): AgendaItem['previous'] => {
  if (json === null) return null;
  const [date, outcome, shortOrder] = JSON.parse(json) as [string, HearingOutcome | null, string | null];
  return { date, outcome, shortOrder };
};

/** Each case's lead lawyer, the first of its team: one seek in case_lawyers_lead_idx. */
const leadOf = sql<string | null>`(SELECT x.lawyer_id FROM case_lawyers x
  WHERE x.case_id = ${hearings.caseId} AND x.position = 0)`;

/** No subquery: a date range's previous hearings are found in one scan (previous-hearings.ts). */
const none = sql<string | null>`NULL`;

const baseRows = (db: Db, where: SQL | undefined, seekPrevious: boolean) =>
  db
    .select({
      ...hearingColumns,
      caseTitle: cases.title,
      caseNumber: cases.caseNumber,
      firNumber: cases.firNumber,
      custodyStatus: cases.custodyStatus,
      caseType: cases.caseType,
      forumType: courts.forumType,
      appearingLawyerId: hearings.appearingLawyerId,
      adjournmentSought: hearings.adjournmentSought,
      clashNote: hearings.clashNote,
      previous: seekPrevious ? previousOf : none,
      leadLawyerId: leadOf,
    })
    .from(hearings)
    .innerJoin(cases, eq(cases.id, hearings.caseId))
    .leftJoin(courts, eq(courts.id, hearings.courtId))
    .where(and(ne(cases.status, 'archived'), where))
    // The id last: rows alike in all else keep one order, the same in the month grid (month.ts).
    .orderBy(asc(hearings.date), asc(sql`coalesce(${hearings.time}, '99:99')`), asc(courts.name), asc(hearings.id))
    .prepare();

const from = sql.placeholder('from');
const to = sql.placeholder('to');

/*
 * The agenda's row statements, each compiled once per connection (db/prepared.ts): a diary screen
 * asks for them again and again, and building and compiling the statement cost as much as running it.
 */
const ROWS = {
  /** A day's or a week's rows, each seeking its previous hearing. */
  rangeSeek: (db: Db) => baseRows(db, and(gte(hearings.date, from), lte(hearings.date, to)), true),
  /** A longer range's rows: their previous hearings come from one scan (previous-hearings.ts). */
  rangeScan: (db: Db) => baseRows(db, and(gte(hearings.date, from), lte(hearings.date, to)), false),
  unrecorded: (db: Db) =>
    baseRows(db, and(lt(hearings.date, sql.placeholder('before')), isNull(hearings.outcome)), true),
  ofCase: (db: Db) => baseRows(db, eq(hearings.caseId, sql.placeholder('caseId')), true),
  /** The ids as one JSON array (the month grid's first hearings of each day). */
  byIds: (db: Db) =>
    baseRows(db, sql`${hearings.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`, true),
};

type RowsKey = keyof typeof ROWS;
type Row = ReturnType<ReturnType<(typeof ROWS)[RowsKey]>['all']>[number];

const rowsOf = (db: Db, key: RowsKey, params: Record<string, string>): Row[] =>
  preparedOnce(db, `agenda.${key}`, ROWS[key]).all(params);

const lawyerNames = (db: Db): Map<string, string> =>
  new Map(
    preparedOnce(db, 'agenda.lawyers', (d) => d.select({ id: lawyers.id, name: lawyers.name }).from(lawyers).prepare())
      .all()
      .map((l) => [l.id, l.name] as const),
  );

const agenda = (db: Db, rows: Row[], range?: { from: string; to: string }): AgendaItem[] => {
  const previous = range ? previousInRange(db, rows, range.from, range.to) : rows.map((r) => parsePrevious(r.previous));
  const caseIds = [...new Set(rows.map((r) => r.caseId))];
  const parties = partiesByCase(db, caseIds);
  const names = lawyerNames(db);
  // Each item written out field by field: object rest and spread over ~20 columns cost more than
  // the statement itself on a day's few hundred rows.
  const items: AgendaItem[] = rows.map((r, i) => {
    const lawyerId = r.appearingLawyerId ?? r.leadLawyerId ?? null;
    const name = lawyerId ? names.get(lawyerId) : undefined;
    return {
      id: r.id,
      caseId: r.caseId,
      date: r.date,
      time: r.time,
      courtId: r.courtId,
      courtName: r.courtName,
      bench: r.bench,
      purpose: r.purpose,
      outcome: r.outcome,
      shortOrder: r.shortOrder,
      nextDate: r.nextDate,
      nextHearingId: r.nextHearingId,
      bailPetitionId: r.bailPetitionId,
      caseTitle: r.caseTitle,
      caseNumber: r.caseNumber,
      firNumber: r.firNumber,
      custodyStatus: r.custodyStatus,
      caseType: r.caseType,
      forumType: r.forumType,
      adjournmentSought: r.adjournmentSought,
      clashNote: r.clashNote,
      parties: parties.get(r.caseId) ?? [],
      lawyer: lawyerId && name ? { id: lawyerId, name } : null,
      previous: previous[i] ?? null,
      clashesWith: [],
    };
  });
  const found = findClashes(
    items.map((h) => ({
      id: h.id,
      date: h.date,
      time: h.time,
      courtId: h.courtId,
      bench: h.bench,
      lawyerKey: h.lawyer?.id ?? 'unassigned',
      outcome: h.outcome,
      adjournmentSought: h.adjournmentSought,
    })),
  );
  for (const h of items) h.clashesWith = found.get(h.id) ?? [];
  return items;
};

const matches = (f: AgendaFilter) => (h: AgendaItem) =>
  (!f.lawyerId || h.lawyer?.id === f.lawyerId) &&
  (!f.forumType || h.forumType === f.forumType) &&
  (!f.courtId || h.courtId === f.courtId);

/** From a range this long on, previous hearings are found by one scan (previous-hearings.ts). */
const SCAN_FROM_DAYS = 14;

/**
 * Hearings between two dates, in time order, with the last date's outcome and clashes. Clashes
 * are found on the whole diary of those days before filtering, so a lawyer's clash with a
 * hearing in a forum that is filtered out still shows.
 */
export const agendaBetween = (db: Db, from: string, to: string, filter: AgendaFilter = {}) => {
  // A day's or a week's few hundred rows: a seek each is cheaper than scanning the weeks before.
  const scan = differenceInCalendarDays(parseISO(to), parseISO(from)) >= SCAN_FROM_DAYS;
  const rows = rowsOf(db, scan ? 'rangeScan' : 'rangeSeek', { from, to });
  return agenda(db, rows, scan ? { from, to } : undefined).filter(matches(filter));
};

/** Past hearings with no outcome: they stay listed until the lawyer records them. */
export const unrecordedBefore = (db: Db, before: string) => agenda(db, rowsOf(db, 'unrecorded', { before }));

/** These hearings, in the agenda's order, each with its last date (clashes among them only). */
export const agendaOfIds = (db: Db, ids: string[]) =>
  ids.length === 0 ? [] : agenda(db, rowsOf(db, 'byIds', { ids: JSON.stringify(ids) }));

/** Every hearing of one case, for a calendar export. */
export const agendaOfCase = (db: Db, caseId: string) => agenda(db, rowsOf(db, 'ofCase', { caseId }));
