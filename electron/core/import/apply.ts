import { desc, eq, sql } from 'drizzle-orm';
import type { ImportBatch, RecordCounts } from '../../shared/import-schemas';
import type { ImportRecordTable } from '../../shared/import-schemas';
import type { Db } from '../db/client';
import {
  caseLawyers,
  caseParties,
  cases,
  clients,
  courts,
  hearings,
  notes,
  offences,
  policeStations,
} from '../db/schema';
import { importBatchRecords, importBatches } from '../db/schema/imports';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';
import { recomputeCase } from '../repos/deadlines';
import { lawyerIdFor } from '../repos/reference';
import type { Op } from './plan';
import { forumTypeOf as forumType } from './values';

/*
 * Writing a planned import: one transaction, in chunks with a pause between them so the window
 * can ask how far it has got. Any failure rolls the whole import back. An import only creates;
 * each record it creates is listed in its batch, for undo.
 */

export type Progress = { stage: 'reading' | 'writing' | 'done'; done: number; total: number };

const TABLE_OF: Record<Op['kind'], ImportRecordTable> = {
  client: 'clients',
  court: 'courts',
  station: 'police_stations',
  case: 'cases',
  hearing: 'hearings',
  note: 'notes',
};

/** Order of writing: what is referred to before what refers to it; a next hearing before the one naming it. */
const ORDER: Op['kind'][] = ['court', 'station', 'client', 'case', 'hearing', 'note'];
const sortOps = (ops: Op[]) =>
  [...ops].sort((a, b) => {
    const k = ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);
    if (k !== 0 || a.kind !== 'hearing' || b.kind !== 'hearing') return k;
    return b.date.localeCompare(a.date);
  });

const caseTitle = (db: Db, op: Extract<Op, { kind: 'case' }>): string => {
  const names = op.data.parties.map((p) => {
    const c = db
      .select({ n: clients.fullName, code: clients.codename, s: clients.sensitive })
      .from(clients)
      .where(eq(clients.id, p.clientId))
      .get();
    // A sensitive client is named by codename in a title: titles show on every list and printout.
    return c ? (c.s && c.code ? c.code : c.n) : '';
  });
  const ref = op.data.firNumber ? `FIR ${op.data.firNumber}` : op.data.caseNumber;
  return ref ? `${names.join(', ')} — ${ref}` : names.join(', ');
};

const writeOp = (db: Db, op: Op, now: string, today: string) => {
  const stamps = { createdAt: now, updatedAt: now };
  switch (op.kind) {
    case 'court':
      db.insert(courts)
        .values({ id: op.id, name: op.name, forumType: forumType(op.name), createdAt: now })
        .run();
      return;
    case 'station':
      db.insert(policeStations).values({ id: op.id, name: op.name, district: op.district, createdAt: now }).run();
      return;
    case 'client':
      db.insert(clients)
        .values({ id: op.id, ...op.data, archivedAt: null, ...stamps })
        .run();
      return;
    case 'case': {
      const { parties, offences: offs, team, title, ...fields } = op.data;
      db.insert(cases)
        .values({ ...fields, id: op.id, title: title ?? caseTitle(db, op), ...stamps })
        .run();
      parties.forEach((p, position) =>
        db
          .insert(caseParties)
          .values({ caseId: op.id, ...p, position })
          .run(),
      );
      offs.forEach((o, position) =>
        db
          .insert(offences)
          .values({ id: newId(), caseId: op.id, ...o, position })
          .run(),
      );
      // A lawyer named for the first time joins the office's lawyers (undo removes them again if unused).
      const lawyerIds = [...new Set(team.map((name) => lawyerIdFor(db, name, now)))];
      lawyerIds.forEach((lawyerId, position) =>
        db.insert(caseLawyers).values({ caseId: op.id, lawyerId, position }).run(),
      );
      // Deadlines count from the FIR and the arrest (events come later): a case with neither has none yet.
      if (op.data.firDate || op.data.arrestDate) recomputeCase(db, op.id, today, now);
      return;
    }
    case 'hearing': {
      const { kind: _k, row: _r, ...h } = op;
      db.insert(hearings)
        .values({ ...h, ...stamps })
        .run();
      return;
    }
    case 'note':
      db.insert(notes)
        .values({ id: op.id, caseId: op.caseId, clientId: op.clientId, date: op.date, body: op.body, createdAt: now })
        .run();
  }
};

