import type { AgendaItem, MonthGrid } from '../../shared/contract';
import type { ForumType } from '../../shared/enums';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { findClashes } from '../services/diary';
import { agendaOfIds, keeps, LEAD_LAWYER, type AgendaFilter } from './agenda';

/*
 * The diary's month grid. An office-wide month holds some 8,000 hearings (issue 8): no grid can show
 * 270 titles in a day's cell, and reading, mapping and sending all of them took ten times the
 * screen's budget. So the grid gets, for each day, how many hearings it holds and how many of them
 * clash, and the first few in the day's order (time, then court) in full; the day itself opens as
 * its list. Counts and clashes are of the same hearings the agenda would list with the same filter.
 */

const filterParams = (f: AgendaFilter) => ({
  lawyerId: f.lawyerId ?? null,
  forumType: f.forumType ?? null,
  courtId: f.courtId ?? null,
});

/** Who appears: the lawyer named for the hearing, else the case's lead (as agenda.ts). */
const LAWYER = `coalesce(h.appearing_lawyer_id, ${LEAD_LAWYER})`;

const FILTER = `h.date BETWEEN @from AND @to AND c.status <> 'archived'
  AND (@forumType IS NULL OR ct.forum_type = @forumType)
  AND (@courtId IS NULL OR h.court_id = @courtId)
  AND (@lawyerId IS NULL OR ${LAWYER} = @lawyerId)`;

/**
 * Each day's count, and the ids of its first `perDay` hearings in the agenda's order: one pass over
 * the agenda index, the heavy columns read afterwards for the few rows shown.
 */
const firstOfDays = (db: Db) =>
  db.$client.prepare<
    Record<string, string | number | null>,
    { id: string; date: string; total: number }
  >(`SELECT id, date, total FROM (
      SELECT h.id AS id, h.date AS date, count(*) OVER (PARTITION BY h.date) AS total,
        row_number() OVER (PARTITION BY h.date ORDER BY coalesce(h.time, '99:99'), ct.name, h.id) AS n
      FROM hearings h JOIN cases c ON c.id = h.case_id LEFT JOIN courts ct ON ct.id = h.court_id
      WHERE ${FILTER})
    WHERE n <= @perDay ORDER BY date`);

/**
 * The hearings that can still clash (no outcome, no adjournment sought), on every forum: a clash
 * with a hearing the filter hides still counts, as in the agenda. In the agenda's order, so each
 * one's clashes are listed in the same order too.
 */
const openRows = (db: Db) =>
  db.$client.prepare<
    { from: string; to: string },
    {
      id: string;
      date: string;
      time: string | null;
      courtId: string | null;
      bench: string | null;
      lawyerKey: string | null;
      forumType: ForumType | null;
    }
  >(`SELECT h.id AS id, h.date AS date, h.time AS time, h.court_id AS courtId, h.bench AS bench,
      ${LAWYER} AS lawyerKey, ct.forum_type AS forumType
    FROM hearings h JOIN cases c ON c.id = h.case_id LEFT JOIN courts ct ON ct.id = h.court_id
    WHERE h.date BETWEEN @from AND @to AND c.status <> 'archived'
      AND h.outcome IS NULL AND h.adjournment_sought = 0
    ORDER BY h.date, coalesce(h.time, '99:99'), ct.name, h.id`);

export const monthGrid = (db: Db, from: string, to: string, perDay: number, filter: AgendaFilter = {}): MonthGrid => {
  const f = filterParams(filter);
  const first = preparedOnce(db, 'month.first', firstOfDays).all({ from, to, perDay, ...f });
  const open = preparedOnce(db, 'month.open', openRows).all({ from, to });
  const found = findClashes(
    open.map((h) => ({ ...h, lawyerKey: h.lawyerKey ?? 'unassigned', outcome: null, adjournmentSought: false })),
  );
  // A day's clashes: its hearings that clash and that the filter keeps.
  const clashes = new Map<string, number>();
  for (const h of open) {
    if (found.has(h.id) && keeps(filter, { lawyerId: h.lawyerKey, forumType: h.forumType, courtId: h.courtId }))
      clashes.set(h.date, (clashes.get(h.date) ?? 0) + 1);
  }
  const days = new Map<string, { date: string; total: number; clashes: number }>();
  for (const r of first) {
    if (!days.has(r.date)) days.set(r.date, { date: r.date, total: r.total, clashes: clashes.get(r.date) ?? 0 });
  }
  // The shown hearings' clashes are the whole month's, not only among themselves.
  const items: AgendaItem[] = agendaOfIds(
    db,
    first.map((r) => r.id),
    found,
  );
  return { days: [...days.values()], items };
};
