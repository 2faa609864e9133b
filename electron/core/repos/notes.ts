import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { noteInput } from '../../shared/contract';
import type { Db } from '../db/client';
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

export const notesOfClient = (db: Db, clientId: string) =>
  db.select().from(notes).where(eq(notes.clientId, clientId)).orderBy(notes.date).all().reverse();
