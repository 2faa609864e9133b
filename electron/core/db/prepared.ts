import type { Db } from './client';
import type { Sqlite } from './open-database';

/*
 * Statements a hot screen runs again and again (the diary, the dashboard), compiled once per
 * connection instead of being built and prepared on every call. Keyed by the connection, so a lock
 * and unlock (a new connection) compiles them afresh and the old ones go with the old connection.
 */
const cache = new WeakMap<Sqlite, Map<string, unknown>>();

export const preparedOnce = <T>(db: Db, key: string, build: (db: Db) => T): T => {
  // Inside a transaction `db` is drizzle's transaction object, which has no client of its own to
  // key by: the statement is compiled for that call, as before (writes are not the hot path).
  const client = (db as Partial<Db>).$client;
  if (!client) return build(db);
  let m = cache.get(client);
  if (!m) cache.set(client, (m = new Map()));
  if (!m.has(key)) m.set(key, build(db));
  return m.get(key) as T;
};
