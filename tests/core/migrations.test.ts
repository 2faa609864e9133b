import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseEnvelope, unwrapKey } from '../../electron/core/db/envelope';
import { openEncrypted } from '../../electron/core/db/open-database';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { makeTestApp, makeUnlockedApp, MIGRATIONS, PASSPHRASE, type TestApp } from '../support/context';
import { bytesContain, listFiles, snapshotFiles } from '../support/disk';
import { caseData, makeClient } from '../support/factories';
import {
  lastShippedMigrationWhen,
  makeAppWithMigrations,
  migrationsPlusOne,
  shippedMigrationCount,
} from '../support/migrations-app';

/* Schema versions: fresh databases, newer databases, and upgrades with a backup first. */

const apps: TestApp[] = [];
const folders: string[] = [];
const track = (app: TestApp) => (apps.push(app), app);
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
  while (folders.length) rmSync(folders.pop() as string, { recursive: true, force: true });
});

const tableNames = (app: TestApp) =>
  (
    app.vault.db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).map((r) => r.name);

const columnsOf = (app: TestApp, table: string) =>
  (app.vault.db.$client.pragma(`table_info(${table})`) as { name: string; notnull: number; dflt_value: unknown }[]).map(
    ({ name, notnull, dflt_value }) => ({ name, notnull, dflt_value }),
  );

type JournalFile = { entries: { tag: string }[] };
const readJournal = (folder: string) =>
  JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as JournalFile;
const shippedTags = () => readJournal(MIGRATIONS).entries.map((e) => e.tag);

/** The shipped migrations folder as an older build shipped it: only the migrations up to `tag`. */
const migrationsUpTo = (tag: string): string => {
  const folder = mkdtempSync(join(tmpdir(), 'muhafiz-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journal = readJournal(folder);
  const last = journal.entries.findIndex((e) => e.tag === tag);
  if (last < 0) throw new Error(`no shipped migration ${tag}`);
  writeFileSync(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }, null, 2),
  );
  return folder;
};

