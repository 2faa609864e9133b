import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { closuresInput, holidayInput } from '../../shared/deadline-schemas';
import type { Db } from '../db/client';
import { courtClosures, courts, holidays } from '../db/schema';
import { must } from '../errors';
import { newId } from '../lib/ids';
import type { CourtCalendar, ForumRef } from '../services/court-calendar';

const closureColumns = {
  id: courtClosures.id,
  courtId: courtClosures.courtId,
  forumType: courtClosures.forumType,
  province: courtClosures.province,
  weekday: courtClosures.weekday,
  source: courtClosures.source,
  confidence: courtClosures.confidence,
};

const holidayColumns = {
  id: holidays.id,
  name: holidays.name,
  kind: holidays.kind,
  dateFrom: holidays.dateFrom,
  dateTo: holidays.dateTo,
  province: holidays.province,
  forumType: holidays.forumType,
  courtId: holidays.courtId,
  provisional: holidays.provisional,
  source: holidays.source,
};

export const getCalendar = (db: Db) => ({
  closures: db.select(closureColumns).from(courtClosures).orderBy(asc(courtClosures.id)).all(),
  holidays: db.select(holidayColumns).from(holidays).orderBy(asc(holidays.dateFrom)).all(),
});

export const loadCourtCalendar = (db: Db): CourtCalendar => getCalendar(db);

/** A court as the calendar sees it (with its parent, so a bench keeps its High Court's days). */
export const forumRef = (db: Db, courtId: string | null): ForumRef | null => {
  if (!courtId) return null;
  const c = db
    .select({
      id: courts.id,
      parentId: courts.parentId,
      forumType: courts.forumType,
      province: courts.province,
      name: courts.name,
    })
    .from(courts)
    .where(eq(courts.id, courtId))
    .get();
  return c ? { courtId: c.id, parentId: c.parentId, forumType: c.forumType, province: c.province, name: c.name } : null;
};

const scopeWhere = (c: z.output<typeof closuresInput>): SQL | undefined =>
  and(
    c.courtId ? eq(courtClosures.courtId, c.courtId) : isNull(courtClosures.courtId),
    c.forumType ? eq(courtClosures.forumType, c.forumType) : isNull(courtClosures.forumType),
    c.province ? eq(courtClosures.province, c.province) : isNull(courtClosures.province),
  );

/** Replaces the weekly off days of one scope (a court; or a forum type and/or province; or everywhere). */
export const setClosures = (db: Db, c: z.output<typeof closuresInput>, now: string) => {
  if (c.courtId) must(db.select({ id: courts.id }).from(courts).where(eq(courts.id, c.courtId)).get(), 'The court');
  db.delete(courtClosures).where(scopeWhere(c)).run();
  for (const weekday of [...new Set(c.weekdays)]) {
    db.insert(courtClosures)
      .values({
        id: newId(),
        courtId: c.courtId,
        forumType: c.forumType,
        province: c.province,
        weekday,
        source: c.source,
        confidence: 'verified',
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
  return db.select(closureColumns).from(courtClosures).where(scopeWhere(c)).orderBy(asc(courtClosures.weekday)).all();
};

export const saveHoliday = (db: Db, id: string | undefined, data: z.output<typeof holidayInput>, now: string) => {
  if (data.courtId)
    must(db.select({ id: courts.id }).from(courts).where(eq(courts.id, data.courtId)).get(), 'The court');
  const holidayId = id ?? newId();
  if (id) {
    must(db.select({ id: holidays.id }).from(holidays).where(eq(holidays.id, id)).get(), 'The holiday');
    db.update(holidays)
      .set({ ...data, updatedAt: now })
      .where(eq(holidays.id, id))
      .run();
  } else {
    db.insert(holidays)
      .values({ id: holidayId, ...data, createdAt: now, updatedAt: now })
      .run();
  }
  return must(db.select(holidayColumns).from(holidays).where(eq(holidays.id, holidayId)).get(), 'The holiday');
};

export const deleteHoliday = (db: Db, id: string) => {
  must(db.select({ id: holidays.id }).from(holidays).where(eq(holidays.id, id)).get(), 'The holiday');
  db.delete(holidays).where(eq(holidays.id, id)).run();
  return { id };
};
