import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { parseEnvelope } from '../../electron/core/db/envelope';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { makeTestApp, makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { listFiles } from '../support/disk';
import { makeClient } from '../support/factories';

/*
 * Quick erase: a typed confirmation destroys every key envelope (overwritten, then deleted), the
 * database with its WAL and shared-memory files, the backups and quarantine inside the app's folder
 * and the lock settings, leaving a first-run app. It cannot reach copies elsewhere.
 * Today: 27 November 2026.
 */

const apps: TestApp[] = [];
const folders: string[] = [];
const track = (app: TestApp) => (apps.push(app), app);
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A diary that has everything erase must remove: WAL, daily backup, lock settings, a quarantine. */
const fullDiary = async () => {
  const app = track(await makeUnlockedApp());
  await makeClient(app, { fullName: 'Ali Wazir', cnic: '21102-1111111-1' });
  await app.must('lock:update', { idleMinutes: 7, eraseAfterFailures: null });
  await app.must('vault:lock', {});
  await app.must('vault:unlock', { passphrase: PASSPHRASE });
  mkdirSync(join(app.dir, 'quarantine', 'earlier-damaged'), { recursive: true });
  writeFileSync(join(app.dir, 'quarantine', 'earlier-damaged', KEY_FILE), readFileSync(join(app.dir, KEY_FILE)));
  await makeClient(app, { fullName: 'Manzoor Pashteen' });
  return app;
};

describe('quick erase', () => {
  test('while unlocked: everything of ours is gone, and the app starts over at first run', async () => {
    const app = await fullDiary();
    const files = listFiles(app.dir);
    for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEY_FILE, 'muhafiz.lock.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('backups'))).toBe(true);

    expect(await app.must('vault:erase', { confirm: 'ERASE' })).toEqual({ state: 'new' });
    expect(listFiles(app.dir)).toEqual([]);
    expect(await app.must('vault:status', {})).toEqual({ state: 'new' });
    const locked = await app.call('clients:list', {});
    expect(!locked.ok && locked.error.code).toBe('LOCKED');
    expect(await app.must('lock:status', {})).toMatchObject({ idleMinutes: 5, failures: 0 });
    expect((await app.must('backup:status', {})).backups).toEqual([]);

    // A first run: a new diary can be made, and it is empty.
    await app.must('vault:create', { passphrase: 'a fresh start after the raid' });
    expect(await app.must('clients:list', {})).toEqual([]);
  });

  test('while locked, at the unlock screen, too', async () => {
    const app = await fullDiary();
    await app.must('vault:lock', {});
    await app.must('vault:erase', { confirm: 'ERASE' });
    expect(listFiles(app.dir)).toEqual([]);
    const r = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
  });

  test('overwrites each key envelope before deleting it: a second name for its disk blocks holds only noise', async () => {
    const app = await fullDiary();
    const elsewhere = mkdtempSync(join(app.dir, '..', 'muhafiz-link-'));
    folders.push(elsewhere);
    const link = join(elsewhere, 'same-blocks.json');
    linkSync(join(app.dir, KEY_FILE), link);
    const size = readFileSync(link).length;
    expect(parseEnvelope(readFileSync(link, 'utf8')).format).toBe('muhafiz-key-envelope');
    await app.must('vault:erase', { confirm: 'ERASE' });
    const after = readFileSync(link);
    expect(after.length).toBeGreaterThanOrEqual(size);
    expect(after.toString('latin1')).not.toMatch(/muhafiz-key-envelope|wrappedKey|scrypt/);
  });

  test("leaves files that are not Muhafiz's alone (Electron keeps its own in the same folder)", async () => {
    const app = await fullDiary();
    mkdirSync(join(app.dir, 'Local Storage'));
    writeFileSync(join(app.dir, 'Local Storage', 'leveldb.log'), 'chromium');
    writeFileSync(join(app.dir, 'Preferences'), '{}');
    await app.must('vault:erase', { confirm: 'ERASE' });
    expect(listFiles(app.dir).sort()).toEqual([join('Local Storage', 'leveldb.log'), 'Preferences']);
  });

  test('cannot reach a backup on a USB drive: that copy still restores with the passphrase', async () => {
    const app = await fullDiary();
    const usb = mkdtempSync(join(tmpdir(), 'muhafiz-usb-'));
    folders.push(usb);
    const backup = await app.must('backup:create', { folder: usb });
    await app.must('vault:erase', { confirm: 'ERASE' });
    expect(existsSync(backup.path)).toBe(true);
    const fresh = track(makeTestApp({ dir: app.dir }));
    await fresh.must('backup:restore', { path: backup.path, passphrase: PASSPHRASE });
    expect((await fresh.must('clients:list', {})).map((c) => c.fullName).sort()).toEqual([
      'Ali Wazir',
      'Manzoor Pashteen',
    ]);
  });

  test('an empty or truncated key file is still erased', async () => {
    const app = await fullDiary();
    await app.must('vault:lock', {});
    truncateSync(join(app.dir, KEY_FILE), 0);
    await app.must('vault:erase', { confirm: 'ERASE' });
    expect(listFiles(app.dir)).toEqual([]);
  });
});
