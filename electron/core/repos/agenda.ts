import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { AgendaItem } from '../../shared/contract';
import type { ForumType, HearingOutcome } from '../../shared/enums';
import type { Db } from '../db/client';
import { lawyers } from '../db/schema';
import { preparedOnce, sqlOnce } from '../db/prepared';
import { findClashes } from '../services/diary';
import { partiesByCase } from './hearing-rows';
import { previousInRange } from './previous-hearings';

export type AgendaFilter = {
  lawyerId?: string | undefined;
  forumType?: ForumType | undefined;
  courtId?: string | undefined;
};

/**
 * The hearing just before each one in its case, by date and time: the "last date" of a cause list.
 * One seek per row in hearings_case_seq_idx (migration 0014), which holds what the list shows of
 * it, as [date, outcome, short order]; the row-value comparison is the same order as the
 * ORDER BY, so SQLite reads the index backwards from the row and stops at the first entry.
 */
const PREVIOUS = `(SELECT json_array(p.date, p.outcome, p.short_order) FROM hearings p
  WHERE p.case_id = h.case_id AND (p.date, coalesce(p.time, '')) < (h.date, coalesce(h.time, ''))
  ORDER BY p.date DESC, coalesce(p.time, '') DESC LIMIT 1)`;

const parsePrevious = (json: string | null): AgendaItem['previous'] => {
  if (json === null) return null;
  const [date, outcome, shortOrder] = JSON.parse(json) as [string, HearingOutcome | null, string | null];
  return { date, outcome, shortOrder };
};

/*
 * The agenda's rows, read as arrays and made into items in one step (agenda below): on a day's few
 * hundred rows, naming every column of every row twice (the driver's objects, then an ORM's) cost
 * about as much as the statement itself (issue 8). The lead lawyer is the first of the case team,
 * one seek in case_lawyers_lead_idx. The id last in the order: rows alike in all else keep one
 * order, the same as the month grid's (month.ts).
 */
type Row = [
  id: string,
  caseId: string,
  date: string,
  time: string | null,
  courtId: string | null,
  courtName: string | null,
  bench: string | null,
  purpose: string,
  outcome: HearingOutcome | null,
  shortOrder: string | null,
  nextDate: string | null,
  nextHearingId: string | null,
  bailPetitionId: string | null,
  caseTitle: string,
  caseNumber: string | null,
  firNumber: string | null,
  custodyStatus: AgendaItem['custodyStatus'],
  caseType: AgendaItem['caseType'],
  forumType: ForumType | null,
  appearingLawyerId: string | null,
  adjournmentSought: 0 | 1,
  clashNote: string | null,
  previous: string | null,
  leadLawyerId: string | null,
];

/** A hearing's case's lead lawyer, the first of its team: one seek in case_lawyers_lead_idx (also month.ts). */
export const LEAD_LAWYER = `(SELECT x.lawyer_id FROM case_lawyers x WHERE x.case_id = h.case_id AND x.position = 0)`;

const rowsSql = (where: string, seekPrevious: boolean) => `SELECT h.id, h.case_id, h.date, h.time, h.court_id,
    ct.name, h.bench, h.purpose, h.outcome, h.short_order, h.next_date, h.next_hearing_id, h.bail_petition_id,
    c.title, c.case_number, c.fir_number, c.custody_status, c.case_type, ct.forum_type,
    h.appearing_lawyer_id, h.adjournment_sought, h.clash_note, ${seekPrevious ? PREVIOUS : 'NULL'},
    ${LEAD_LAWYER}
  FROM hearings h JOIN cases c ON c.id = h.case_id LEFT JOIN courts ct ON ct.id = h.court_id
  WHERE c.status <> 'archived' AND ${where}
  ORDER BY h.date, coalesce(h.time, '99:99'), ct.name, h.id`;

