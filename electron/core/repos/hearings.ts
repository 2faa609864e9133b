import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { hearingInput, recordOutcomeInput } from '../../shared/contract';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { bailPetitions, cases, courts, hearings } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';
import { selectHearings } from './hearing-rows';
import { touchCase } from './cases';
import { lawyerIdFor } from './reference';

type HearingData = z.output<typeof hearingInput>;
type OutcomeData = z.output<typeof recordOutcomeInput>;

const ph = sql.placeholder;

/*
 * What recording an outcome runs, compiled once per connection (db/prepared.ts): on a busy court
 * day a clerk records hearing after hearing, and building and compiling each statement cost as much
 * as the writes themselves (issue 8).
 */
const STMT = {
  get: (db: Db) =>
    selectHearings(db)
      .where(eq(hearings.id, ph('id')))
      .prepare(),
  insertNext: (db: Db) =>
    db
      .insert(hearings)
      .values({
        id: ph('id'),
        caseId: ph('caseId'),
        courtId: ph('courtId'),
        bench: ph('bench'),
        bailPetitionId: ph('bailPetitionId'),
        date: ph('date'),
        time: ph('time'),
        purpose: ph('purpose'),
        createdAt: ph('now'),
        updatedAt: ph('now'),
      })
      .prepare(),
  moveNext: (db: Db) =>
    db
      .update(hearings)
      .set({
        date: sql`${ph('date')}`,
        time: sql`${ph('time')}`,
        purpose: sql`${ph('purpose')}`,
        updatedAt: sql`${ph('now')}`,
      })
      .where(eq(hearings.id, ph('id')))
      .prepare(),
  setOutcome: (db: Db) =>
    db
      .update(hearings)
      .set({
        outcome: sql`${ph('outcome')}`,
        shortOrder: sql`${ph('shortOrder')}`,
        nextDate: sql`${ph('nextDate')}`,
        nextHearingId: sql`${ph('nextHearingId')}`,
        updatedAt: sql`${ph('now')}`,
      })
      .where(eq(hearings.id, ph('id')))
      .prepare(),
};

const stmt = <K extends keyof typeof STMT>(db: Db, key: K): ReturnType<(typeof STMT)[K]> =>
  preparedOnce(db, `hearing.${key}`, STMT[key] as (db: Db) => ReturnType<(typeof STMT)[K]>);

export const getHearing = (db: Db, id: string) => must(stmt(db, 'get').get({ id }), 'The hearing');

/** A hearing can be for a bail petition of its own case only. */
const checkPetition = (db: Db, caseId: string, petitionId: string | null | undefined) => {
  if (!petitionId) return;
  const p = must(
    db.select({ caseId: bailPetitions.caseId }).from(bailPetitions).where(eq(bailPetitions.id, petitionId)).get(),
    'The bail petition',
  );
  if (p.caseId !== caseId) {
    throw new AppFailure('VALIDATION', 'That bail petition belongs to another case.', {
      bailPetitionId: 'Not a petition of this case',
    });
  }
};

const checkCourt = (db: Db, courtId: string | null) => {
  if (courtId && !db.select({ id: courts.id }).from(courts).where(eq(courts.id, courtId)).get()) {
    throw new AppFailure('NOT_FOUND', 'The forum was not found.', { courtId: 'Unknown forum' });
  }
};

export const insertHearing = (db: Db, data: HearingData, now: string) =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    must(t.select({ id: cases.id }).from(cases).where(eq(cases.id, data.caseId)).get(), 'The case');
    checkCourt(t, data.courtId);
    checkPetition(t, data.caseId, data.bailPetitionId);
    const id = newId();
    t.insert(hearings)
      .values({ id, ...data, createdAt: now, updatedAt: now })
      .run();
    touchCase(t, data.caseId, now);
    return getHearing(t, id);
  });