const appliedMigrations = (app: TestApp) =>
  (app.vault.db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;

describe('a fresh database', () => {
  test('has every table and records every shipped migration', async () => {
    const app = track(await makeUnlockedApp());
    expect(tableNames(app)).toEqual([
      '__drizzle_migrations',
      'case_lawyers',
      'case_parties',
      'cases',
      'clients',
      'courts',
      'hearings',
      'lawyers',
      'notes',
      'offences',
      'police_stations',
      'settings',
    ]);
    expect(appliedMigrations(app)).toBe(shippedMigrationCount());
    expect(shippedTags()).toEqual(['0000_init', '0001_seed_courts', '0002_diary']);
    expect(existsSync(join(app.dir, 'backups'))).toBe(false);
  });

  test('has the diary columns on hearings and a settings table of keys and JSON values', async () => {
    const app = track(await makeUnlockedApp());
    const hearingCols = columnsOf(app, 'hearings');
    expect(hearingCols).toEqual(
      expect.arrayContaining([
        { name: 'appearing_lawyer_id', notnull: 0, dflt_value: null },
        { name: 'adjournment_sought', notnull: 1, dflt_value: 'false' },
        { name: 'clash_note', notnull: 0, dflt_value: null },
      ]),
    );
    const fks = app.vault.db.$client.pragma('foreign_key_list(hearings)') as { from: string; table: string }[];
    expect(fks).toContainEqual(expect.objectContaining({ from: 'appearing_lawyer_id', table: 'lawyers' }));
    expect(columnsOf(app, 'settings').map((c) => c.name)).toEqual(['key', 'value', 'updated_at']);
  });

  test('comes with the High Courts and their benches, the apex courts and the COIED', async () => {
    const app = track(await makeUnlockedApp());
    const courts = await app.must('courts:list', {});
    const byId = new Map(courts.map((c) => [c.id, c]));
    expect(byId.get('seed:lhc-mul')).toMatchObject({
      name: 'Lahore High Court, Multan Bench',
      forumType: 'high_court',
      city: 'Multan',
      province: 'punjab',
      parentId: 'seed:lhc',
    });
    expect(byId.get('seed:lhc')).toMatchObject({ name: 'Lahore High Court', parentId: null });
    expect(byId.get('seed:ihc')).toMatchObject({ name: 'Islamabad High Court', province: 'ict', parentId: null });
    expect(byId.get('seed:fcc')).toMatchObject({ forumType: 'fcc', name: 'Federal Constitutional Court' });
    expect(byId.get('seed:coied')?.forumType).toBe('commission');
    for (const hc of ['seed:lhc', 'seed:shc', 'seed:phc', 'seed:bhc', 'seed:ihc']) {
      expect(byId.get(hc)?.forumType, hc).toBe('high_court');
      expect(byId.get(hc)?.source, hc).toMatch(/pakistan-law\.md/);
    }
    // Every bench hangs under a court of its own kind.
    for (const c of courts.filter((c) => c.parentId)) {
      expect(byId.get(c.parentId as string)?.forumType, c.name).toBe(c.forumType);
    }
    // courts:list is sorted by name, as the forum picker shows it.
    expect(courts.map((c) => c.name)).toEqual([...courts.map((c) => c.name)].sort());
  });
});

describe('a database from a newer Muhafiz', () => {
  const refuseAndKeep = async (app: TestApp) => {
    const before = snapshotFiles(app.dir);
    const again = track(makeTestApp({ dir: app.dir }));
    const r = await again.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(r.ok ? 'unlocked' : r.error.code).toBe('UNSUPPORTED_VERSION');
    expect(!r.ok && r.error.message).toMatch(/newer version of Muhafiz/);
    expect(!r.ok && r.error.message).toMatch(/nothing was changed/i);
    expect(again.vault.state()).toBe('locked');
    expect(snapshotFiles(app.dir)).toEqual(before);
    expect(existsSync(join(app.dir, 'backups'))).toBe(false);
  };

  test('with a migration dated after ours is refused, untouched', async () => {
    const app = track(await makeUnlockedApp());
    await makeClient(app, { fullName: 'Idris Khattak' });
    app.vault.db.$client
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', lastShippedMigrationWhen() + 365 * 24 * 3600 * 1000);
    await app.must('vault:lock', {});
    await refuseAndKeep(app);
  });

  test('with more migrations applied than we ship is refused, untouched', async () => {
    const app = track(await makeUnlockedApp());
    app.vault.db.$client
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('unknown-older', 1);
    await app.must('vault:lock', {});
    await refuseAndKeep(app);
  });
});

describe('an up-to-date database', () => {
  test('is unlocked again without a backup or any change to the file', async () => {
    const app = track(await makeUnlockedApp());
    await makeClient(app);
    await app.must('vault:lock', {});
    const before = snapshotFiles(app.dir);
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    await app.must('vault:lock', {});
    expect(existsSync(join(app.dir, 'backups'))).toBe(false);
    expect(snapshotFiles(app.dir)[DB_FILE]?.sha256).toBe(before[DB_FILE]?.sha256);
  });
});

describe('a database one migration behind', () => {
  const NEXT = migrationsPlusOne.bind(null, '0099_client_alias', 'ALTER TABLE `clients` ADD `alias` text;');

  const oldVaultWithClient = async () => {
    const app = track(await makeUnlockedApp());
    const client = await makeClient(app, {
      fullName: 'Gulalai Wazir',
      nameUr: 'گلالئی وزیر',
      category: 'whrd',
      notes: 'Summoned by CTD Peshawar twice this month',
    });
    await app.must('vault:lock', {});
    return { app, client };
  };

  test('is backed up, encrypted, under backups/ and then migrated, keeping every record', async () => {
    const { app, client } = await oldVaultWithClient();
    const folder = NEXT();
    folders.push(folder);

    const newer = track(makeAppWithMigrations({ dir: app.dir, migrationsFolder: folder }));
    await newer.must('vault:unlock', { passphrase: PASSPHRASE });
    const columns = (newer.vault.db.$client.pragma('table_info(clients)') as { name: string }[]).map((c) => c.name);
    expect(columns).toContain('alias');
    expect(appliedMigrations(newer)).toBe(shippedMigrationCount() + 1);
    expect((await newer.must('clients:get', { id: client.id })).fullName).toBe('Gulalai Wazir');
    await newer.must('vault:lock', {});

    const backups = listFiles(join(app.dir, 'backups'));
    expect(backups).toEqual(['pre-migration-2026-11-27T05-00-00-000Z.db']);
    const backupPath = join(app.dir, 'backups', backups[0] as string);
    const bytes = readFileSync(backupPath);
    expect(bytes.length).toBeGreaterThan(4096);
    for (const secret of ['Gulalai Wazir', 'گلالئی وزیر', 'Summoned by CTD', 'CREATE TABLE']) {
      expect(bytesContain(bytes, secret), secret).toBe(false);
    }
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    // The backup opens with the vault's own data key and holds the pre-migration state.
    const key = unwrapKey(parseEnvelope(readFileSync(join(app.dir, KEY_FILE), 'utf8')), PASSPHRASE);
    const backup = openEncrypted(backupPath, key, { create: false });
    try {
      expect(backup.prepare('SELECT full_name FROM clients').all()).toEqual([{ full_name: 'Gulalai Wazir' }]);
      const backupCols = (backup.pragma('table_info(clients)') as { name: string }[]).map((c) => c.name);
      expect(backupCols).not.toContain('alias');
    } finally {
      backup.close();
    }
    // And without the key it opens to nothing.
    const keyless = new Database(backupPath, { readonly: true });
    expect(() => keyless.prepare('SELECT count(*) FROM clients').get()).toThrow();
    keyless.close();
  });

  test('once migrated, unlocks again without another backup', async () => {
    const { app } = await oldVaultWithClient();
    const folder = NEXT();
    folders.push(folder);
    const newer = track(makeAppWithMigrations({ dir: app.dir, migrationsFolder: folder }));
    await newer.must('vault:unlock', { passphrase: PASSPHRASE });
    await newer.must('vault:lock', {});
    await newer.must('vault:unlock', { passphrase: PASSPHRASE });
    await newer.must('vault:lock', {});
    expect(listFiles(join(app.dir, 'backups'))).toHaveLength(1);
  });

  test('whose migration fails stays as it was: not unlocked, backup kept, the old build still opens it', async () => {
    const { app, client } = await oldVaultWithClient();
    const folder = migrationsPlusOne(
      '0099_broken',
      'ALTER TABLE `clients` ADD `alias` text;\n--> statement-breakpoint\nALTER TABLE `no_such_table` ADD `x` text;',
    );
    folders.push(folder);
    const newer = track(makeAppWithMigrations({ dir: app.dir, migrationsFolder: folder }));
    const r = await newer.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).not.toMatch(/no_such_table|SQLITE|\n\s+at /);
    expect(newer.vault.state()).toBe('locked');
    expect(listFiles(join(app.dir, 'backups'))).toHaveLength(1);

    const old = track(makeTestApp({ dir: app.dir }));
    await old.must('vault:unlock', { passphrase: PASSPHRASE });
    const columns = (old.vault.db.$client.pragma('table_info(clients)') as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('alias');
    expect(appliedMigrations(old)).toBe(shippedMigrationCount());
    expect((await old.must('clients:get', { id: client.id })).notes).toBe('Summoned by CTD Peshawar twice this month');
  });
});

describe('a database from before the diary (0001_seed_courts)', () => {
  test('is backed up and gains the diary: hearings keep every field, nobody is named to appear, reminders default', async () => {
    const folder = migrationsUpTo('0001_seed_courts');
    folders.push(folder);
    const dir = mkdtempSync(join(tmpdir(), 'muhafiz-test-'));
    folders.push(dir);
    // The older build: its vault has no settings table, so it is driven below the handlers.
    const old = makeAppWithMigrations({ dir, migrationsFolder: folder });
    old.vault.create(PASSPHRASE);
    expect(old.vault.db.$client.prepare("SELECT name FROM sqlite_master WHERE name = 'settings'").get()).toBe(
      undefined,
    );
    const client = await old.must('clients:create', {
      fullName: 'Gulalai Wazir',
      category: 'whrd',
      sensitive: true,
      codename: 'Chinar',
    });
    const c = await old.must('cases:create', caseData([client.id], { team: ['Imaan Hazir'] }));
    old.vault.db.$client
      .prepare(
        `INSERT INTO hearings (id, case_id, date, time, court_id, bench, purpose, outcome, short_order, created_at, updated_at)
         VALUES ('h-old', ?, '2026-11-27', '09:30', 'seed:ihc', 'Court No. 2', 'Arguments on bail', 'adjourned',
                 'Notice to the State', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`,
      )
      .run(c.id);
    old.vault.lock();

    const app = track(makeTestApp({ dir, now: '2026-11-27T05:00:00.000Z' }));
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(appliedMigrations(app)).toBe(shippedMigrationCount());
    expect(listFiles(join(dir, 'backups'))).toHaveLength(1);
    const [row] = await app.must('hearings:agenda', { from: '2026-11-27', to: '2026-11-27' });
    expect(row).toMatchObject({
      id: 'h-old',
      time: '09:30',
      courtName: 'Islamabad High Court',
      bench: 'Court No. 2',
      outcome: 'adjourned',
      shortOrder: 'Notice to the State',
      adjournmentSought: false,
      clashNote: null,
      lawyer: { name: 'Imaan Hazir' },
    });
    expect((await app.must('settings:get', {})).reminders.nightBefore).toBe('20:00');
  });
});
