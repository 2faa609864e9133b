import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { BailPetition, bailInput, escalateInput } from '../../shared/deadline-schemas';
import type { ForumType } from '../../shared/enums';
import type { Db } from '../db/client';
import { bailPetitions, caseParties, cases, clients, courts, hearings } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';
import { canEscalate, escalationProblem, orderAsLadders } from '../services/bail-ladder';
import { touchCase } from './cases';

type BailData = z.output<typeof bailInput>;
type EscalateData = z.output<typeof escalateInput>;

/** Petition columns with the client's name and the forum's name and type, as the contract's shape. */
const columns = {
  id: bailPetitions.id,
  caseId: bailPetitions.caseId,
  clientId: bailPetitions.clientId,
  clientName: clients.fullName,
  kind: bailPetitions.kind,
  forumId: bailPetitions.forumId,
  forumName: courts.name,
  forumType: courts.forumType,
  filingDate: bailPetitions.filingDate,
  status: bailPetitions.status,
  surety: bailPetitions.surety,
  bondAmount: bailPetitions.bondAmount,
  conditions: bailPetitions.conditions,
  notes: bailPetitions.notes,
  escalatedFromId: bailPetitions.escalatedFromId,
  createdAt: bailPetitions.createdAt,
};

const selectPetitions = (db: Db) =>
  db
    .select(columns)
    .from(bailPetitions)
    .leftJoin(clients, eq(clients.id, bailPetitions.clientId))
    .leftJoin(courts, eq(courts.id, bailPetitions.forumId));

/** The hearings fixed for each petition, by date. */
const hearingIdsByPetition = (db: Db, ids: string[]): Map<string, string[]> => {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({ id: hearings.id, petitionId: hearings.bailPetitionId })
    .from(hearings)
    .where(inArray(hearings.bailPetitionId, ids))
    .orderBy(asc(hearings.date), asc(sql`coalesce(${hearings.time}, '')`), asc(hearings.createdAt))
    .all();
  for (const r of rows) if (r.petitionId) map.set(r.petitionId, [...(map.get(r.petitionId) ?? []), r.id]);
  return map;
};

const withHearings = (db: Db, rows: Omit<BailPetition, 'hearingIds'>[]): BailPetition[] => {
  const linked = hearingIdsByPetition(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, hearingIds: linked.get(r.id) ?? [] }));
};

export const getBail = (db: Db, id: string): BailPetition =>
  must(withHearings(db, selectPetitions(db).where(eq(bailPetitions.id, id)).all())[0], 'The bail petition');

/** A case's bail petitions as ladders: oldest first, each escalation after the petition it came from. */
export const listBail = (db: Db, caseId: string): BailPetition[] => {
  must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).get(), 'The case');
  return orderAsLadders(withHearings(db, selectPetitions(db).where(eq(bailPetitions.caseId, caseId)).all()));
};

const forumTypeOf = (db: Db, forumId: string, field = 'forumId'): ForumType => {
  const row = db.select({ forumType: courts.forumType }).from(courts).where(eq(courts.id, forumId)).get();
  if (!row) throw new AppFailure('NOT_FOUND', 'The forum was not found.', { [field]: 'Unknown forum' });
  return row.forumType;
};

/** The case, the client (a party to that case) and the forum must all exist. */
const checkReferences = (db: Db, data: BailData): ForumType | null => {
  if (!db.select({ id: cases.id }).from(cases).where(eq(cases.id, data.caseId)).get()) {
    throw new AppFailure('NOT_FOUND', 'The case was not found.', { caseId: 'Unknown case' });
  }
  if (data.clientId) {
    const client = db.select({ name: clients.fullName }).from(clients).where(eq(clients.id, data.clientId)).get();
    if (!client) throw new AppFailure('NOT_FOUND', 'The client was not found.', { clientId: 'Unknown client' });
    const party = db
      .select({ clientId: caseParties.clientId })
      .from(caseParties)
      .where(and(eq(caseParties.caseId, data.caseId), eq(caseParties.clientId, data.clientId)))
      .get();
    if (!party) {
      throw new AppFailure('VALIDATION', `${client.name} is not a party to this case; add them to the case first.`, {
        clientId: 'Not a party to this case',
      });
    }
  }
  return data.forumId ? forumTypeOf(db, data.forumId) : null;
};

