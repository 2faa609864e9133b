import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { client as clientSchema, clientInput } from '../../shared/contract';
import type { Db } from '../db/client';
import { clients } from '../db/schema';
import { must } from '../errors';
import { likePattern, newId } from '../lib/ids';

type ClientRow = typeof clients.$inferSelect;
type ClientData = z.output<typeof clientInput>;
export type ClientDto = z.infer<typeof clientSchema>;

export const toClientDto = ({ archivedAt, ...row }: ClientRow): ClientDto => ({
  ...row,
  archived: archivedAt !== null,
});

const like = (
  column: typeof clients.fullName | typeof clients.codename | typeof clients.cnic | typeof clients.nameUr,
  q: string,
) => sql`${column} LIKE ${likePattern(q)} ESCAPE '\\'`;

export const listClients = (db: Db, opts: { query: string | null; includeArchived: boolean }) => {
  const q = opts.query;
  // Qualified by hand: in a one-table select drizzle writes bare column names, and a bare "id"
  // inside this subquery would mean cases.id.
  const activeCases = sql<number>`(SELECT count(*) FROM case_parties cp JOIN cases c ON c.id = cp.case_id
      WHERE cp.client_id = "clients"."id" AND c.status = 'active')`;
  const rows = db
    .select({ client: clients, activeCases })
    .from(clients)
    .where(
      and(
        opts.includeArchived ? undefined : isNull(clients.archivedAt),
        q
          ? or(like(clients.fullName, q), like(clients.codename, q), like(clients.cnic, q), like(clients.nameUr, q))
          : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${clients.fullName})`))
    .all();
  return rows.map((r) => ({ ...toClientDto(r.client), activeCases: r.activeCases }));
};

export const getClientRow = (db: Db, id: string): ClientRow =>
  must(db.select().from(clients).where(eq(clients.id, id)).get(), 'The client');

export const insertClient = (db: Db, data: ClientData, now: string): ClientDto => {
  const row = { id: newId(), ...data, archivedAt: null, createdAt: now, updatedAt: now };
  db.insert(clients).values(row).run();
  return toClientDto(row);
};

export const updateClient = (db: Db, id: string, data: ClientData, now: string): ClientDto => {
  getClientRow(db, id);
  db.update(clients)
    .set({ ...data, updatedAt: now })
    .where(eq(clients.id, id))
    .run();
  return toClientDto(getClientRow(db, id));
};

export const setClientArchived = (db: Db, id: string, archived: boolean, now: string): ClientDto => {
  const row = getClientRow(db, id);
  const archivedAt = archived ? (row.archivedAt ?? now) : null;
  db.update(clients).set({ archivedAt, updatedAt: now }).where(eq(clients.id, id)).run();
  return toClientDto(getClientRow(db, id));
};
