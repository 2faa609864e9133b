import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { eventDetails, type CaseEvent, type caseEventInput } from '../../shared/deadline-schemas';
import type { Db } from '../db/client';
import { caseEvents, cases, courts } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';

type EventData = z.output<typeof caseEventInput>;

const columns = {
  id: caseEvents.id,
  caseId: caseEvents.caseId,
  kind: caseEvents.kind,
  date: caseEvents.date,
  time: caseEvents.time,
  endDate: caseEvents.endDate,
  courtId: caseEvents.courtId,
  courtName: courts.name,
  relatedEventId: caseEvents.relatedEventId,
  details: caseEvents.details,
  note: caseEvents.note,
};

type Row = { details: string } & Omit<CaseEvent, 'details'>;
const toEvent = (r: Row): CaseEvent => {
  const parsed = eventDetails.safeParse(JSON.parse(r.details));
  return { ...r, details: parsed.success ? parsed.data : {} };
};

const select = (db: Db) => db.select(columns).from(caseEvents).leftJoin(courts, eq(courts.id, caseEvents.courtId));

export const listEvents = (db: Db, caseId: string): CaseEvent[] =>
  select(db)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.date), asc(caseEvents.createdAt))
    .all()
    .map(toEvent);

export const getEvent = (db: Db, id: string): CaseEvent =>
  toEvent(must(select(db).where(eq(caseEvents.id, id)).get(), 'The event'));

const check = (db: Db, data: EventData, selfId: string | null) => {
  must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, data.caseId)).get(), 'The case');
  if (data.courtId)
    must(db.select({ id: courts.id }).from(courts).where(eq(courts.id, data.courtId)).get(), 'The court');
  if (data.relatedEventId) {
    const related = db
      .select({ kind: caseEvents.kind })
      .from(caseEvents)
      .where(and(eq(caseEvents.id, data.relatedEventId), eq(caseEvents.caseId, data.caseId)))
      .get();
    if (!related || related.kind !== 'judgment' || data.relatedEventId === selfId) {
      throw new AppFailure('VALIDATION', 'A copy must belong to a judgment recorded on this case.', {
        relatedEventId: 'Choose a judgment of this case',
      });
    }
  }
};

/** Creates or replaces an event; the caller recomputes the case's deadlines in the same transaction. */
export const saveEvent = (db: Db, id: string | null, data: EventData, now: string): CaseEvent => {
  check(db, data, id);
  const values = { ...data, details: JSON.stringify(data.details), updatedAt: now };
  if (id) {
    const current = getEvent(db, id);
    if (current.caseId !== data.caseId) throw new AppFailure('VALIDATION', 'An event cannot move to another case.');
    db.update(caseEvents).set(values).where(eq(caseEvents.id, id)).run();
    return getEvent(db, id);
  }
  const eventId = newId();
  db.insert(caseEvents)
    .values({ id: eventId, ...values, createdAt: now })
    .run();
  return getEvent(db, eventId);
};

export const deleteEvent = (db: Db, id: string): CaseEvent => {
  const event = getEvent(db, id);
  db.delete(caseEvents).where(eq(caseEvents.id, id)).run();
  return event;
};
