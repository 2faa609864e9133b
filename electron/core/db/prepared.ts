import type { Statement } from 'better-sqlite3';
import type { Db } from './client';
import type { Sqlite } from './open-database';

/*
 * Statements a hot screen runs again and again (the diary, the dashboard), compiled once per
 * connection instead of being built and prepared on every call. Keyed by the connection, so a lock
 * and unlock (a new connection) compiles them afresh and the old ones go with the old connection.
 */
const cache = new WeakMap<Sqlite, Map<string, unknown>>();

/**
 * The connection under `db`. Inside a transaction `db` is drizzle's transaction object: the same
 * session on the same connection (a statement compiled through it runs the same outside it).
 */
const clientOf = (db: Db): Sqlite | undefined =>
  (db as Partial<Db>).$client ?? (db as unknown as { session?: { client?: Sqlite } }).session?.client;

export const preparedOnce = <T>(db: Db, key: string, build: (db: Db) => T): T => {
  const client = clientOf(db);
  if (!client) return build(db);
  let m = cache.get(client);
  if (!m) cache.set(client, (m = new Map()));
  if (!m.has(key)) m.set(key, build(db));
  return m.get(key) as T;
};

/** A hand-written statement (FTS5, window functions), compiled once per connection. */
export const sqlOnce = (db: Db, sql: string): Statement =>
  preparedOnce(db, `sql:${sql}`, (d) => {
    const client = clientOf(d);
    if (!client) throw new Error('No connection to prepare on');
    return client.prepare(sql);
  });
