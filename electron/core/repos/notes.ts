import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { noteInput } from '../../shared/contract';
import type { Db } from '../db/client';
import { preparedOnce } from '../db/prepared';
import { cases, clients, notes } from '../db/schema';
import { must } from '../errors';
import { newId } from '../lib/ids';

export const insertNote = (db: Db, data: z.output<typeof noteInput>, now: string) => {
  if (data.caseId) must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, data.caseId)).get(), 'The case');
  if (data.clientId)
    must(db.select({ id: clients.id }).from(clients).where(eq(clients.id, data.clientId)).get(), 'The client');
  const row = { id: newId(), ...data, createdAt: now };
  db.insert(notes).values(row).run();
  return row;
};

const ofClient = (db: Db) =>
  db
    .select()
    .from(notes)
    .where(eq(notes.clientId, sql.placeholder('id')))
    .orderBy(notes.date)
    .prepare();

export const notesOfClient = (db: Db, clientId: string) =>
  preparedOnce(db, 'notes.ofClient', ofClient).all({ id: clientId }).reverse();
