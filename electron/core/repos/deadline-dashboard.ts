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
    ORDER BY daysInCustody DESC, c.id`,
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

type Parties = ReturnType<typeof partiesByCase>;

/*
 * Items are written out field by field, with their parties: over 2,500 rows, copying each row with
 * object spread and rest (and again to add the parties) cost a third of the dashboard (issue 8).
 * Only open deadlines that are not obsolete are read, so status and obsolete are the same for all.
 */
const item = (
  r: Head,
  parties: Parties,
  rule: { ruleId: string; title: string; occurrence: number; dueTime: string | null },
): DashboardDeadline => ({
  id: r.id,
  caseId: r.caseId,
  ruleId: rule.ruleId,
  title: rule.title,
  occurrence: rule.occurrence,
  dueDate: r.dueDate,
  dueTime: rule.dueTime,
  status: 'open',
  statusNote: r.statusNote,
  obsolete: false,
  statute: r.statute,
  section: r.section,
  caseTitle: r.caseTitle,
  caseNumber: r.caseNumber,
  parties: parties.get(r.caseId) ?? [],
});

const dueItem = (r: DueRow, parties: Parties) => item(r, parties, r);

const productionItem = (r: ProductionRow, today: string, parties: Parties) =>
  item(r, parties, {
    ruleId: PRODUCTION_RULE_ID,
    title: titleOf(r.orderStatus, r.dueDate < today),
    occurrence: 1,
    dueTime: null,
  });

const byDue = (a: DashboardDeadline, b: DashboardDeadline) =>
  a.dueDate.localeCompare(b.dueDate) || (a.dueTime ?? '').localeCompare(b.dueTime ?? '');

const custodyItem = (r: CustodyRow, parties: Parties): CustodyItem => ({
  caseId: r.caseId,
  caseTitle: r.caseTitle,
  caseNumber: r.caseNumber,
  custodyStatus: r.custodyStatus,
  parties: parties.get(r.caseId) ?? [],
  arrestDate: r.arrestDate,
  daysInCustody: r.daysInCustody,
  next: r.nextTitle !== null && r.nextDue !== null ? { title: r.nextTitle, dueDate: r.nextDue } : null,
});

/** Open deadlines up to 30 days ahead and every overdue one; clients in custody with their next milestone. */
export const dashboard = (db: Db, today: string) => {
  const until = shiftDate(today, 30);
  const productionRows = stmt(db, 'production').all({ until }) as ProductionRow[];
  const dueRows = stmt(db, 'due').all({ until }) as DueRow[];
  // Longest in custody first.
  const custodyRows = stmt(db, 'custody').all({ today }) as CustodyRow[];
  // The parties of every case shown, in one query.
  const caseIds = new Set<string>();
  for (const rows of [dueRows, productionRows, custodyRows]) for (const r of rows) caseIds.add(r.caseId);
  const parties = partiesByCase(db, [...caseIds]);
  const due = dueRows.map((r) => dueItem(r, parties));
  // Already in date order; the few production deadlines are merged in (a stable sort keeps the rest).
  const items = productionRows.length
    ? due.concat(productionRows.map((r) => productionItem(r, today, parties))).sort(byDue)
    : due;
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
    buckets[bucket].push(d);
  }
  return { today, ...buckets, custody: custodyRows.map((r) => custodyItem(r, parties)) };
};

/** How one deadline (a rule's or a production order's) was worked out, for the item the lawyer opens. */
export const deadlineWorking = (db: Db, id: string): Explanation => {
  const row = must(stmt(db, 'working').get({ id }) as { explanation: string } | undefined, 'The deadline');
  return explanationSchema.parse(JSON.parse(row.explanation));
};
