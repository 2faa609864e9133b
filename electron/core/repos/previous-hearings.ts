import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { AgendaItem } from '../../shared/contract';
import type { Db } from '../db/client';
import { hearings } from '../db/schema';
import { shiftDate } from '../lib/time';

/*
 * The hearing just before each one in its case, by date and time (the cause list's "last date"), for
 * the rows of a date range. A month's rows one seek each into the per-case index touch some 8,000
 * scattered pages, more than the page cache keeps (issue 8); the previous hearings of a range's rows
 * are nearly all in the weeks before it, so one scan of the agenda index from LOOK_BACK_DAYS before
 * the range to its end finds them, and only a row with none there gets a seek.
 */

export type Previous = AgendaItem['previous'];
type Row = { caseId: string; date: string; time: string | null };
type Earlier = { key: string; date: string; outcome: AgendaItem['outcome']; shortOrder: string | null };

const LOOK_BACK_DAYS = 62;

/** (date, time) as one string that sorts as SQLite compares (date, coalesce(time, '')). */
const keyOf = (date: string, time: string | null) => `${date} ${time ?? ''}`;

const seekPrevious = (db: Db) =>
  db
    .select({ date: hearings.date, outcome: hearings.outcome, shortOrder: hearings.shortOrder })
    .from(hearings)
    .where(
      and(
        eq(hearings.caseId, sql.placeholder('caseId')),
        sql`(${hearings.date}, coalesce(${hearings.time}, '')) < (${sql.placeholder('date')}, ${sql.placeholder('time')})`,
      ),
    )
    .orderBy(desc(hearings.date), desc(sql`coalesce(${hearings.time}, '')`))
    .limit(1)
    .prepare();

/** The hearings of these cases from LOOK_BACK_DAYS before `from` to `to`, each case's in time order. */
const earlierByCase = (db: Db, caseIds: Set<string>, from: string, to: string) => {
  const byCase = new Map<string, Earlier[]>();
  const span = db
    .select({
      caseId: hearings.caseId,
      date: hearings.date,
      time: hearings.time,
      outcome: hearings.outcome,
      shortOrder: hearings.shortOrder,
    })
    .from(hearings)
    .where(and(gte(hearings.date, shiftDate(from, -LOOK_BACK_DAYS)), lte(hearings.date, to)))
    .all();
  for (const h of span) {
    if (!caseIds.has(h.caseId)) continue;
    const list = byCase.get(h.caseId) ?? [];
    if (list.length === 0) byCase.set(h.caseId, list);
    list.push({ key: keyOf(h.date, h.time), date: h.date, outcome: h.outcome, shortOrder: h.shortOrder });
  }
  for (const list of byCase.values()) list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return byCase;
};

/** For rows dated from `from` to `to`: each one's previous hearing, or null for a case's first. */
export const previousInRange = (db: Db, rows: Row[], from: string, to: string): Previous[] => {
  const byCase = earlierByCase(db, new Set(rows.map((r) => r.caseId)), from, to);
  let seek: ReturnType<typeof seekPrevious> | null = null;
  return rows.map((r) => {
    const key = keyOf(r.date, r.time);
    let best: Earlier | undefined;
    for (const h of byCase.get(r.caseId) ?? []) {
      if (h.key >= key) break;
      best = h;
    }
    if (best) return { date: best.date, outcome: best.outcome, shortOrder: best.shortOrder };
    // None in the weeks scanned: the case's first hearing, or one after a long gap.
    seek ??= seekPrevious(db);
    return seek.get({ caseId: r.caseId, date: r.date, time: r.time ?? '' }) ?? null;
  });
};
