import { and, asc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { explanation as explanationSchema, type Deadline } from '../../shared/deadline-schemas';
import type { DeadlineStatus } from '../../shared/enums';
import type { Db } from '../db/client';
import { cases, deadlines, legalRules } from '../db/schema';
import { must } from '../errors';
import { newId } from '../lib/ids';
import { shiftDate } from '../lib/time';
import { computeDeadlines, type Computed } from '../services/deadline-engine';
import type { CaseFacts } from '../services/deadline-triggers';
import { forumRef, loadCourtCalendar } from './calendar';
import { listEvents } from './events';
import { partiesByCase } from './hearing-rows';
import {
  productionDashboardItems,
  productionDeadlinesOfCase,
  setProductionDeadlineStatus,
} from './production-deadlines';
import { listRules } from './rules';

type Row = typeof deadlines.$inferSelect;

const toDeadline = (r: Row & { title: string }): Deadline => ({
  id: r.id,
  caseId: r.caseId,
  ruleId: r.ruleId,
  title: r.title,
  occurrence: r.occurrence,
  dueDate: r.dueDate,
  dueTime: r.dueTime,
  status: r.status,
  statusNote: r.statusNote,
  obsolete: r.obsolete,
  explanation: explanationSchema.parse(JSON.parse(r.explanation)),
});

const selectWithTitle = (db: Db) =>
  db
    .select({ d: deadlines, title: legalRules.name })
    .from(deadlines)
    .innerJoin(legalRules, eq(legalRules.id, deadlines.ruleId));

const caseFacts = (db: Db, caseId: string): CaseFacts => {
  const c = must(db.select().from(cases).where(eq(cases.id, caseId)).get(), 'The case');
  const forum = forumRef(db, c.forumId);
  return {
    caseId,
    firDate: c.firDate,
    arrestDate: c.arrestDate,
    arrestTime: c.arrestTime,
    releaseDate: c.releaseDate,
    custodyStatus: c.custodyStatus,
    capitalCharge: c.capitalCharge,
    forum,
    events: listEvents(db, caseId).map((e) => ({ ...e, forum: forumRef(db, e.courtId) })),
  };
};

const keyOf = (d: { ruleId: string; triggerKey: string; occurrence: number }) =>
  `${d.ruleId}|${d.triggerKey}|${d.occurrence}`;

/**
 * Recomputes a case's deadlines in place, inside the caller's transaction: a changed date moves a
 * deadline (keeping its id and the lawyer's status), a new trigger adds one, a vanished trigger
 * removes an open deadline and marks a completed or dismissed one obsolete. Nothing is duplicated.
 */
export const recomputeCase = (db: Db, caseId: string, today: string, now: string): void => {
  const computed = computeDeadlines(caseFacts(db, caseId), listRules(db), loadCourtCalendar(db), today);
  const existing = new Map(
    db
      .select()
      .from(deadlines)
      .where(eq(deadlines.caseId, caseId))
      .all()
      .map((d) => [keyOf(d), d]),
  );
  const wanted = new Map(computed.map((c) => [keyOf(c), c] as const));
  for (const [key, c] of wanted) upsert(db, caseId, existing.get(key), c, now);
  for (const [key, d] of existing) {
    if (wanted.has(key)) continue;
    if (d.status === 'open') db.delete(deadlines).where(eq(deadlines.id, d.id)).run();
    else if (!d.obsolete)
      db.update(deadlines).set({ obsolete: true, updatedAt: now }).where(eq(deadlines.id, d.id)).run();
  }
};

const upsert = (db: Db, caseId: string, current: Row | undefined, c: Computed, now: string) => {
  const values = {
    dueDate: c.dueDate,
    dueTime: c.dueTime,
    explanation: JSON.stringify(c.explanation),
    obsolete: false,
  };
  if (current) {
    // Unchanged facts write nothing: the recomputation at every unlock must not churn the file.
    const same =
      current.dueDate === values.dueDate &&
      current.dueTime === values.dueTime &&
      current.explanation === values.explanation &&
      !current.obsolete;
    if (!same)
      db.update(deadlines)
        .set({ ...values, updatedAt: now })
        .where(eq(deadlines.id, current.id))
        .run();
    return;
  }
  db.insert(deadlines)
    .values({
      id: newId(),
      caseId,
      ruleId: c.ruleId,
      triggerKey: c.triggerKey,
      occurrence: c.occurrence,
      status: 'open',
      ...values,
      createdAt: now,
      updatedAt: now,
    })
    .run();
};

/** After a rule or the court calendar changes: every case, in the same transaction. */
export const recomputeAll = (db: Db, today: string, now: string): void => {
  for (const { id } of db.select({ id: cases.id }).from(cases).where(ne(cases.status, 'archived')).all()) {
    recomputeCase(db, id, today, now);
  }
};

export const listCaseDeadlines = (db: Db, caseId: string): Deadline[] =>
  selectWithTitle(db)
    .where(eq(deadlines.caseId, caseId))
    .orderBy(asc(deadlines.dueDate), asc(deadlines.dueTime))
    .all()
    .map((r) => toDeadline({ ...r.d, title: r.title }))
    // Production orders in the case (the disappearance track) set deadlines of their own.
    .concat(productionDeadlinesOfCase(db, caseId))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));

