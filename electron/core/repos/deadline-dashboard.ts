import type Database from 'better-sqlite3';
import {
  explanation as explanationSchema,
  type CustodyItem,
  type DashboardDeadline,
  type Explanation,
} from '../../shared/deadline-schemas';
import type { Db } from '../db/client';
import { sqlOnce } from '../db/prepared';
import { must } from '../errors';
import { shiftDate } from '../lib/time';
import { partiesByCase } from './hearing-rows';
import { PRODUCTION_RULE_ID, titleOf } from './production-deadlines';

/*
 * The deadline dashboard (issue 8): open deadlines up to 30 days ahead and every overdue one, and the
 * clients in custody with their next milestone. Over a thousand rows on a busy office's database, so
 * it reads only what the list shows (the statute and section of each working, not the working: that
 * comes from deadlines:working when an item is opened), with statements prepared once per connection.
 * All SQL is static with bound parameters.
 */

const SQL = {
  due: `SELECT d.id, d.case_id AS caseId, d.rule_id AS ruleId, r.name AS title, d.occurrence,
      d.due_date AS dueDate, d.due_time AS dueTime, d.status_note AS statusNote,
      json_extract(d.explanation, '$.statute') AS statute, json_extract(d.explanation, '$.section') AS section,
      c.title AS caseTitle, c.case_number AS caseNumber
    FROM deadlines d JOIN legal_rules r ON r.id = d.rule_id JOIN cases c ON c.id = d.case_id
    WHERE d.status = 'open' AND d.obsolete = 0 AND c.status <> 'archived' AND d.due_date <= @until
    ORDER BY d.due_date, d.due_time`,
  // A production order not obeyed by its date is a deadline to act (the disappearance track).
  production: `SELECT d.id, d.case_id AS caseId, o.status AS orderStatus, d.due_date AS dueDate,
      d.status_note AS statusNote,
      json_extract(d.explanation, '$.statute') AS statute, json_extract(d.explanation, '$.section') AS section,
      c.title AS caseTitle, c.case_number AS caseNumber
    FROM production_deadlines d JOIN production_orders o ON o.id = d.order_id JOIN cases c ON c.id = d.case_id
    WHERE d.status = 'open' AND c.status <> 'archived' AND d.due_date <= @until`,
  // Each case's next open deadline, as the list shows it (its rule's name and date), found by the case's
  // index. Days in custody are whole calendar days between two dates (julianday of a date is midnight).
  custody: `SELECT c.id AS caseId, c.title AS caseTitle, c.case_number AS caseNumber,
      c.custody_status AS custodyStatus, c.arrest_date AS arrestDate,
      CAST(julianday(@today) - julianday(c.arrest_date) AS INTEGER) AS daysInCustody,
      r.name AS nextTitle, n.due_date AS nextDue
    FROM cases c
    LEFT JOIN deadlines n ON n.rowid = (SELECT d.rowid FROM deadlines d
      WHERE d.case_id = c.id AND d.status = 'open' AND d.due_date >= @today ORDER BY d.due_date LIMIT 1)
    LEFT JOIN legal_rules r ON r.id = n.rule_id
    WHERE c.custody_status = 'in_custody' AND c.status <> 'archived' AND c.arrest_date IS NOT NULL
    ORDER BY daysInCustody DESC`,
  working: `SELECT explanation FROM deadlines WHERE id = @id
    UNION ALL SELECT explanation FROM production_deadlines WHERE id = @id`,
} as const;

type Key = keyof typeof SQL;
const stmt = (db: Db, key: Key): Database.Statement => sqlOnce(db, SQL[key]);

type Head = {
  id: string;
  caseId: string;
  dueDate: string;
  statusNote: string | null;
  statute: string;
  section: string;
  caseTitle: string;
  caseNumber: string | null;
};
type DueRow = Head & { ruleId: string; title: string; occurrence: number; dueTime: string | null };
type ProductionRow = Head & { orderStatus: Parameters<typeof titleOf>[0] };
type CustodyRow = Omit<CustodyItem, 'parties' | 'next'> & { nextTitle: string | null; nextDue: string | null };
type Item = Omit<DashboardDeadline, 'parties'>;

/** Only open deadlines that are not obsolete are read, so status and obsolete are the same for all. */
const dueItem = (r: DueRow): Item => ({ ...r, status: 'open', obsolete: false });

const productionItem = ({ orderStatus, ...r }: ProductionRow, today: string): Item => ({
  ...r,
  ruleId: PRODUCTION_RULE_ID,
  title: titleOf(orderStatus, r.dueDate < today),
  occurrence: 1,
  dueTime: null,
  status: 'open',
  obsolete: false,
});

const byDue = (a: Item, b: Item) =>
  a.dueDate.localeCompare(b.dueDate) || (a.dueTime ?? '').localeCompare(b.dueTime ?? '');

const custodyItem = ({ nextTitle, nextDue, ...r }: CustodyRow): Omit<CustodyItem, 'parties'> => ({
  ...r,
  next: nextTitle !== null && nextDue !== null ? { title: nextTitle, dueDate: nextDue } : null,
});

/** Open deadlines up to 30 days ahead and every overdue one; clients in custody with their next milestone. */
export const dashboard = (db: Db, today: string) => {
  const until = shiftDate(today, 30);
  const production = stmt(db, 'production').all({ until }) as ProductionRow[];
  const due = (stmt(db, 'due').all({ until }) as DueRow[]).map(dueItem);
  // Already in date order; the few production deadlines are merged in (a stable sort keeps the rest).
  const items = production.length ? due.concat(production.map((r) => productionItem(r, today))).sort(byDue) : due;
  // Longest in custody first.
  const custody = (stmt(db, 'custody').all({ today }) as CustodyRow[]).map(custodyItem);
  // The parties of every case shown, in one query.
  const parties = partiesByCase(db, [...new Set([...items.map((d) => d.caseId), ...custody.map((c) => c.caseId)])]);
  const withParties = <T extends { caseId: string }>(x: T) => ({ ...x, parties: parties.get(x.caseId) ?? [] });
  const week = shiftDate(today, 7);
  const buckets = {
    overdue: [] as DashboardDeadline[],
    dueToday: [] as DashboardDeadline[],
    next7: [] as DashboardDeadline[],
    next30: [] as DashboardDeadline[],
  };
  for (const d of items) {
    const bucket =
      d.dueDate < today ? 'overdue' : d.dueDate === today ? 'dueToday' : d.dueDate <= week ? 'next7' : 'next30';
    buckets[bucket].push(withParties(d));
  }
  return {
    today,
    ...buckets,
    custody: custody.map(withParties),
  };
};

/** How one deadline (a rule's or a production order's) was worked out, for the item the lawyer opens. */
export const deadlineWorking = (db: Db, id: string): Explanation => {
  const row = must(stmt(db, 'working').get({ id }) as { explanation: string } | undefined, 'The deadline');
  return explanationSchema.parse(JSON.parse(row.explanation));
};
