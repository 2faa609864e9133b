import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/client';
import { recomputeAll, recomputeCase } from './deadlines';
import { readSetting, writeSetting } from './settings';

/*
 * The recomputation at unlock, made cheap at scale (issue 8). Every write of a case, event, rule or
 * calendar already recomputes what it touches in its own transaction, so at unlock only two things
 * can have moved deadlines: (1) a migration that changed the rules or calendars, seen as a changed
 * fingerprint of those tables, which recomputes every case once; (2) the date: only recurring
 * milestones (CrPC 497 third proviso, rules with repeat_every) depend on today, so on a new day only
 * the cases such a rule can apply to are recomputed (in custody, when every recurring rule requires
 * custody as the shipped ones do; else every case).
 */

// "*.lastRunAt": the app's own bookkeeping, which the audit log does not record as a change.
const KEY = 'deadlines.lastRunAt';
const lastRun = z.object({ on: z.string(), fingerprint: z.string() });

const fingerprint = (db: Db): string => {
  const sqlite = db.$client;
  const h = createHash('sha256');
  for (const table of ['legal_rules', 'holidays', 'court_closures']) {
    // Static table names (no input reaches this string); each row as JSON in a stable order.
    const rows = sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
    h.update(`${table}:${JSON.stringify(rows)}\n`);
  }
  return h.digest('hex');
};

/** Whether some active recurring rule may apply to a case not in custody. */
const recurringBeyondCustody = (db: Db): boolean => {
  const rows = db.$client.prepare('SELECT conditions FROM legal_rules WHERE active = 1 AND recurring = 1').all() as {
    conditions: string | null;
  }[];
  return rows.some((r) => {
    try {
      return (JSON.parse(r.conditions ?? '{}') as { inCustody?: unknown }).inCustody !== true;
    } catch {
      return true;
    }
  });
};

export type RefreshKind = 'all' | 'custody' | 'none';

/** Runs inside the caller's transaction; says what it recomputed. */
export const refreshDeadlinesAtUnlock = (db: Db, today: string, now: string): RefreshKind => {
  const fp = fingerprint(db);
  const last = readSetting(db, KEY, lastRun.nullable(), null);
  let kind: RefreshKind;
  if (!last || last.fingerprint !== fp) kind = 'all';
  else if (last.on === today) kind = 'none';
  else kind = recurringBeyondCustody(db) ? 'all' : 'custody';
  if (kind === 'all') recomputeAll(db, today, now);
  if (kind === 'custody') {
    const ids = db.$client
      .prepare("SELECT id FROM cases WHERE status <> 'archived' AND custody_status = 'in_custody'")
      .all() as { id: string }[];
    for (const { id } of ids) recomputeCase(db, id, today, now);
  }
  if (kind !== 'none') writeSetting(db, KEY, { on: today, fingerprint: fp }, now);
  return kind;
};

/** A new database has no deadlines to bring up to date: record it, so the first unlock today does nothing. */
export const markDeadlinesFresh = (db: Db, today: string, now: string): void =>
  writeSetting(db, KEY, { on: today, fingerprint: fingerprint(db) }, now);