const ROWS = {
  /** A day's or a week's rows, each seeking its previous hearing. */
  rangeSeek: rowsSql('h.date BETWEEN @from AND @to', true),
  /** A longer range's rows: their previous hearings come from one scan (previous-hearings.ts). */
  rangeScan: rowsSql('h.date BETWEEN @from AND @to', false),
  unrecorded: rowsSql('h.date < @before AND h.outcome IS NULL', true),
  ofCase: rowsSql('h.case_id = @caseId', true),
  /** The ids as one JSON array (the month grid's first hearings of each day). */
  byIds: rowsSql('h.id IN (SELECT value FROM json_each(@ids))', true),
};

const rowsOf = (db: Db, key: keyof typeof ROWS, params: Record<string, string>): Row[] =>
  sqlOnce(db, ROWS[key]).raw(true).all(params) as Row[];

const lawyerNames = (db: Db): Map<string, string> =>
  new Map(
    preparedOnce(db, 'agenda.lawyers', (d) => d.select({ id: lawyers.id, name: lawyers.name }).from(lawyers).prepare())
      .all()
      .map((l) => [l.id, l.name] as const),
  );

/**
 * The rows as agenda items. Clashes are found among these rows, unless the caller found them on a
 * wider set (the month grid: the whole month's open hearings) and passes them in.
 */
const agenda = (
  db: Db,
  rows: Row[],
  range?: { from: string; to: string },
  clashes?: Map<string, string[]>,
): AgendaItem[] => {
  const previous = range
    ? previousInRange(
        db,
        rows.map((r) => ({ caseId: r[1], date: r[2], time: r[3] })),
        range.from,
        range.to,
      )
    : rows.map((r) => parsePrevious(r[22]));
  const caseIds = [...new Set(rows.map((r) => r[1]))];
  const parties = partiesByCase(db, caseIds);
  const names = lawyerNames(db);
  const items: AgendaItem[] = rows.map((r, i) => {
    const lawyerId = r[19] ?? r[23] ?? null;
    const name = lawyerId ? names.get(lawyerId) : undefined;
    return {
      id: r[0],
      caseId: r[1],
      date: r[2],
      time: r[3],
      courtId: r[4],
      courtName: r[5],
      bench: r[6],
      purpose: r[7],
      outcome: r[8],
      shortOrder: r[9],
      nextDate: r[10],
      nextHearingId: r[11],
      bailPetitionId: r[12],
      caseTitle: r[13],
      caseNumber: r[14],
      firNumber: r[15],
      custodyStatus: r[16],
      caseType: r[17],
      forumType: r[18],
      adjournmentSought: r[20] === 1,
      clashNote: r[21],
      parties: parties.get(r[1]) ?? [],
      lawyer: lawyerId && name ? { id: lawyerId, name } : null,
      previous: previous[i] ?? null,
      clashesWith: [],
    };
  });
  const found =
    clashes ??
    findClashes(
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

/** Does the filter keep a hearing of this lawyer, forum type and court? (The agenda and the month grid.) */
export const keeps = (
  f: AgendaFilter,
  h: { lawyerId: string | null | undefined; forumType: ForumType | null; courtId: string | null },
): boolean =>
  (!f.lawyerId || h.lawyerId === f.lawyerId) &&
  (!f.forumType || h.forumType === f.forumType) &&
  (!f.courtId || h.courtId === f.courtId);

const matches = (f: AgendaFilter) => (h: AgendaItem) =>
  keeps(f, { lawyerId: h.lawyer?.id, forumType: h.forumType, courtId: h.courtId });

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

/**
 * These hearings, in the agenda's order, each with its last date; their clashes among them only,
 * or those given (found on a wider set).
 */
export const agendaOfIds = (db: Db, ids: string[], clashes?: Map<string, string[]>) =>
  ids.length === 0 ? [] : agenda(db, rowsOf(db, 'byIds', { ids: JSON.stringify(ids) }), undefined, clashes);

/** Every hearing of one case, for a calendar export. */
export const agendaOfCase = (db: Db, caseId: string) => agenda(db, rowsOf(db, 'ofCase', { caseId }));