const progressByDb = new WeakMap<object, Progress>();
export const importProgress = (db: Db): Progress | null => {
  const p = progressByDb.get(db.$client);
  return p ? { ...p } : null;
};

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export type BatchInfo = {
  filename: string;
  sheet: string | null;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
};

/**
 * Writes the ops in one transaction. `getDb` is asked again after every pause: if the diary was
 * locked meanwhile the connection is gone, and with it the unfinished transaction. During a pause
 * the window may ask for progress (a read); a write by another channel in that moment would join
 * this transaction, so a second import and an undo are refused until it ends (the import screen
 * offers nothing else meanwhile).
 */
export const applyImport = async (
  getDb: () => Db,
  ops: Op[],
  info: BatchInfo,
  now: string,
  today: string,
  chunk = 100,
): Promise<string> => {
  const db = getDb();
  const client = db.$client;
  if (progressByDb.has(client)) throw new AppFailure('CONFLICT', 'An import is already running.');
  const ordered = sortOps(ops);
  const progress: Progress = { stage: 'writing', done: 0, total: ordered.length };
  progressByDb.set(client, progress);
  const batchId = newId();
  client.exec('BEGIN IMMEDIATE');
  try {
    db.insert(importBatches)
      .values({ id: batchId, createdAt: now, ...info, undoneAt: null })
      .run();
    for (let i = 0; i < ordered.length; i++) {
      const op = ordered[i] as Op;
      writeOp(db, op, now, today);
      db.insert(importBatchRecords)
        .values({ batchId, tableName: TABLE_OF[op.kind], recordId: op.id, position: i })
        .run();
      progress.done = i + 1;
      if ((i + 1) % chunk === 0) {
        await pause();
        if (getDb() !== db)
          throw new AppFailure('LOCKED', 'Muhafiz was locked during the import; nothing was imported.');
      }
    }
    client.exec('COMMIT');
    progress.stage = 'done';
    return batchId;
  } catch (e) {
    if (client.open && client.inTransaction) client.exec('ROLLBACK');
    throw e;
  } finally {
    progressByDb.delete(client);
  }
};

const countsOf = (db: Db, batchId: string): RecordCounts => {
  const rows = db
    .select({ t: importBatchRecords.tableName, n: sql<number>`count(*)` })
    .from(importBatchRecords)
    .where(eq(importBatchRecords.batchId, batchId))
    .groupBy(importBatchRecords.tableName)
    .all();
  const n = (t: ImportRecordTable) => rows.find((r) => r.t === t)?.n ?? 0;
  return {
    clients: n('clients'),
    cases: n('cases'),
    hearings: n('hearings'),
    notes: n('notes'),
    courts: n('courts'),
    policeStations: n('police_stations'),
  };
};

type BatchRow = typeof importBatches.$inferSelect;
const toBatch = (db: Db, b: BatchRow, created?: RecordCounts): ImportBatch => ({
  ...b,
  created: created ?? countsOf(db, b.id),
});

export const getBatch = (db: Db, id: string): ImportBatch =>
  toBatch(db, must(db.select().from(importBatches).where(eq(importBatches.id, id)).get(), 'The import'));

export const listBatches = (db: Db): ImportBatch[] =>
  db
    .select()
    .from(importBatches)
    .orderBy(desc(importBatches.createdAt))
    .limit(20)
    .all()
    .map((b) => toBatch(db, b));
