import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { EvidenceItem, Incident, incidentInput } from '../../shared/incident-schemas';
import type { Db } from '../db/client';
import { caseParties, cases, clients, incidentEvidence, incidentReports, incidents } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';

/*
 * The incident log of a client (issue 10). Reads return the contract's Incident: the incident,
 * where it was reported (in order) and its evidence records (never the bytes: see evidence.ts).
 * Part B (the enforced-disappearance track and the appeals) reads incidents through
 * listIncidentsForClient and getIncident.
 */

export type IncidentData = z.output<typeof incidentInput>;

const columns = {
  id: incidents.id,
  clientId: incidents.clientId,
  caseId: incidents.caseId,
  caseTitle: cases.title,
  date: incidents.date,
  time: incidents.time,
  place: incidents.place,
  kind: incidents.kind,
  perpetratorCategory: incidents.perpetratorCategory,
  perpetratorDescription: incidents.perpetratorDescription,
  witnesses: incidents.witnesses,
  narrative: incidents.narrative,
  createdAt: incidents.createdAt,
  updatedAt: incidents.updatedAt,
};

export const evidenceColumns = {
  id: incidentEvidence.id,
  incidentId: incidentEvidence.incidentId,
  filename: incidentEvidence.filename,
  mime: incidentEvidence.mime,
  sizeBytes: incidentEvidence.sizeBytes,
  sha256: incidentEvidence.sha256,
  sourceUrl: incidentEvidence.sourceUrl,
  description: incidentEvidence.description,
  addedAt: incidentEvidence.addedAt,
  addedBy: incidentEvidence.addedBy,
};

const group = <T extends { incidentId: string }>(rows: T[]): Map<string, Omit<T, 'incidentId'>[]> => {
  const map = new Map<string, Omit<T, 'incidentId'>[]>();
  for (const { incidentId, ...rest } of rows) map.set(incidentId, [...(map.get(incidentId) ?? []), rest]);
  return map;
};

/** Reports and evidence for the given incidents, in two queries whatever their number. */
const complete = (db: Db, rows: Omit<Incident, 'reports' | 'evidence'>[]): Incident[] => {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const reports = group(
    db
      .select({
        incidentId: incidentReports.incidentId,
        kind: incidentReports.kind,
        madeTo: incidentReports.madeTo,
        reference: incidentReports.reference,
        date: incidentReports.date,
      })
      .from(incidentReports)
      .where(inArray(incidentReports.incidentId, ids))
      .orderBy(asc(incidentReports.position))
      .all(),
  );
  const evidence = db
    .select(evidenceColumns)
    .from(incidentEvidence)
    .where(inArray(incidentEvidence.incidentId, ids))
    .orderBy(asc(incidentEvidence.addedAt), asc(sql`${incidentEvidence}.rowid`))
    .all();
  const byIncident = new Map<string, EvidenceItem[]>();
  for (const e of evidence) byIncident.set(e.incidentId, [...(byIncident.get(e.incidentId) ?? []), e]);
  return rows.map((r) => ({ ...r, reports: reports.get(r.id) ?? [], evidence: byIncident.get(r.id) ?? [] }));
};

const selectIncidents = (db: Db) => db.select(columns).from(incidents).leftJoin(cases, eq(cases.id, incidents.caseId));

/** Newest first: by date, then time (an incident without a time after those with one that day), then entry. */
const newestFirst = [
  desc(incidents.date),
  desc(sql`coalesce(${incidents.time}, '99:99')`),
  desc(incidents.createdAt),
] as const;

export const getIncident = (db: Db, id: string): Incident =>
  must(complete(db, selectIncidents(db).where(eq(incidents.id, id)).all())[0], 'The incident');

/** A client's incidents, newest first, each with its reports and evidence records. NOT_FOUND for no such client. */
export const listIncidentsForClient = (db: Db, clientId: string): Incident[] => {
  must(db.select({ id: clients.id }).from(clients).where(eq(clients.id, clientId)).get(), 'The client');
  return complete(
    db,
    selectIncidents(db)
      .where(eq(incidents.clientId, clientId))
      .orderBy(...newestFirst)
      .all(),
  );
};

