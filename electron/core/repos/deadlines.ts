import { asc, eq, ne } from 'drizzle-orm';
import { explanation as explanationSchema, type Deadline } from '../../shared/deadline-schemas';
import type { DeadlineStatus } from '../../shared/enums';
import type { Db } from '../db/client';
import { cases, deadlines, legalRules } from '../db/schema';
import { must } from '../errors';
import { newId } from '../lib/ids';
import { computeDeadlines, type Computed } from '../services/deadline-engine';
import type { CaseFacts } from '../services/deadline-triggers';
import { forumRef, loadCourtCalendar } from './calendar';
import { listEvents } from './events';
import { productionDeadlinesOfCase, setProductionDeadlineStatus } from './production-deadlines';
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