export const setDeadlineStatus = (
  db: Db,
  id: string,
  status: DeadlineStatus,
  note: string | null,
  now: string,
): Deadline => {
  const production = setProductionDeadlineStatus(db, id, status, note, now);
  if (production) return production;
  must(db.select({ id: deadlines.id }).from(deadlines).where(eq(deadlines.id, id)).get(), 'The deadline');
  db.update(deadlines).set({ status, statusNote: note, updatedAt: now }).where(eq(deadlines.id, id)).run();
  const r = must(selectWithTitle(db).where(eq(deadlines.id, id)).get(), 'The deadline');
  return toDeadline({ ...r.d, title: r.title });
};

/** Open deadlines up to 30 days ahead and every overdue one; clients in custody with their next milestone. */
export const dashboard = (db: Db, today: string) => {
  const rows = db
    .select({ d: deadlines, title: legalRules.name, caseTitle: cases.title, caseNumber: cases.caseNumber })
    .from(deadlines)
    .innerJoin(legalRules, eq(legalRules.id, deadlines.ruleId))
    .innerJoin(cases, eq(cases.id, deadlines.caseId))
    .where(
      and(
        eq(deadlines.status, 'open'),
        eq(deadlines.obsolete, false),
        ne(cases.status, 'archived'),
        lte(deadlines.dueDate, shiftDate(today, 30)),
      ),
    )
    .orderBy(asc(deadlines.dueDate), asc(deadlines.dueTime))
    .all();
  const parties = partiesByCase(db, [...new Set(rows.map((r) => r.d.caseId))]);
  const items = rows
    .map((r) => ({
      ...toDeadline({ ...r.d, title: r.title }),
      caseTitle: r.caseTitle,
      caseNumber: r.caseNumber,
      parties: parties.get(r.d.caseId) ?? [],
    }))
    // A production order not obeyed by its date is a deadline to act (the disappearance track).
    .concat(productionDashboardItems(db, today))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.dueTime ?? '').localeCompare(b.dueTime ?? ''));
  return {
    today,
    overdue: items.filter((d) => d.dueDate < today),
    dueToday: items.filter((d) => d.dueDate === today),
    next7: items.filter((d) => d.dueDate > today && d.dueDate <= shiftDate(today, 7)),
    next30: items.filter((d) => d.dueDate > shiftDate(today, 7)),
    custody: custodyList(db, today),
  };
};

const custodyList = (db: Db, today: string) => {
  const inCustody = db
    .select({
      id: cases.id,
      title: cases.title,
      caseNumber: cases.caseNumber,
      custodyStatus: cases.custodyStatus,
      arrestDate: cases.arrestDate,
    })
    .from(cases)
    .where(and(inArray(cases.custodyStatus, ['in_custody']), ne(cases.status, 'archived')))
    .all()
    .filter((c): c is typeof c & { arrestDate: string } => c.arrestDate !== null);
  const parties = partiesByCase(
    db,
    inCustody.map((c) => c.id),
  );
  // Each case's next open deadline, for all of them in one query (not one query per case: issue 8).
  const nextByCase = new Map<string, { title: string; dueDate: string }>();
  // Only what the list shows of each (not the whole rows with their working, read here by the thousand).
  for (const r of db
    .select({ caseId: deadlines.caseId, title: legalRules.name, dueDate: deadlines.dueDate })
    .from(deadlines)
    .innerJoin(legalRules, eq(legalRules.id, deadlines.ruleId))
    .where(
      and(
        eq(deadlines.status, 'open'),
        gte(deadlines.dueDate, today),
        sql`${deadlines.caseId} IN (SELECT id FROM cases WHERE custody_status = 'in_custody' AND status <> 'archived')`,
      ),
    )
    .orderBy(asc(deadlines.dueDate))
    .all()) {
    if (!nextByCase.has(r.caseId)) nextByCase.set(r.caseId, { title: r.title, dueDate: r.dueDate });
  }
  return inCustody
    .map((c) => {
      const next = nextByCase.get(c.id);
      return {
        caseId: c.id,
        caseTitle: c.title,
        caseNumber: c.caseNumber,
        custodyStatus: c.custodyStatus,
        parties: parties.get(c.id) ?? [],
        arrestDate: c.arrestDate,
        daysInCustody: differenceInCalendarDays(parseISO(today), parseISO(c.arrestDate)),
        next: next ?? null,
      };
    })
    .sort((a, b) => b.daysInCustody - a.daysInCustody);
};
