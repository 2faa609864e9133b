import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { parseEnvelope, unwrapKey } from '../../electron/core/db/envelope';
import { LOCK_FILE } from '../../electron/core/db/lock-file';
import { openEncrypted } from '../../electron/core/db/open-database';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { BACKUPS_DIR, manifestSchema } from '../../electron/core/services/backup-format';
import { writeBackupSync } from '../../electron/core/services/backup-writer';
import { backupFolders, backupsDirEntries, withoutBackups } from '../support/backups';
import { makeTestApp, makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { bytesContain, listFiles, sha256, snapshotFiles } from '../support/disk';
import { caseData, makeClient } from '../support/factories';

/*
 * Backups: what one is on disk (a folder: encrypted database, its key envelope, a manifest), the
 * automatic one at the first unlock of the day, a manual one to a folder with progress, and
 * restore: on a fresh profile, over an existing diary (after a safety copy), never with a wrong
 * passphrase or from a damaged or newer backup. Today: Friday 27 November 2026 (Pakistan).
 */

const apps: TestApp[] = [];
const folders: string[] = [];
const track = (app: TestApp) => (apps.push(app), app);
const usb = () => {
  const f = mkdtempSync(join(tmpdir(), 'muhafiz-usb-'));
  folders.push(f);
  return f;
};
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

const SECRETS = ['Gulalai Ismail', 'گلالئی اسماعیل', '17301-9988776-4', 'Moved to the Swabi safe house'];

/** A diary with a sensitive client and her case, locked after creation (no backup yet). */
const diaryWithClient = async (opts: { now?: string } = {}) => {
  const app = track(await makeUnlockedApp(opts));
  const client = await makeClient(app, {
    fullName: SECRETS[0],
    nameUr: SECRETS[1],
    cnic: SECRETS[2],
    notes: SECRETS[3],
    category: 'whrd',
    codename: 'Chinar',
    sensitive: true,
  });
  const kase = await app.must('cases:create', caseData([client.id], { firNumber: '55/2026' }));
  return { app, client, kase };
};

const clientNames = async (app: TestApp) => (await app.must('clients:list', {})).map((c) => c.fullName).sort();

describe('the automatic backup at unlock', () => {
  test('is a folder of the encrypted database, its key envelope and a manifest whose hashes match', async () => {
    const { app } = await diaryWithClient();
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(backupFolders(app.dir)).toEqual(['daily-2026-11-27']);
    const folder = join(app.dir, BACKUPS_DIR, 'daily-2026-11-27');
    expect(readdirSync(folder).sort()).toEqual(['manifest.json', DB_FILE, KEY_FILE]);

    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
    expect(manifest).toMatchObject({ kind: 'daily', createdAt: '2026-11-27T05:00:00.000Z' });
    expect(manifest.files.db.sha256).toBe(sha256(readFileSync(join(folder, DB_FILE))));
    expect(manifest.files.key.sha256).toBe(sha256(readFileSync(join(folder, KEY_FILE))));
    // The key envelope is the vault's own (same passphrase), and the manifest says nothing secret.
    expect(readFileSync(join(folder, KEY_FILE))).toEqual(readFileSync(join(app.dir, KEY_FILE)));
    for (const secret of [...SECRETS, 'Chinar', '55/2026']) {
      for (const file of readdirSync(folder)) {
        expect(bytesContain(readFileSync(join(folder, file)), secret), `${secret} in ${file}`).toBe(false);
      }
    }
    const bytes = readFileSync(join(folder, DB_FILE));
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  test('opens on its own with the key from its own envelope and holds the same records', async () => {
    const { app, client } = await diaryWithClient();
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const folder = join(app.dir, BACKUPS_DIR, 'daily-2026-11-27');
    const key = unwrapKey(parseEnvelope(readFileSync(join(folder, KEY_FILE), 'utf8')), PASSPHRASE);
    const copy = openEncrypted(join(folder, DB_FILE), key, { create: false });
    try {
      expect(copy.prepare('SELECT full_name FROM clients WHERE id = ?').get(client.id)).toEqual({
        full_name: SECRETS[0],
      });
      const live = app.vault.db.$client;
      for (const table of ['clients', 'cases', 'offences', 'courts', 'legal_rules', '__drizzle_migrations']) {
        const count = (db: Database.Database) =>
          (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
        expect(count(copy), table).toBe(count(live));
      }
    } finally {
      copy.close();
      key.fill(0);
    }
    // Without the key it is unreadable.
    const keyless = new Database(join(folder, DB_FILE), { readonly: true });
    expect(() => keyless.prepare('SELECT count(*) FROM clients').get()).toThrow();
    keyless.close();
  });

  test('is taken once a day: a second unlock the same day adds none, the next day adds one', async () => {
    const { app } = await diaryWithClient();
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    await app.must('vault:lock', {});
    app.setToday('2026-11-27T17:00:00.000Z'); // 22:00 the same day in Pakistan
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(backupFolders(app.dir)).toEqual(['daily-2026-11-27']);
    await app.must('vault:lock', {});
    app.setToday('2026-11-27T19:30:00.000Z'); // 00:30 on the 28th in Pakistan
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(backupFolders(app.dir)).toEqual(['daily-2026-11-27', 'daily-2026-11-28']);
    const status = await app.must('backup:status', {});
    expect(status.lastAutomatic).toMatchObject({ ok: true, backup: { name: 'daily-2026-11-28' } });
  });

  test('a backup cut short (a power cut) leaves only a hidden temp folder, never listed, cleared next time', async () => {
    const { app } = await diaryWithClient();
    const parent = join(app.dir, BACKUPS_DIR);
    mkdirSync(join(parent, '.partial-0badc0ffee00'), { recursive: true });
    writeFileSync(join(parent, '.partial-0badc0ffee00', DB_FILE), 'half a database');
    expect((await app.must('backup:status', {})).backups).toEqual([]);
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(backupsDirEntries(app.dir)).toEqual(['daily-2026-11-27']);
  });

  test('a failed backup leaves no folder and does not touch the good one before it', async () => {
    const { app } = await diaryWithClient();
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const before = snapshotFiles(join(app.dir, BACKUPS_DIR));
    // The key envelope cannot be read: the copy is made, then the backup fails and is removed.
    expect(() =>
      writeBackupSync({
        sqlite: app.vault.db.$client,
        keyFile: join(app.dir, 'no-such-key.json'),
        parent: join(app.dir, BACKUPS_DIR),
        name: 'daily-2026-11-27',
        kind: 'daily',
        now: new Date('2026-11-27T06:00:00.000Z'),
        appVersion: 'test',
      }),
    ).toThrow(/Backup not saved/);
    expect(snapshotFiles(join(app.dir, BACKUPS_DIR))).toEqual(before);
    expect(backupsDirEntries(app.dir)).toEqual(['daily-2026-11-27']);
  });
});

describe('retention', () => {
  test('after 60 days of daily use it keeps exactly 7 daily and 4 weekly backups', async () => {
    const app = track(await makeUnlockedApp({ now: '2026-09-29T05:00:00.000Z' }));
    await makeClient(app);
    await app.must('vault:lock', {});
    for (let day = 0; day < 60; day++) {
      app.setToday(new Date(Date.parse('2026-09-29T05:00:00.000Z') + day * 86_400_000).toISOString());
      await app.must('vault:unlock', { passphrase: PASSPHRASE });
      await app.must('vault:lock', {});
    }
    // The last unlock was on Friday 27 November. Daily: 21-27 November. Weekly: the newest older
    // backup of each of the four weeks before (Monday to Sunday): 20 (Fri), 15, 8 and 1 November (Sundays).
    expect(backupFolders(app.dir)).toEqual([
      'daily-2026-11-01',
      'daily-2026-11-08',
      'daily-2026-11-15',
      'daily-2026-11-20',
      'daily-2026-11-21',
      'daily-2026-11-22',
      'daily-2026-11-23',
      'daily-2026-11-24',
      'daily-2026-11-25',
      'daily-2026-11-26',
      'daily-2026-11-27',
    ]);
    expect(backupsDirEntries(app.dir)).toHaveLength(11);
  }, 60_000);
});

describe('a manual backup to a folder (a USB drive)', () => {
  test('writes a verified backup there, reporting its progress while it runs', async () => {
    const { app } = await diaryWithClient();
    const drive = usb();
    const seen: string[] = [];
    const pending = app.call('backup:create', { folder: drive });
    for (let i = 0; i < 50; i++) {
      const p = await app.must('backup:progress', {});
      if (p) seen.push(p.stage);
      await new Promise((r) => setImmediate(r));
    }
    const r = await pending;
    expect(r.ok).toBe(true);
    const info = r.ok ? (r.value as { path: string; name: string; kind: string }) : null;
    expect(info).toMatchObject({ name: 'muhafiz-backup-2026-11-27-1000', kind: 'manual' });
    expect(readdirSync(drive)).toEqual(['muhafiz-backup-2026-11-27-1000']);
    // Stages in order, each seen while the backup ran.
    const order = ['copying', 'syncing', 'verifying', 'done'];
    expect([...new Set(seen)].slice(0, 3)).toEqual(['copying', 'syncing', 'verifying']);
    expect(seen.map((s) => order.indexOf(s))).toEqual([...seen.map((s) => order.indexOf(s))].sort());
    expect(await app.must('backup:progress', {})).toBeNull();
    expect((await app.must('backup:list-folder', { folder: drive })).map((b) => b.name)).toEqual([
      'muhafiz-backup-2026-11-27-1000',
    ]);
    // Backing up twice in the same minute keeps both.
    await app.must('backup:create', { folder: drive });
    expect(readdirSync(drive).sort()).toEqual(['muhafiz-backup-2026-11-27-1000', 'muhafiz-backup-2026-11-27-1000-2']);
    // Manual backups are not the app's: retention never touches them, and quick erase cannot reach them.
    expect(backupFolders(app.dir)).toEqual([]);
  });

  test("is refused into Muhafiz's own folder or a folder that does not exist", async () => {
    const { app } = await diaryWithClient();
    const own = await app.call('backup:create', { folder: app.dir });
    expect(!own.ok && own.error).toMatchObject({ code: 'VALIDATION', fields: { folder: expect.any(String) } });
    mkdirSync(join(app.dir, 'exports'));
    const inside = await app.call('backup:create', { folder: join(app.dir, 'exports') });
    expect(!inside.ok && inside.error.code).toBe('VALIDATION');
    const missing = await app.call('backup:create', { folder: join(usb(), 'unplugged') });
    expect(!missing.ok && missing.error.message).toMatch(/does not exist/);
  });

  test('needs the diary unlocked', async () => {
    const { app } = await diaryWithClient();
    await app.must('vault:lock', {});
    const r = await app.call('backup:create', { folder: usb() });
    expect(!r.ok && r.error.code).toBe('LOCKED');
  });
});

describe('restore', () => {
  const backupOf = async (app: TestApp) => {
    const drive = usb();
    const info = await app.must('backup:create', { folder: drive });
    return info.path;
  };

  test('on a fresh profile, with the passphrase, brings back every record and unlocks', async () => {
    const { app, client, kase } = await diaryWithClient();
    const path = await backupOf(app);
    const fresh = track(makeTestApp());
    expect(fresh.vault.state()).toBe('new');
    const r = await fresh.must('backup:restore', { path, passphrase: PASSPHRASE });
    expect(r).toMatchObject({ state: 'unlocked', restored: { kind: 'manual' }, safetyCopy: null });
    expect((await fresh.must('clients:get', { id: client.id })).fullName).toBe(SECRETS[0]);
    expect((await fresh.must('cases:get', { id: kase.id })).firNumber).toBe('55/2026');
    expect(withoutBackups(listFiles(fresh.dir)).filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'))).toEqual([
      DB_FILE,
      KEY_FILE,
    ]);
    // The restored pair is a vault like any other: lock, unlock.
    await fresh.must('vault:lock', {});
    await fresh.must('vault:unlock', { passphrase: PASSPHRASE });
  });

  test('waits for a background worker to let go of the file, answering nothing else meanwhile', async () => {
    const { app, client } = await diaryWithClient();
    const path = await backupOf(app);
    // A worker still inside SQLite on the current file (a cancelled whole-file check or backup).
    let letGo = () => {};
    app.vault.trackWorker(new Promise<void>((resolve) => (letGo = resolve)));
    const restoring = app.call('backup:restore', { path, passphrase: PASSPHRASE });
    await new Promise((r) => setTimeout(r, 50));
    expect(app.vault.restoring).toBe(true);
    const meanwhile = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(meanwhile.ok ? 'ok' : meanwhile.error.code).toBe('CONFLICT');
    letGo();
    const r = await restoring;
    expect(r.ok && (r.value as { state: string }).state).toBe('unlocked');
    expect(app.vault.restoring).toBe(false);
    expect((await app.must('clients:get', { id: client.id })).fullName).toBe(SECRETS[0]);
  });

  test('with a wrong passphrase restores nothing: no file appears but the failed-try count', async () => {
    const { app } = await diaryWithClient();
    const path = await backupOf(app);
    const fresh = track(makeTestApp());
    const r = await fresh.call('backup:restore', { path, passphrase: 'not what it was' });
    expect(!r.ok && r.error.code).toBe('WRONG_PASSPHRASE');
    expect(listFiles(fresh.dir)).toEqual([LOCK_FILE]);
    expect(fresh.vault.state()).toBe('new');
  });

  test('over an existing diary: a safety copy first, itself restorable; a wrong passphrase changes nothing', async () => {
    const { app } = await diaryWithClient();
    const path = await backupOf(app);
    await makeClient(app, { fullName: 'Idris Khattak' });
    expect(await clientNames(app)).toEqual([SECRETS[0], 'Idris Khattak'].sort());

    await app.must('vault:lock', {});
    const before = snapshotFiles(app.dir);
    const wrong = await app.call('backup:restore', { path, passphrase: 'wrong passphrase' });
    expect(!wrong.ok && wrong.error.code).toBe('WRONG_PASSPHRASE');
    const after = snapshotFiles(app.dir);
    delete after[LOCK_FILE];
    expect(after).toEqual(before);

    const r = await app.must('backup:restore', { path, passphrase: PASSPHRASE });
    expect(await clientNames(app)).toEqual([SECRETS[0]]);
    expect(r.safetyCopy).toMatchObject({ kind: 'before-restore' });
    const safety = r.safetyCopy as NonNullable<typeof r.safetyCopy>;
    expect(sha256(readFileSync(join(safety.path, DB_FILE)))).toBe(before[DB_FILE]?.sha256);

    // Changed your mind: the safety copy restores the diary as it was, Idris Khattak included.
    await app.must('backup:restore', { path: safety.path, passphrase: PASSPHRASE });
    expect(await clientNames(app)).toEqual([SECRETS[0], 'Idris Khattak'].sort());
  });

  test('while unlocked, it locks first, restores, and unlocks the restored diary', async () => {
    const { app } = await diaryWithClient();
    const path = await backupOf(app);
    await makeClient(app, { fullName: 'Idris Khattak' });
    await app.must('backup:restore', { path, passphrase: PASSPHRASE });
    expect(app.vault.state()).toBe('unlocked');
    expect(await clientNames(app)).toEqual([SECRETS[0]]);
  });

  test('a backup made under an older passphrase is restored with that passphrase', async () => {
    const { app } = await diaryWithClient();
    const path = await backupOf(app);
    await app.must('vault:change-passphrase', { current: PASSPHRASE, next: 'a newer passphrase of ours' });
    const fresh = track(makeTestApp());
    const wrong = await fresh.call('backup:restore', { path, passphrase: 'a newer passphrase of ours' });
    expect(!wrong.ok && wrong.error.code).toBe('WRONG_PASSPHRASE');
    await fresh.must('backup:restore', { path, passphrase: PASSPHRASE });
    expect(await clientNames(fresh)).toEqual([SECRETS[0]]);
  });

  test('a backup whose files do not match its manifest (bit rot on the drive) is refused, nothing changed', async () => {
    const { app } = await diaryWithClient();
    const path = await backupOf(app);
    const bytes = readFileSync(join(path, DB_FILE));
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 1;
    writeFileSync(join(path, DB_FILE), bytes);
    await app.must('vault:lock', {});
    const before = snapshotFiles(app.dir);
    const r = await app.call('backup:restore', { path, passphrase: PASSPHRASE });
    expect(!r.ok && r.error).toMatchObject({ code: 'DAMAGED', message: expect.stringMatching(/nothing was changed/) });
    expect(snapshotFiles(app.dir)).toEqual(before);
  });

  test('a damaged backup whose manifest was rewritten to match is caught by the verification, nothing changed', async () => {
    const { app } = await diaryWithClient();
    const path = await backupOf(app);
    const bytes = readFileSync(join(path, DB_FILE));
    bytes.fill(0, 8192, 8192 + 4096);
    writeFileSync(join(path, DB_FILE), bytes);
    const manifest = JSON.parse(readFileSync(join(path, 'manifest.json'), 'utf8')) as {
      files: { db: { sha256: string } };
    };
    manifest.files.db.sha256 = sha256(bytes);
    writeFileSync(join(path, 'manifest.json'), JSON.stringify(manifest));
    await app.must('vault:lock', {});
    const before = snapshotFiles(app.dir);
    const r = await app.call('backup:restore', { path, passphrase: PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('DAMAGED');
    expect(snapshotFiles(app.dir)).toEqual(before);
    expect(readdirSync(app.dir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
  });

  test('a backup from a newer Muhafiz is refused before anything is replaced', async () => {
    const { app } = await diaryWithClient();
    app.vault.db.$client
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', Date.parse('2030-01-01'));
    const path = await backupOf(app);
    const fresh = track(makeTestApp());
    const r = await fresh.call('backup:restore', { path, passphrase: PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED_VERSION');
    expect(fresh.vault.state()).toBe('new');
    expect(existsSync(join(fresh.dir, DB_FILE))).toBe(false);
  });

  test('lists the backups in a folder, or the folder itself when it is one', async () => {
    const { app } = await diaryWithClient();
    const path = await backupOf(app);
    const drive = join(path, '..');
    expect((await app.must('backup:list-folder', { folder: drive })).map((b) => b.path)).toEqual([path]);
    expect((await app.must('backup:list-folder', { folder: path })).map((b) => b.path)).toEqual([path]);
    expect(await app.must('backup:list-folder', { folder: usb() })).toEqual([]);
  });
});
