import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  CustodyAction,
  CustodyEvent,
  EvidenceItem,
  evidenceAddInput,
  evidenceUpdateInput,
} from '../../shared/incident-schemas';
import type { Db } from '../db/client';
import { evidenceCustodyEvents, evidenceFiles, incidentEvidence, incidents } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';
import { readProfile } from './audit';
import { evidenceColumns } from './incidents';

/*
 * Evidence files of an incident (issue 10): the bytes live inside the encrypted database
 * (evidence_files), the SHA-256 is computed here from the bytes actually stored, and every later
 * access (view, export, verify, custody sheet) is appended to the item's chain of custody with
 * the lawyer profile's name and the time, in the same transaction as the access it records.
 */

type AddData = z.output<typeof evidenceAddInput>;
type UpdateData = z.output<typeof evidenceUpdateInput>;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The type told by the file's first bytes, for the kinds a lawyer attaches most (screenshots, PDFs). */
const SIGNATURES: [string, number[], number][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0],
  ['image/jpeg', [0xff, 0xd8, 0xff], 0],
  ['image/gif', [0x47, 0x49, 0x46, 0x38], 0],
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d], 0],
  ['image/webp', [0x57, 0x45, 0x42, 0x50], 8],
];
const sniff = (b: Uint8Array): string | null =>
  SIGNATURES.find(([, sig, at]) => sig.every((x, i) => b[at + i] === x))?.[0] ?? null;
const CLEAN_MIME = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

export const detectMime = (bytes: Uint8Array, declared: string | null): string =>
  sniff(bytes) ?? (declared && CLEAN_MIME.test(declared) ? declared.toLowerCase() : 'application/octet-stream');

export const getEvidence = (db: Db, id: string): EvidenceItem =>
  must(db.select(evidenceColumns).from(incidentEvidence).where(eq(incidentEvidence.id, id)).get(), 'The evidence item');

/** Appends one event to an item's chain of custody; the caller holds the transaction. */
export const logCustody = (db: Db, evidenceId: string, action: CustodyAction, detail: string | null, now: string) => {
  const last = db
    .select({ seq: sql<number>`coalesce(max(${evidenceCustodyEvents.seq}), 0)` })
    .from(evidenceCustodyEvents)
    .where(eq(evidenceCustodyEvents.evidenceId, evidenceId))
    .get();
  db.insert(evidenceCustodyEvents)
    .values({
      id: newId(),
      evidenceId,
      seq: (last?.seq ?? 0) + 1,
      at: now,
      actor: readProfile(db).name,
      action,
      detail,
    })
    .run();
};

export const listCustody = (db: Db, evidenceId: string): CustodyEvent[] =>
  db
    .select({
      id: evidenceCustodyEvents.id,
      at: evidenceCustodyEvents.at,
      actor: evidenceCustodyEvents.actor,
      action: evidenceCustodyEvents.action,
      detail: evidenceCustodyEvents.detail,
    })
    .from(evidenceCustodyEvents)
    .where(eq(evidenceCustodyEvents.evidenceId, evidenceId))
    .orderBy(asc(evidenceCustodyEvents.seq))
    .all();

const tx = <T>(db: Db, fn: (t: Db) => T): T => db.transaction((t) => fn(t as unknown as Db));

/** Stores a file with its hash, its record and the first custody event, in one transaction. */
export const addEvidence = (db: Db, data: AddData, now: string): EvidenceItem => {
  const bytes = Buffer.from(data.base64, 'base64');
  return tx(db, (t) => {
    must(t.select({ id: incidents.id }).from(incidents).where(eq(incidents.id, data.incidentId)).get(), 'The incident');
    const id = newId();
    const sha256 = sha256Hex(bytes);
    t.insert(incidentEvidence)
      .values({
        id,
        incidentId: data.incidentId,
        filename: data.filename,
        mime: detectMime(bytes, data.mime),
        sizeBytes: bytes.length,
        sha256,
        sourceUrl: data.sourceUrl,
        description: data.description,
        addedAt: now,
        addedBy: readProfile(t).name,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    t.insert(evidenceFiles).values({ evidenceId: id, bytes }).run();
    logCustody(t, id, 'added', `SHA-256 ${sha256}, ${bytes.length} bytes`, now);
    return getEvidence(t, id);
  });
};

/** Changes the description or source; the custody chain records which of them changed. */
export const updateEvidence = (db: Db, data: UpdateData, now: string): EvidenceItem =>
  tx(db, (t) => {
    const current = getEvidence(t, data.id);
    const changed = [
      current.sourceUrl !== data.sourceUrl ? 'source' : null,
      current.description !== data.description ? 'description' : null,
    ].filter((x): x is string => x !== null);
    if (changed.length === 0) return current;
    t.update(incidentEvidence)
      .set({ sourceUrl: data.sourceUrl, description: data.description, updatedAt: now })
      .where(eq(incidentEvidence.id, data.id))
      .run();
    logCustody(t, data.id, 'edited', changed.join(', '), now);
    return getEvidence(t, data.id);
  });

const storedBytes = (db: Db, id: string): Buffer => {
  const row = db
    .select({ bytes: evidenceFiles.bytes })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.evidenceId, id))
    .get();
  if (!row) throw new AppFailure('DAMAGED', 'The stored file of this evidence item is missing.');
  return row.bytes;
};

/** The file itself, for viewing in the app or saving out under its own name; the access is logged. */
export const readEvidenceFile = (db: Db, id: string, purpose: 'view' | 'export', now: string) =>
  tx(db, (t) => {
    const item = getEvidence(t, id);
    const bytes = storedBytes(t, id);
    logCustody(t, id, purpose === 'view' ? 'viewed' : 'exported', purpose === 'export' ? item.filename : null, now);
    return { filename: item.filename, mime: item.mime, base64: bytes.toString('base64') };
  });

/** Recomputes the hash of the stored bytes and compares it with the one recorded at adding; logged. */
export const verifyEvidence = (db: Db, id: string, now: string) =>
  tx(db, (t) => {
    const item = getEvidence(t, id);
    const bytes = storedBytes(t, id);
    const computed = sha256Hex(bytes);
    const match = computed === item.sha256;
    logCustody(t, id, 'verified', `${match ? 'match' : 'MISMATCH'}: SHA-256 ${computed}`, now);
    return { id, match, recorded: item.sha256, computed, sizeBytes: bytes.length, at: now };
  });

/** Removes an item, its bytes and its custody events; the audit log keeps that it was deleted, and by whom. */
export const deleteEvidence = (db: Db, id: string): { id: string } =>
  tx(db, (t) => {
    getEvidence(t, id);
    t.delete(evidenceCustodyEvents).where(eq(evidenceCustodyEvents.evidenceId, id)).run();
    t.delete(evidenceFiles).where(eq(evidenceFiles.evidenceId, id)).run();
    t.delete(incidentEvidence).where(eq(incidentEvidence.id, id)).run();
    return { id };
  });
