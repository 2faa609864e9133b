import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ImportBatch, ImportRecordTable } from '../../shared/import-schemas';
import type { Db } from '../db/client';
import { cases, clients, courts, deadlines, hearings, notes, policeStations } from '../db/schema';
import { importBatchRecords, importBatches } from '../db/schema/imports';
import { AppFailure, must } from '../errors';
import { getBatch } from './apply';

/*
 * Undoing an import as a whole: every record it created is deleted, in one transaction, but only
 * if nothing was done with them since. A record edited after the import (its updated_at moved),
 * or anything added since that refers to one (a hearing, a note, a bail petition, a new case
 * naming an imported client), would be lost: then undo refuses and says what stands in the way.
 */

/** Tables whose rows belong to a case the import created and go with it. */
const OWNED_BY_CASE = new Set(['case_parties', 'offences', 'case_lawyers', 'deadlines']);

const HUMAN: Record<string, string> = {
  hearings: 'hearing',
  notes: 'note',
  cases: 'case',
  case_parties: 'case naming the client',
  bail_petitions: 'bail petition',
  case_events: 'recorded event',
  petition_drafts: 'petition draft',
  deadlines: 'deadline',
};

type Sqlite = Db['$client'];

const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every foreign key in the database that points at one of the import's tables (found, not listed: new tables count too). */
const referencesTo = (sqlite: Sqlite) => {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (sqlite.pragma(`foreign_key_list(${quoteId(name)})`) as { table: string; from: string }[]).map((fk) => ({
      table: name,
      column: fk.from,
      target: fk.table,
    })),
  );
};

const idsByTable = (db: Db, batchId: string) => {
  const map = new Map<ImportRecordTable, string[]>();
  for (const r of db
    .select({ t: importBatchRecords.tableName, id: importBatchRecords.recordId })
    .from(importBatchRecords)
    .where(eq(importBatchRecords.batchId, batchId))
    .orderBy(importBatchRecords.position)
    .all()) {
    map.set(r.t, [...(map.get(r.t) ?? []), r.id]);
  }
  return map;
};

/** What undo would lose, in words; empty when undo is safe. */
const obstacles = (
  db: Db,
  sqlite: Sqlite,
  batch: { createdAt: string },
  ids: Map<ImportRecordTable, string[]>,
): string[] => {
  const problems: string[] = [];
  const edited = (
    table: typeof clients | typeof cases | typeof hearings,
    what: string,
    label: (r: Record<string, unknown>) => string,
  ) => {
    const list = ids.get(table === clients ? 'clients' : table === cases ? 'cases' : 'hearings') ?? [];
    for (let i = 0; i < list.length; i += 500) {
      const rows = db
        .select()
        .from(table)
        .where(and(inArray(table.id, list.slice(i, i + 500)), sql`${table.updatedAt} <> ${batch.createdAt}`))
        .all() as Record<string, unknown>[];
      for (const r of rows)
        problems.push(`The ${what} ${label(r)} was changed after the import (${String(r.updatedAt).slice(0, 10)}).`);
    }
  };
  edited(clients, 'client', (r) => String(r.fullName));
  edited(cases, 'case', (r) => String(r.title));
  edited(hearings, 'hearing of', (r) => String(r.date));
  const own = new Set(Object.values(Object.fromEntries([...ids.entries()])).flat());
  const batchCases = new Set(ids.get('cases') ?? []);
  for (const ref of referencesTo(sqlite)) {
    const targets = ids.get(ref.target as ImportRecordTable);
    if (!targets?.length || ref.table === 'import_batch_records') continue;
    const hasId = (sqlite.pragma(`table_info(${quoteId(ref.table)})`) as { name: string }[]).some(
      (c) => c.name === 'id',
    );
    const caseCol = (sqlite.pragma(`table_info(${quoteId(ref.table)})`) as { name: string }[]).some(
      (c) => c.name === 'case_id',
    );
    for (let i = 0; i < targets.length; i += 500) {
      const chunk = targets.slice(i, i + 500);
      const rows = sqlite
        .prepare(
          `SELECT ${hasId ? 'id' : 'NULL'} AS id, ${caseCol ? 'case_id' : 'NULL'} AS caseId FROM ${quoteId(ref.table)} WHERE ${quoteId(ref.column)} IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(...chunk) as { id: string | null; caseId: string | null }[];
      const foreign = rows.filter(
        (r) => !(r.id && own.has(r.id)) && !(OWNED_BY_CASE.has(ref.table) && r.caseId && batchCases.has(r.caseId)),
      );
      if (foreign.length) {
        const what = HUMAN[ref.table] ?? ref.table.replace(/_/g, ' ');
        problems.push(
          `${foreign.length} ${what}${foreign.length > 1 ? 's' : ''} added since refer${foreign.length > 1 ? '' : 's'} to what the import created.`,
        );
      }
    }
  }
  // A deadline of an imported case marked done or dismissed is the lawyer's work.
  const caseIds = ids.get('cases') ?? [];
  for (let i = 0; i < caseIds.length; i += 500) {
    const n = db
      .select({ n: sql<number>`count(*)` })
      .from(deadlines)
      .where(and(inArray(deadlines.caseId, caseIds.slice(i, i + 500)), sql`${deadlines.status} <> 'open'`))
      .get()?.n;
    if (n)
      problems.push(
        `${n} deadline${n > 1 ? 's' : ''} of imported cases ${n > 1 ? 'were' : 'was'} marked done or dismissed.`,
      );
  }
  return [...new Set(problems)];
};

export const undoImport = (db: Db, batchId: string, now: string): ImportBatch => {
  // Inside drizzle's transaction the handle has no $client; the raw connection is the same one.
  const sqlite = db.$client;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const batch = must(t.select().from(importBatches).where(eq(importBatches.id, batchId)).get(), 'The import');
    if (batch.undoneAt)
      throw new AppFailure('CONFLICT', `This import was already undone (${batch.undoneAt.slice(0, 10)}).`);
    const ids = idsByTable(t, batchId);
    const problems = obstacles(t, sqlite, batch, ids);
    if (problems.length) {
      const shown = problems.slice(0, 4).join(' ');
      const more = problems.length > 4 ? ` (and ${problems.length - 4} more)` : '';
      throw new AppFailure(
        'CONFLICT',
        `Undo would lose work done since the import, so nothing was undone. ${shown}${more} Remove or change those by hand instead.`,
      );
    }
    const del = (table: ImportRecordTable) => {
      const list = ids.get(table) ?? [];
      const target = { clients, cases, hearings, notes, courts, police_stations: policeStations }[table];
      for (let i = 0; i < list.length; i += 500)
        t.delete(target)
          .where(inArray(target.id, list.slice(i, i + 500)))
          .run();
    };
    // Whatever else refers to an imported case was refused above; its parties, offences and open deadlines go with it.
    for (const table of ['notes', 'hearings', 'cases', 'clients', 'police_stations', 'courts'] as const) del(table);
    // Lawyers first named by this import (created at its very instant) that nothing refers to any more.
    sqlite
      .prepare(
        `DELETE FROM lawyers WHERE created_at = ? AND id NOT IN (SELECT lawyer_id FROM case_lawyers)
           AND id NOT IN (SELECT appearing_lawyer_id FROM hearings WHERE appearing_lawyer_id IS NOT NULL)`,
      )
      .run(batch.createdAt);
    t.update(importBatches).set({ undoneAt: now }).where(eq(importBatches.id, batchId)).run();
    return getBatch(t, batchId);
  });
};
