import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseEnvelope, unwrapKey } from '../../electron/core/db/envelope';
import { openEncrypted } from '../../electron/core/db/open-database';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { makeTestApp, makeUnlockedApp, MIGRATIONS, PASSPHRASE, type TestApp } from '../support/context';
import { backupFolders } from '../support/backups';
import { bytesContain, countRows, snapshotFiles } from '../support/disk';
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

/**
 * A client as an older build wrote it: straight into the table, since today's clients:create
 * writes columns that build lacked.
 */
const insertOldClient = (app: TestApp) => {
  const at = '2026-11-01T00:00:00Z';
  app.vault.db.$client
    .prepare(
      `INSERT INTO clients (id, full_name, codename, category, risk_level, sensitive, created_at, updated_at)
       VALUES ('c-old', 'Gulalai Wazir', 'Chinar', 'whrd', 'high', 1, ?, ?)`,
    )
    .run(at, at);
  return { id: 'c-old' };
};

/** A case as an older build wrote it: an IHC bail case, in custody since 3 October 2026. */
const insertOldCase = (app: TestApp, caseId: string, clientId: string, lawyer: string) => {
  const db = app.vault.db.$client;
  const at = '2026-11-01T00:00:00Z';
  db.prepare(
    `INSERT INTO cases (id, title, case_type, status, fir_number, fir_date, forum_id, case_number, custody_status,
                        arrest_date, created_at, updated_at)
     VALUES (?, 'State v. Gulalai Wazir', 'bail', 'active', '112/2026', '2026-10-02', 'seed:ihc',
             'Crl. Misc. No. 1412-B of 2026', 'in_custody', '2026-10-03', ?, ?)`,
  ).run(caseId, at, at);
  db.prepare(`INSERT INTO case_parties (case_id, client_id, role, position) VALUES (?, ?, 'accused', 0)`).run(
    caseId,
    clientId,
  );
  db.prepare(`INSERT INTO lawyers (id, name, created_at) VALUES ('l-old', ?, ?)`).run(lawyer, at);
  db.prepare(`INSERT INTO case_lawyers (case_id, lawyer_id, position) VALUES (?, 'l-old', 0)`).run(caseId);
};