/**
 * An escalated petition stays above the one it came from, and below the ones taken from it:
 * changing its forum must keep the ladder a ladder.
 */
const checkLadderOnUpdate = (db: Db, id: string, escalatedFromId: string | null, forumType: ForumType | null) => {
  const refuse = (message: string): never => {
    throw new AppFailure('VALIDATION', message, { forumId: 'Not on the ladder' });
  };
  const parent = escalatedFromId ? getBail(db, escalatedFromId) : null;
  if (parent?.forumType) {
    if (!forumType) return refuse('A petition taken to a higher forum keeps its forum.');
    const problem = escalationProblem(parent.forumType, forumType);
    if (problem) refuse(problem);
  }
  const later = selectPetitions(db).where(eq(bailPetitions.escalatedFromId, id)).all();
  for (const child of later) {
    if (!child.forumType) continue;
    if (!forumType) return refuse(`This petition was taken to the ${child.forumName}; it keeps its forum.`);
    const problem = escalationProblem(forumType, child.forumType);
    if (problem) refuse(`This petition was taken on to the ${child.forumName}, which must be above it. ${problem}`);
  }
};

/** Creates or updates a bail petition, in one transaction. */
export const saveBail = (db: Db, id: string | null, data: BailData, now: string): BailPetition =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const forumType = checkReferences(t, data);
    const petitionId = id ?? newId();
    if (id) {
      const current = must(
        t
          .select({ caseId: bailPetitions.caseId, escalatedFromId: bailPetitions.escalatedFromId })
          .from(bailPetitions)
          .where(eq(bailPetitions.id, id))
          .get(),
        'The bail petition',
      );
      if (current.caseId !== data.caseId) {
        throw new AppFailure('VALIDATION', 'A bail petition stays with its case.', {
          caseId: 'Cannot move to another case',
        });
      }
      checkLadderOnUpdate(t, id, current.escalatedFromId, forumType);
      t.update(bailPetitions)
        .set({ ...data, updatedAt: now })
        .where(eq(bailPetitions.id, id))
        .run();
    } else {
      t.insert(bailPetitions)
        .values({ ...data, id: petitionId, createdAt: now, updatedAt: now })
        .run();
    }
    touchCase(t, data.caseId, now);
    return getBail(t, petitionId);
  });

/**
 * Takes a dismissed or withdrawn petition to a higher forum in one step: a new petition with the
 * same kind, client, surety, bond, conditions and notes, pointing back to the one it follows.
 */
export const escalateBail = (db: Db, input: EscalateData, now: string): BailPetition =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const from = getBail(t, input.id);
    if (!canEscalate(from.status)) {
      throw new AppFailure(
        'CONFLICT',
        `Only a dismissed or withdrawn bail petition can be taken to the next forum; this one is ${from.status.replaceAll('_', ' ')}. Record the order refusing bail (or the withdrawal) first.`,
      );
    }
    const already = selectPetitions(t).where(eq(bailPetitions.escalatedFromId, from.id)).get();
    if (already) {
      throw new AppFailure(
        'CONFLICT',
        `This petition has already been taken to the ${already.forumName ?? 'next forum'}; continue from there.`,
      );
    }
    const targetType = forumTypeOf(t, input.forumId);
    if (!from.forumType) {
      throw new AppFailure(
        'CONFLICT',
        'Record the forum that refused this petition before taking it to the next forum.',
      );
    }
    const problem = escalationProblem(from.forumType, targetType);
    if (problem) throw new AppFailure('VALIDATION', problem, { forumId: 'Choose a higher forum' });
    if (input.filingDate && from.filingDate && input.filingDate < from.filingDate) {
      throw new AppFailure('VALIDATION', `The petition it follows was filed on ${from.filingDate}.`, {
        filingDate: `Cannot be before ${from.filingDate}`,
      });
    }
    const id = newId();
    t.insert(bailPetitions)
      .values({
        id,
        caseId: from.caseId,
        clientId: from.clientId,
        kind: from.kind,
        forumId: input.forumId,
        filingDate: input.filingDate,
        status: input.filingDate ? 'filed' : 'drafted',
        surety: from.surety,
        bondAmount: from.bondAmount,
        conditions: from.conditions,
        notes: from.notes,
        escalatedFromId: from.id,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    touchCase(t, from.caseId, now);
    return getBail(t, id);
  });