/** The incidents linked to a case, newest first. NOT_FOUND for no such case. */
export const listIncidentsForCase = (db: Db, caseId: string): Incident[] => {
  must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).get(), 'The case');
  return complete(
    db,
    selectIncidents(db)
      .where(eq(incidents.caseId, caseId))
      .orderBy(...newestFirst)
      .all(),
  );
};

/** The client must exist; a linked case must be one of the client's; nothing may be dated after today. */
const checkReferences = (db: Db, data: IncidentData, today: string) => {
  if (!db.select({ id: clients.id }).from(clients).where(eq(clients.id, data.clientId)).get()) {
    throw new AppFailure('NOT_FOUND', 'The client was not found.', { clientId: 'Unknown client' });
  }
  if (data.caseId) {
    if (!db.select({ id: cases.id }).from(cases).where(eq(cases.id, data.caseId)).get()) {
      throw new AppFailure('NOT_FOUND', 'The case was not found.', { caseId: 'Unknown case' });
    }
    const party = db
      .select({ clientId: caseParties.clientId })
      .from(caseParties)
      .where(and(eq(caseParties.caseId, data.caseId), eq(caseParties.clientId, data.clientId)))
      .get();
    if (!party) {
      throw new AppFailure('VALIDATION', 'That case is not one of this client’s cases.', {
        caseId: 'Not this client’s case',
      });
    }
  }
  if (data.date > today) {
    throw new AppFailure('VALIDATION', 'An incident cannot be dated after today.', { date: 'After today' });
  }
  data.reports.forEach((r, i) => {
    if (r.date && r.date > today) {
      throw new AppFailure('VALIDATION', 'A report cannot be dated after today.', {
        [`reports.${i}.date`]: 'After today',
      });
    }
  });
};

const writeReports = (db: Db, incidentId: string, reports: IncidentData['reports']) => {
  db.delete(incidentReports).where(eq(incidentReports.incidentId, incidentId)).run();
  reports.forEach((r, position) =>
    db
      .insert(incidentReports)
      .values({ id: newId(), incidentId, position, ...r })
      .run(),
  );
};

const fieldsOf = ({ reports: _reports, ...rest }: IncidentData) => rest;

/** Records an incident with its reports, in one transaction. `today` is the Pakistan calendar date. */
export const createIncident = (db: Db, data: IncidentData, now: string, today: string): Incident =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    checkReferences(t, data, today);
    const id = newId();
    t.insert(incidents)
      .values({ id, ...fieldsOf(data), createdAt: now, updatedAt: now })
      .run();
    writeReports(t, id, data.reports);
    return getIncident(t, id);
  });

/** Changes an incident and replaces its reports, in one transaction. It stays with its client. */
export const updateIncident = (db: Db, id: string, data: IncidentData, now: string, today: string): Incident =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const current = must(
      t.select({ clientId: incidents.clientId }).from(incidents).where(eq(incidents.id, id)).get(),
      'The incident',
    );
    if (current.clientId !== data.clientId) {
      throw new AppFailure('VALIDATION', 'An incident stays with its client.', { clientId: 'Cannot move' });
    }
    checkReferences(t, data, today);
    t.update(incidents)
      .set({ ...fieldsOf(data), updatedAt: now })
      .where(eq(incidents.id, id))
      .run();
    writeReports(t, id, data.reports);
    return getIncident(t, id);
  });

/**
 * Deletes an incident and its reports. Refused (CONFLICT) while it holds evidence: evidence is
 * removed one item at a time, deliberately, so no file leaves the record by accident.
 */
export const deleteIncident = (db: Db, id: string): { id: string } =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    must(t.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, id)).get(), 'The incident');
    const held = t
      .select({ n: sql<number>`count(*)` })
      .from(incidentEvidence)
      .where(eq(incidentEvidence.incidentId, id))
      .get();
    if ((held?.n ?? 0) > 0) {
      throw new AppFailure(
        'CONFLICT',
        `This incident holds ${held?.n} evidence file(s). Remove the evidence first; it is not deleted with the incident.`,
      );
    }
    t.delete(incidentReports).where(eq(incidentReports.incidentId, id)).run();
    t.delete(incidents).where(eq(incidents.id, id)).run();
    return { id };
  });
