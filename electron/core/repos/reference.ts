import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { courtInput, policeStationInput } from '../../shared/contract';
import type { Db } from '../db/client';
import { courts, lawyers, policeStations } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';

export const listCourts = (db: Db) =>
  db
    .select({
      id: courts.id,
      name: courts.name,
      forumType: courts.forumType,
      city: courts.city,
      province: courts.province,
      parentId: courts.parentId,
      source: courts.source,
    })
    .from(courts)
    .orderBy(asc(courts.name))
    .all();

const assertNewName = (existing: unknown, what: string) => {
  if (existing) throw new AppFailure('CONFLICT', `${what} with this name already exists.`, { name: 'Already exists' });
};

export const insertCourt = (db: Db, data: z.output<typeof courtInput>, now: string) => {
  assertNewName(
    db
      .select({ id: courts.id })
      .from(courts)
      .where(sql`lower(${courts.name}) = lower(${data.name})`)
      .get(),
    'A forum',
  );
  if (data.parentId)
    must(db.select({ id: courts.id }).from(courts).where(eq(courts.id, data.parentId)).get(), 'The parent court');
  const row = { id: newId(), ...data, source: null, createdAt: now };
  db.insert(courts).values(row).run();
  const { createdAt: _c, ...dto } = row;
  return dto;
};

export const listPoliceStations = (db: Db) =>
  db
    .select({
      id: policeStations.id,
      name: policeStations.name,
      district: policeStations.district,
      province: policeStations.province,
    })
    .from(policeStations)
    .orderBy(asc(policeStations.name))
    .all();

export const insertPoliceStation = (db: Db, data: z.output<typeof policeStationInput>, now: string) => {
  assertNewName(
    db
      .select({ id: policeStations.id })
      .from(policeStations)
      .where(
        sql`lower(${policeStations.name}) = lower(${data.name}) AND lower(${policeStations.district}) = lower(${data.district})`,
      )
      .get(),
    'A police station in this district',
  );
  const row = { id: newId(), ...data, createdAt: now };
  db.insert(policeStations).values(row).run();
  const { createdAt: _c, ...dto } = row;
  return dto;
};

/** Finds or creates the lawyer of this name (case-insensitive), returning its id. */
export const lawyerIdFor = (db: Db, name: string, now: string): string => {
  const found = db
    .select({ id: lawyers.id })
    .from(lawyers)
    .where(sql`lower(${lawyers.name}) = lower(${name})`)
    .get();
  if (found) return found.id;
  const id = newId();
  db.insert(lawyers).values({ id, name, createdAt: now }).run();
  return id;
};

export const listLawyers = (db: Db) =>
  db.select({ id: lawyers.id, name: lawyers.name }).from(lawyers).orderBy(asc(lawyers.name)).all();
