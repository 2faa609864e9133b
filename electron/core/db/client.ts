import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import type { Sqlite } from './open-database';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };

export const makeDb = (sqlite: Sqlite): Db => drizzle({ client: sqlite, schema }) as Db;
