import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { dispatch } from '../../electron/core/dispatch';
import { handlers, type HandlerContext } from '../../electron/core/handlers';
import { Vault } from '../../electron/core/db/vault';
import { ReminderRunner } from '../../electron/core/services/reminder-runner';
import { MIGRATIONS, TEST_KDF, type TestApp } from './context';

const RESOURCES = resolve(__dirname, '../../resources');

/**
 * Like makeTestApp, but the vault runs the migrations found in `migrationsFolder`: how a newer
 * build of Muhafiz (shipping one more migration) meets a database written by this one.
 */
export const makeAppWithMigrations = (opts: { dir: string; migrationsFolder: string; now?: string }): TestApp => {
  const now = new Date(opts.now ?? '2026-11-27T05:00:00.000Z');
  const vault = new Vault({ dir: opts.dir, migrationsFolder: opts.migrationsFolder, kdf: TEST_KDF, now: () => now });
  const reminders = new ReminderRunner({ vault, now: () => now, notify: () => {} });
  const ctx: HandlerContext = { vault, now: () => now, version: '0.0.0-test', reminders, resourcesDir: RESOURCES };
  const call = (channel: string, input: unknown) => dispatch(handlers, ctx, channel, input, { validateOutput: true });
  const must = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
    return r.value as ChannelOutput<C>;
  };
  return {
    dir: opts.dir,
    ctx,
    vault,
    notices: [],
    call,
    must,
    setToday: () => {
      throw new Error('not supported here');
    },
    cleanup: () => vault.lock(),
  };
};

type Journal = {
  version: string;
  dialect: string;
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
};

/**
 * A copy of the shipped migrations folder plus one more migration, as drizzle-kit would write it:
 * the SQL file and its journal entry, dated after the last shipped one.
 */
export const migrationsPlusOne = (tag: string, sql: string): string => {
  const folder = mkdtempSync(join(tmpdir(), 'muhafiz-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  const last = journal.entries.at(-1);
  if (!last) throw new Error('the shipped journal has no entries');
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 60_000, tag });
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  writeFileSync(join(folder, `${tag}.sql`), sql);
  return folder;
};

/** The `when` of the last migration this build ships. */
export const lastShippedMigrationWhen = (): number => {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as Journal;
  const last = journal.entries.at(-1);
  if (!last) throw new Error('the shipped journal has no entries');
  return last.when;
};

export const shippedMigrationCount = (): number =>
  (JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as Journal).entries.length;