export const updateHearing = (db: Db, id: string, data: Omit<HearingData, 'caseId'>, now: string) =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const current = getHearing(t, id);
    checkCourt(t, data.courtId);
    checkPetition(t, current.caseId, data.bailPetitionId);
    // A clash was settled for one date: on another date who appears, and whether to seek an
    // adjournment, are decided afresh.
    const moved = current.date !== data.date;
    const resetClash = moved ? { appearingLawyerId: null, adjournmentSought: false, clashNote: null } : {};
    t.update(hearings)
      .set({ ...data, ...resetClash, updatedAt: now })
      .where(eq(hearings.id, id))
      .run();
    // The hearing that fixed this one as its next date shows the date it moved to.
    t.update(hearings).set({ nextDate: data.date, updatedAt: now }).where(eq(hearings.nextHearingId, id)).run();
    touchCase(t, current.caseId, now);
    return getHearing(t, id);
  });

/**
 * Records what happened at a hearing. With a next date, the next hearing is created (or moved)
 * in the same transaction, so the case never drops off the diary; a disposal closes the case.
 */
export const recordOutcome = (db: Db, o: OutcomeData, now: string) =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const h = getHearing(t, o.hearingId);
    if (o.nextDate && o.nextDate <= h.date) {
      throw new AppFailure('VALIDATION', `The next date must be after the hearing on ${h.date}.`, {
        nextDate: `Must be after ${h.date}`,
      });
    }
    const existingNext = h.nextHearingId ? getHearing(t, h.nextHearingId) : null;
    let nextId: string | null = existingNext?.id ?? null;
    if (o.nextDate) {
      const fields = {
        date: o.nextDate,
        time: o.nextTime,
        purpose: o.nextPurpose ?? existingNext?.purpose ?? h.purpose,
      };
      if (existingNext) {
        if (existingNext.outcome !== null && existingNext.date !== o.nextDate) {
          throw new AppFailure(
            'CONFLICT',
            `The next hearing (${existingNext.date}) already has an outcome; change it there.`,
          );
        }
        stmt(t, 'moveNext').run({ ...fields, now, id: existingNext.id });
      } else {
        nextId = newId();
        stmt(t, 'insertNext').run({
          id: nextId,
          caseId: h.caseId,
          courtId: h.courtId,
          bench: h.bench,
          bailPetitionId: h.bailPetitionId,
          ...fields,
          now,
        });
      }
    } else if (existingNext) {
      if (existingNext.outcome !== null) {
        throw new AppFailure(
          'CONFLICT',
          `The next hearing (${existingNext.date}) already has an outcome; it cannot be removed here.`,
        );
      }
      t.update(hearings).set({ nextHearingId: null }).where(eq(hearings.id, h.id)).run();
      t.delete(hearings).where(eq(hearings.id, existingNext.id)).run();
      nextId = null;
    }
    stmt(t, 'setOutcome').run({
      outcome: o.outcome,
      shortOrder: o.shortOrder,
      nextDate: o.nextDate,
      nextHearingId: nextId,
      now,
      id: h.id,
    });
    // A disposal closes the case; correcting a mistaken disposal opens it again.
    const status = o.outcome === 'disposed' ? 'disposed' : h.outcome === 'disposed' ? 'active' : undefined;
    touchCase(t, h.caseId, now, status);
    return { hearing: getHearing(t, h.id), next: nextId ? getHearing(t, nextId) : null };
  });

/**
 * Resolves a diary clash in one step: name who will appear instead, and/or note that an
 * adjournment will be sought. A blank name returns the hearing to the case's lead lawyer.
 */
export const resolveClash = (
  db: Db,
  o: { hearingId: string; appearingLawyer: string | null; adjournmentSought: boolean; note: string | null },
  now: string,
) =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const h = getHearing(t, o.hearingId);
    const appearingLawyerId = o.appearingLawyer ? lawyerIdFor(t, o.appearingLawyer, now) : null;
    t.update(hearings)
      .set({ appearingLawyerId, adjournmentSought: o.adjournmentSought, clashNote: o.note, updatedAt: now })
      .where(eq(hearings.id, h.id))
      .run();
    touchCase(t, h.caseId, now);
    return getHearing(t, h.id);
  });