const appliedMigrations = (app: TestApp) =>
  (app.vault.db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;

describe('a fresh database', () => {
  test('has every table and records every shipped migration', async () => {
    const app = track(await makeUnlockedApp());
    expect(tableNames(app)).toEqual([
      '__drizzle_migrations',
      'appeal_drafts',
      'audit_log',
      'bail_petitions',
      'case_events',
      'case_lawyers',
      'case_parties',
      'cases',
      'clients',
      'court_closures',
      'courts',
      'deadlines',
      'disappearance_cases',
      'disappearance_entries',
      'disappearances',
      'evidence_custody_events',
      'evidence_files',
      'hearings',
      'holidays',
      'identity_consents',
      'import_batch_records',
      'import_batches',
      'incident_evidence',
      'incident_reports',
      'incidents',
      'lawyers',
      'legal_rules',
      'notes',
      'offences',
      'petition_drafts',
      'petition_versions',
      'police_stations',
      'production_deadlines',
      'production_orders',
      'search_cases',
      'search_cases_config',
      'search_cases_data',
      'search_cases_docsize',
      'search_cases_idx',
      'search_clients',
      'search_clients_config',
      'search_clients_data',
      'search_clients_docsize',
      'search_clients_idx',
      'search_hearings',
      'search_hearings_config',
      'search_hearings_data',
      'search_hearings_docsize',
      'search_hearings_idx',
      'search_keys',
      'search_notes',
      'search_notes_config',
      'search_notes_data',
      'search_notes_docsize',
      'search_notes_idx',
      'settings',
      'user_templates',
    ]);
    expect(appliedMigrations(app)).toBe(shippedMigrationCount());
    expect(shippedTags()).toEqual([
      '0000_init',
      '0001_seed_courts',
      '0002_diary',
      '0003_deadlines',
      '0004_seed_rules_calendar',
      '0005_petitions_and_client_details',
      '0006_rule_repeat_interval',
      '0007_search_fts',
      '0008_audit_log',
      '0009_scale_indexes',
      '0010_incidents',
      '0011_disappearances',
      '0012_import_batches',
      '0013_search_fold',
      '0014_diary_scale_indexes',
      '0015_import_audit',
      '0016_dashboard_custody_index',
      '0017_list_windows',
    ]);
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

  test('has the arrest time and capital charge on cases, and hearings may belong to a bail petition', async () => {
    const app = track(await makeUnlockedApp());
    expect(columnsOf(app, 'cases')).toEqual(
      expect.arrayContaining([
        { name: 'arrest_time', notnull: 0, dflt_value: null },
        { name: 'capital_charge', notnull: 1, dflt_value: 'false' },
      ]),
    );
    expect(columnsOf(app, 'hearings')).toContainEqual({ name: 'bail_petition_id', notnull: 0, dflt_value: null });
    const fks = app.vault.db.$client.pragma('foreign_key_list(hearings)') as { from: string; table: string }[];
    expect(fks).toContainEqual(expect.objectContaining({ from: 'bail_petition_id', table: 'bail_petitions' }));
    // One deadline per case, rule, trigger and occurrence: recomputation can never duplicate one.
    const indexes = app.vault.db.$client.pragma('index_list(deadlines)') as { name: string; unique: number }[];
    expect(indexes).toContainEqual(expect.objectContaining({ name: 'deadlines_identity_idx', unique: 1 }));
    const identity = app.vault.db.$client.pragma('index_info(deadlines_identity_idx)') as { name: string }[];
    expect(identity.map((c) => c.name)).toEqual(['case_id', 'rule_id', 'trigger_key', 'occurrence']);
  });

  test('comes with the 30 rules from pakistan-law.md: UNVERIFIED ones present but off and "needs checking"', async () => {
    const app = track(await makeUnlockedApp());
    const rules = await app.must('rules:list', {});
    expect(rules).toHaveLength(30);
    const off = rules.filter((r) => !r.active).map((r) => r.id);
    expect(off.sort()).toEqual(['ata-remand-total', 'ata25-convict-appeal', 'peca-appeal', 'sc-review']);
    for (const r of rules) {
      expect(r.active, r.id).toBe(r.confidence === 'verified');
      expect(r.source, r.id).toMatch(/pakistan-law\.md §\d/);
    }
    const byId = new Map(rules.map((r) => [r.id, r]));
    expect(byId.get('art155-appeal-hc')).toMatchObject({
      period: 60,
      unit: 'days',
      excludeCopyTime: true,
      rollForward: true,
      condonable: true,
      filingForumType: 'high_court',
    });
    expect(byId.get('crpc417-2a-victim')).toMatchObject({ period: 30, condonable: false });
    expect(byId.get('statutory-bail-2y')).toMatchObject({ period: 2, unit: 'years', recurring: true });
    expect(byId.get('statutory-bail-2y')?.conditions).toEqual({ capital: true, inCustody: true });
    expect(byId.get('statutory-bail-2y')?.repeatEvery).toBe(1);
  });

  test('comes with weekly closures, the 2026 and 2027 holidays (Islamic 2027 dates provisional) and vacations', async () => {
    const app = track(await makeUnlockedApp());
    const cal = await app.must('calendar:get', {});
    expect(cal.closures).toHaveLength(21);
    const days = (pred: (c: (typeof cal.closures)[number]) => boolean) =>
      cal.closures
        .filter(pred)
        .map((c) => c.weekday)
        .sort();
    expect(days((c) => c.courtId === 'seed:lhc')).toEqual([0, 6]);
    expect(days((c) => c.forumType === 'sessions' && c.province === 'punjab')).toEqual([0]);
    expect(days((c) => !c.courtId && !c.forumType && !c.province)).toEqual([0]);
    const gazetted = cal.holidays.filter((h) => h.kind === 'gazetted');
    expect(gazetted).toHaveLength(22);
    expect(gazetted.filter((h) => h.dateFrom.startsWith('2026'))).toHaveLength(11);
    expect(cal.holidays.find((h) => h.id === '2026-iqbal')).toMatchObject({
      dateFrom: '2026-11-09',
      dateTo: '2026-11-09',
      provisional: false,
    });
    expect(cal.holidays.find((h) => h.id === '2026-eid-azha')).toMatchObject({
      dateFrom: '2026-05-27',
      dateTo: '2026-05-29',
    });
    const provisional = cal.holidays.filter((h) => h.provisional).map((h) => h.id);
    expect(provisional.sort()).toEqual(['2027-ashura', '2027-eid-azha', '2027-eid-fitr', '2027-milad']);
    const vacations = cal.holidays.filter((h) => h.kind === 'vacation');
    expect(vacations).toHaveLength(7);
    for (const v of vacations) expect(v.courtId, v.id).toMatch(/^seed:/);
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
  test('is unlocked again without a pre-migration backup or any change to the file', async () => {
    const app = track(await makeUnlockedApp());
    await makeClient(app);
    await app.must('vault:lock', {});
    const before = snapshotFiles(app.dir);
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    await app.must('vault:lock', {});
    // Only the day's automatic backup (see backup.test.ts).
    expect(backupFolders(app.dir)).toEqual(['daily-2026-11-27']);
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

    // A backup is a folder: the database copy, its key envelope and a manifest (see backup.test.ts).
    const backups = backupFolders(app.dir, 'pre-migration');
    expect(backups).toEqual(['pre-migration-2026-11-27T05-00-00-000Z']);
    const backupPath = join(app.dir, 'backups', backups[0] as string, DB_FILE);
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
    expect(backupFolders(app.dir, 'pre-migration')).toHaveLength(1);
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
    expect(backupFolders(app.dir)).toHaveLength(1);
    expect(backupFolders(app.dir, 'pre-migration')).toHaveLength(1);

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
    const client = insertOldClient(old);
    // Today's cases:create computes deadlines, whose tables that build lacked: the case goes in as SQL.
    const c = { id: 'k-old' };
    insertOldCase(old, c.id, client.id, 'Imaan Hazir');
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
    expect(backupFolders(dir, 'pre-migration')).toHaveLength(1);
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

describe('a database from before the deadlines (0002_diary)', () => {
  const oldOffice = async () => {
    const folder = migrationsUpTo('0002_diary');
    folders.push(folder);
    const dir = mkdtempSync(join(tmpdir(), 'muhafiz-test-'));
    folders.push(dir);
    const old = makeAppWithMigrations({ dir, migrationsFolder: folder });
    old.vault.create(PASSPHRASE);
    const client = insertOldClient(old);
    insertOldCase(old, 'k-old', client.id, 'Imaan Hazir');
    old.vault.lock();
    const app = track(makeTestApp({ dir, now: '2026-11-27T05:00:00.000Z' }));
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    return { app, dir, client };
  };

  test('is backed up and gains the rules, calendars and empty deadline tables; the case keeps every field', async () => {
    const { app, dir } = await oldOffice();
    expect(appliedMigrations(app)).toBe(shippedMigrationCount());
    expect(backupFolders(dir, 'pre-migration')).toHaveLength(1);
    expect(await app.must('rules:list', {})).toHaveLength(30);
    expect((await app.must('calendar:get', {})).holidays.length).toBeGreaterThan(20);
    const detail = await app.must('cases:get', { id: 'k-old' });
    expect(detail).toMatchObject({
      title: 'State v. Gulalai Wazir',
      custodyStatus: 'in_custody',
      arrestDate: '2026-10-03',
      arrestTime: null,
      capitalCharge: false,
      team: ['Imaan Hazir'],
    });
    for (const table of ['case_events', 'bail_petitions']) expect(countRows(app, table), table).toBe(0);
  });

  test('the first save of an old case computes its deadlines', async () => {
    const { app, client } = await oldOffice();
    await app.must('cases:update', {
      id: 'k-old',
      data: caseData([client.id], { arrestDate: '2026-10-03', firDate: '2026-10-02' }),
    });
    const { deadlines } = await app.must('deadlines:for-case', { caseId: 'k-old' });
    expect(deadlines.find((d) => d.ruleId === 'statutory-bail-1y')?.dueDate).toBe('2027-10-03');
  });

  test('an old case in custody shows its deadlines right after the upgrade, without being re-saved', async () => {
    const { app } = await oldOffice();
    const { deadlines } = await app.must('deadlines:for-case', { caseId: 'k-old' });
    expect(deadlines.map((d) => d.ruleId)).toContain('statutory-bail-1y');
    const dash = await app.must('deadlines:dashboard', {});
    expect(dash.custody.find((c) => c.caseId === 'k-old')?.next?.dueDate).toBe('2027-10-03');
  });
});
