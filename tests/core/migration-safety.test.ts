import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../support/context';

/*
 * A guard on the migrations folder, read as files (no database needed).
 *
 * A later migration must never drop or rebuild a table that already holds a lawyer's records.
 * drizzle-kit cannot ALTER a CHECK constraint (or a foreign key, or a column type) in SQLite, so it
 * emits a rebuild instead: `PRAGMA foreign_keys=OFF`, `CREATE TABLE __new_clients`, copy the rows,
 * `DROP TABLE clients`, rename. The pragma is a no-op inside the migrator's transaction, so with
 * foreign keys on, dropping `clients` cascade-deletes every note, party and bail petition that
 * refers to it. Such a change must be written by hand (add a column, or enforce it in the schema
 * of the contract) instead.
 *
 * The journal (meta/_journal.json) is what the migrator follows: a .sql file it does not list is
 * never run, a listed one without its file fails every unlock, and a `when` not after the previous
 * one is silently skipped on a database that already has the previous one.
 */

type Journal = { entries: { idx: number; when: number; tag: string }[] };

const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as Journal;
const sqlFiles = readdirSync(MIGRATIONS)
  .filter((f) => f.endsWith('.sql'))
  .sort();

/** Statements that drop or rebuild an existing table, each with why it is refused. */
const DESTRUCTIVE: { pattern: RegExp; why: string }[] = [
  { pattern: /\bDROP\s+TABLE\b/i, why: 'drops a table' },
  { pattern: /__new_/i, why: "rebuilds a table (drizzle-kit's __new_<table> copy)" },
  { pattern: /\bPRAGMA\s+foreign_keys\s*=\s*(OFF|0|false)\b/i, why: 'switches foreign keys off (a rebuild follows)' },
  { pattern: /\bALTER\s+TABLE\s+\S+\s+RENAME\s+TO\b/i, why: 'renames a table (the last step of a rebuild)' },
];

/** SQL comments say nothing the database runs. */
const withoutComments = (sql: string) => sql.replace(/\/\*[\s\S]*?\*\//g, '').replace(/--[^\n]*/g, '');

/** What in a migration's SQL drops or rebuilds a table. */
const problems = (sql: string): string[] =>
  DESTRUCTIVE.filter((d) => d.pattern.test(withoutComments(sql))).map((d) => d.why);

describe('the guard itself', () => {
  test('catches the rebuild drizzle-kit emits when a CHECK constraint is added to clients', () => {
    const rebuild = `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_clients\` (
	\`id\` text PRIMARY KEY NOT NULL,
	\`gender\` text DEFAULT 'unknown' NOT NULL,
	CONSTRAINT "clients_gender_check" CHECK("__new_clients"."gender" in ('female', 'male', 'unknown'))
);
--> statement-breakpoint
INSERT INTO \`__new_clients\`("id", "gender") SELECT "id", "gender" FROM \`clients\`;--> statement-breakpoint
DROP TABLE \`clients\`;--> statement-breakpoint
ALTER TABLE \`__new_clients\` RENAME TO \`clients\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;`;
    expect(problems(rebuild)).toEqual([
      'drops a table',
      "rebuilds a table (drizzle-kit's __new_<table> copy)",
      'switches foreign keys off (a rebuild follows)',
      'renames a table (the last step of a rebuild)',
    ]);
    expect(problems('drop table if exists `notes`;')).toEqual(['drops a table']);
    expect(problems('pragma Foreign_Keys = 0;')).toEqual(['switches foreign keys off (a rebuild follows)']);
  });

  test('lets through what a safe migration does: new tables, new columns, indexes, seed rows, comments', () => {
    const safe = `-- Never DROP TABLE here: see migration-safety.test.ts
CREATE TABLE \`petition_drafts\` (\`id\` text PRIMARY KEY NOT NULL);--> statement-breakpoint
CREATE INDEX \`petition_drafts_case_idx\` ON \`petition_drafts\` (\`case_id\`);--> statement-breakpoint
ALTER TABLE \`clients\` ADD \`address\` text;--> statement-breakpoint
INSERT INTO \`courts\` (\`id\`, \`name\`) VALUES ('seed:ihc', 'Islamabad High Court');--> statement-breakpoint
DROP INDEX IF EXISTS \`old_idx\`;`;
    expect(problems(safe)).toEqual([]);
  });
});

describe('the shipped migrations', () => {
  test('there are some, starting with 0000_init', () => {
    expect(journal.entries.length).toBeGreaterThan(1);
    expect(journal.entries[0]?.tag).toMatch(/^0000_/);
  });

  test.each(journal.entries.filter((e) => e.idx > 0).map((e) => [e.tag] as const))(
    '%s neither drops nor rebuilds a table',
    (tag) => {
      const sql = readFileSync(join(MIGRATIONS, `${tag}.sql`), 'utf8');
      expect(problems(sql)).toEqual([]);
    },
  );

  test('no .sql file after 0000, listed in the journal or not, drops or rebuilds a table', () => {
    const found = sqlFiles
      .filter((f) => !f.startsWith('0000_'))
      .flatMap((f) => problems(readFileSync(join(MIGRATIONS, f), 'utf8')).map((why) => `${f}: ${why}`));
    expect(found).toEqual([]);
  });
});

describe('the journal and the files agree', () => {
  test('every migration in the journal has its .sql file', () => {
    const absent = journal.entries.map((e) => `${e.tag}.sql`).filter((f) => !existsSync(join(MIGRATIONS, f)));
    expect(absent).toEqual([]);
  });

  test('every .sql file is in the journal', () => {
    const listed = new Set(journal.entries.map((e) => `${e.tag}.sql`));
    expect(sqlFiles.filter((f) => !listed.has(f))).toEqual([]);
  });

  test('entries are numbered 0, 1, 2… in order, each tag starting with its number, each dated after the last', () => {
    journal.entries.forEach((e, i) => {
      expect(e.idx, e.tag).toBe(i);
      expect(e.tag, e.tag).toMatch(new RegExp(`^${String(i).padStart(4, '0')}_[a-z0-9_]+$`));
      if (i > 0) expect(e.when, e.tag).toBeGreaterThan(journal.entries[i - 1]?.when ?? Infinity);
    });
  });
});
