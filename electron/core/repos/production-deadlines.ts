import { and, asc, eq } from 'drizzle-orm';
import { explanation as explanationSchema, type Deadline, type Explanation } from '../../shared/deadline-schemas';
import type { DeadlineStatus } from '../../shared/enums';
import type { Db } from '../db/client';
import { disappearanceCases, productionDeadlines, productionOrders } from '../db/schema/disappearances';
import { newId } from '../lib/ids';

/*
 * A production order sets a date by which the missing person must be produced (the High Court
 * under Art. 199(1)(b)(i) / CrPC s.491 orders the SHO to produce the detenu; the Commission of
 * Inquiry on Enforced Disappearances issues production orders: pakistan-law.md §5.2). When the
 * date passes without production the lawyer must act, so each order keeps one deadline, due on
 * that date, recomputed with the order in its transaction and closed when the order is obeyed.
 * The date is the order's, not a statutory period: no copy time, no roll-forward.
 */

export const PRODUCTION_RULE_ID = 'production-order';

type OrderRow = typeof productionOrders.$inferSelect;
type Row = typeof productionDeadlines.$inferSelect;

const SOURCES = {
  court: {
    // Shown as "statute section": "Constitution Art. 199(1)(b)(i); CrPC s.491".
    statute: 'Constitution Art. 199(1)(b)(i); CrPC',
    section: 's.491',
    source:
      'pakistan-law.md §5.2: the High Court orders the SHO to produce the detenu (https://pg.punjab.gov.pk/habeas_corpus; https://legalhelp1.blogspot.com/2024/05/lahore-high-court-orders-release-of.html)',
  },
  commission: {
    statute: 'Pakistan Commissions of Inquiry Act 1956;',
    section: 'SRO 149(I)/2011',
    source:
      'pakistan-law.md §5.2: the Commission of Inquiry on Enforced Disappearances issues production orders (http://coioed.pk/notification2/)',
  },
} as const;

const dmy = (iso: string) => iso.split('-').reverse().join('.');

/** Past its date (or recorded as not obeyed) the order is not obeyed: act; before it, a date to watch. */
export const titleOf = (status: OrderRow['status'], overdue = false) =>
  status === 'not_obeyed' || overdue
    ? 'Production order not obeyed: act'
    : 'Production order: act if not obeyed by the date';

export const explain = (o: OrderRow, commission: boolean): Explanation => {
  const s = commission ? SOURCES.commission : SOURCES.court;
  return {
    ruleId: PRODUCTION_RULE_ID,
    ruleName: titleOf(o.status),
    ...s,
    confidence: 'verified',
    condonable: false,
    trigger: { kind: 'production_order', label: `Production order of ${o.court}`, date: o.orderedOn, time: null },
    period: `to the date the order fixes (${dmy(o.produceBy)})`,
    steps: [
      `${o.court} ordered on ${dmy(o.orderedOn)} that the missing person be produced by ${dmy(o.produceBy)}.`,
      o.status === 'obeyed' && o.obeyedOn
        ? `Produced on ${dmy(o.obeyedOn)}: the order was obeyed.`
        : `Not recorded as obeyed. If the person is not produced by ${dmy(o.produceBy)}, move the ${
            commission ? 'Commission' : 'court'
          } at once: report the non-compliance and seek compliance or contempt proceedings against the officials named.`,
    ],
    excluded: [],
    skipped: [],
    unrolledDate: o.produceBy,
    dueDate: o.produceBy,
    dueTime: null,
    warnings: ['The date is the one the order fixes, not a statutory period: check it against the order sheet.'],
  };
};

const isCommission = (db: Db, o: OrderRow): boolean =>
  db
    .select({ role: disappearanceCases.role })
    .from(disappearanceCases)
    .where(and(eq(disappearanceCases.recordId, o.recordId), eq(disappearanceCases.caseId, o.caseId)))
    .get()?.role === 'commission';

/**
 * Recomputes an order's deadline inside the caller's transaction. Obeyed: completed. Taken back
 * from obeyed, or given a new date to produce by: open again. Otherwise the lawyer's own status
 * (done, dismissed) is kept.
 */
export const refreshOrderDeadline = (db: Db, orderId: string, previous: OrderRow['status'] | null, now: string) => {
  const o = db.select().from(productionOrders).where(eq(productionOrders.id, orderId)).get();
  if (!o) return;
  const current = db.select().from(productionDeadlines).where(eq(productionDeadlines.orderId, orderId)).get();
  // A new date to produce by is a new deadline: done or dismissed for the old date is not for this one.
  const moved = current !== undefined && current.dueDate !== o.produceBy;
  const status: DeadlineStatus =
    o.status === 'obeyed' ? 'completed' : previous === 'obeyed' || moved ? 'open' : (current?.status ?? 'open');
  const values = {
    caseId: o.caseId,
    dueDate: o.produceBy,
    status,
    statusNote:
      o.status === 'obeyed'
        ? `Produced on ${dmy(o.obeyedOn ?? o.produceBy)}`
        : status === 'open'
          ? null
          : (current?.statusNote ?? null),
    explanation: JSON.stringify(explain(o, isCommission(db, o))),
    updatedAt: now,
  };
  if (current) db.update(productionDeadlines).set(values).where(eq(productionDeadlines.id, current.id)).run();
  else
    db.insert(productionDeadlines)
      .values({ id: newId(), orderId, ...values, createdAt: now })
      .run();
};

const toDeadline = (r: Row, order: Pick<OrderRow, 'status'>, today?: string): Deadline => ({
  id: r.id,
  caseId: r.caseId,
  ruleId: PRODUCTION_RULE_ID,
  title: titleOf(order.status, today !== undefined && r.dueDate < today),
  occurrence: 1,
  dueDate: r.dueDate,
  dueTime: null,
  status: r.status,
  statusNote: r.statusNote,
  obsolete: false,
  explanation: explanationSchema.parse(JSON.parse(r.explanation)),
});

const withOrder = (db: Db) =>
  db
    .select({ d: productionDeadlines, status: productionOrders.status })
    .from(productionDeadlines)
    .innerJoin(productionOrders, eq(productionOrders.id, productionDeadlines.orderId));

export const orderDeadline = (db: Db, orderId: string): Deadline | null => {
  const r = withOrder(db).where(eq(productionDeadlines.orderId, orderId)).get();
  return r ? toDeadline(r.d, r) : null;
};

export const productionDeadlinesOfCase = (db: Db, caseId: string): Deadline[] =>
  withOrder(db)
    .where(eq(productionDeadlines.caseId, caseId))
    .orderBy(asc(productionDeadlines.dueDate))
    .all()
    .map((r) => toDeadline(r.d, r));

/** The lawyer marks a production deadline done or dismissed (deadlines:set-status); null if the id is not one. */
export const setProductionDeadlineStatus = (
  db: Db,
  id: string,
  status: DeadlineStatus,
  note: string | null,
  now: string,
): Deadline | null => {
  if (!db.select({ id: productionDeadlines.id }).from(productionDeadlines).where(eq(productionDeadlines.id, id)).get())
    return null;
  db.update(productionDeadlines)
    .set({ status, statusNote: note, updatedAt: now })
    .where(eq(productionDeadlines.id, id))
    .run();
  const r = withOrder(db).where(eq(productionDeadlines.id, id)).get();
  return r ? toDeadline(r.d, r) : null;
};
