import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { z } from 'zod';
import { AppFailure } from '../errors';
import type { Sqlite } from './open-database';

const journalSchema = z.object({ entries: z.array(z.object({ idx: z.number(), when: z.number(), tag: z.string() })) });

export type MigrationPlan = { known: number; applied: number; lastKnownWhen: number; newestAppliedWhen: number };

const readJournal = (folder: string) =>
  journalSchema.parse(JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'))).entries;

export const planMigrations = (sqlite: Sqlite, folder: string): MigrationPlan => {
  const entries = readJournal(folder);
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  const row = hasTable
    ? (sqlite.prepare('SELECT count(*) AS n, max(created_at) AS newest FROM __drizzle_migrations').get() as {
        n: number;
        newest: number | null;
      })
    : { n: 0, newest: null };
  return {
    known: entries.length,
    applied: row.n,
    lastKnownWhen: entries.at(-1)?.when ?? 0,
    newestAppliedWhen: Number(row.newest ?? 0),
  };
};

/**
 * Brings the schema up to date. A database written by a newer Muhafiz (a migration this build
 * does not know) is refused untouched; otherwise an encrypted copy is taken before any change
 * to an existing database.
 */
export const runMigrations = (
  db: BetterSQLite3Database<Record<string, unknown>>,
  sqlite: Sqlite,
  folder: string,
  /** Writes a whole, verified backup of the database as it is and returns where. */
  takeBackup: () => string,
): { backup: string | null } => {
  const plan = planMigrations(sqlite, folder);
  if (plan.applied > plan.known || plan.newestAppliedWhen > plan.lastKnownWhen) {
    throw new AppFailure(
      'UNSUPPORTED_VERSION',
      'This database was written by a newer version of Muhafiz. Install the newer version to open it; nothing was changed.',
    );
  }
  if (plan.applied === plan.known) return { backup: null };
  let backup: string | null = null;
  if (plan.applied > 0) backup = takeBackup();
  migrate(db, { migrationsFolder: folder });
  return { backup };
};
