import { and, asc, eq, gte, inArray, isNull, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { AgendaItem } from '../../shared/contract';
import type { ForumType } from '../../shared/enums';
import type { Db } from '../db/client';
import { caseLawyers, cases, courts, hearings, lawyers } from '../db/schema';
import { findClashes } from '../services/diary';
import { hearingColumns, partiesByCase } from './hearing-rows';

export type AgendaFilter = {
  lawyerId?: string | undefined;
  forumType?: ForumType | undefined;
  courtId?: string | undefined;
};

/** The hearing just before each one in its case, by date and time: the "last date" of a cause list. */
const previousId = sql<string | null>`(SELECT p.id FROM hearings p WHERE p.case_id = ${hearings.caseId}
  AND (p.date < ${hearings.date} OR (p.date = ${hearings.date} AND coalesce(p.time, '') < coalesce(${hearings.time}, '')))
  ORDER BY p.date DESC, coalesce(p.time, '') DESC LIMIT 1)`;

const baseRows = (db: Db, where: SQL | undefined) =>
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
      previousId,
    })
    .from(hearings)
    .innerJoin(cases, eq(cases.id, hearings.caseId))
    .leftJoin(courts, eq(courts.id, hearings.courtId))
    .where(and(ne(cases.status, 'archived'), where))
    .orderBy(asc(hearings.date), asc(sql`coalesce(${hearings.time}, '99:99')`), asc(courts.name))
    .all();

/** Each case's lead lawyer: the first of its team. */
const leadLawyers = (db: Db, caseIds: string[]): Map<string, string> =>
  new Map(
    caseIds.length === 0
      ? []
      : db
          .select({ caseId: caseLawyers.caseId, lawyerId: caseLawyers.lawyerId })
          .from(caseLawyers)
          .where(and(inArray(caseLawyers.caseId, caseIds), eq(caseLawyers.position, 0)))
          .all()
          .map((r) => [r.caseId, r.lawyerId] as const),
  );

const lawyerNames = (db: Db): Map<string, string> =>
  new Map(
    db
      .select({ id: lawyers.id, name: lawyers.name })
      .from(lawyers)
      .all()
      .map((l) => [l.id, l.name] as const),
  );

const previousHearings = (db: Db, ids: string[]) =>
  new Map(
    (ids.length === 0
      ? []
      : db
          .select({ id: hearings.id, date: hearings.date, outcome: hearings.outcome, shortOrder: hearings.shortOrder })
          .from(hearings)
          .where(inArray(hearings.id, ids))
          .all()
    ).map(({ id, ...rest }) => [id, rest] as const),
  );

const agenda = (db: Db, where: SQL | undefined): AgendaItem[] => {
  const rows = baseRows(db, where);
  const caseIds = [...new Set(rows.map((r) => r.caseId))];
  const parties = partiesByCase(db, caseIds);
  const leads = leadLawyers(db, caseIds);
  const names = lawyerNames(db);
  const previous = previousHearings(
    db,
    rows.flatMap((r) => (r.previousId ? [r.previousId] : [])),
  );
  const items = rows.map(({ appearingLawyerId, previousId: prev, ...r }) => {
    const lawyerId = appearingLawyerId ?? leads.get(r.caseId) ?? null;
    const name = lawyerId ? names.get(lawyerId) : undefined;
    return {
      ...r,
      parties: parties.get(r.caseId) ?? [],
      lawyer: lawyerId && name ? { id: lawyerId, name } : null,
      previous: (prev && previous.get(prev)) || null,
      clashesWith: [] as string[],
    };
  });
  const found = findClashes(items.map((h) => ({ ...h, lawyerKey: h.lawyer?.id ?? 'unassigned' })));
  return items.map((h) => ({ ...h, clashesWith: found.get(h.id) ?? [] }));
};

const matches = (f: AgendaFilter) => (h: AgendaItem) =>
  (!f.lawyerId || h.lawyer?.id === f.lawyerId) &&
  (!f.forumType || h.forumType === f.forumType) &&
  (!f.courtId || h.courtId === f.courtId);

/**
 * Hearings between two dates, in time order, with the last date's outcome and clashes. Clashes
 * are found on the whole diary of those days before filtering, so a lawyer's clash with a
 * hearing in a forum that is filtered out still shows.
 */
export const agendaBetween = (db: Db, from: string, to: string, filter: AgendaFilter = {}) =>
  agenda(db, and(gte(hearings.date, from), lte(hearings.date, to))).filter(matches(filter));

/** Past hearings with no outcome: they stay listed until the lawyer records them. */
export const unrecordedBefore = (db: Db, before: string) =>
  agenda(db, and(lt(hearings.date, before), isNull(hearings.outcome)));

/** Every hearing of one case, for a calendar export. */
export const agendaOfCase = (db: Db, caseId: string) => agenda(db, eq(hearings.caseId, caseId));
