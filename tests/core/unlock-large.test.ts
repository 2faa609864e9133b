import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DB_FILE } from '../../electron/core/db/vault';
import { autoBackupSettled } from '../../electron/core/services/backup';
import { PASSPHRASE, type TestApp } from '../support/context';
import { sha256 } from '../support/disk';
import { makeClient } from '../support/factories';
import { templateVault } from '../support/template-vault';

/*
 * Issue 8: unlock within a second at any size. A file above the size limit gets a bounded check at
 * unlock (page 1, the schema, every table's first and last leaf, the file's length) and the whole
 * quick_check just after, in a worker; the day's backup waits for that check. Damage either check
 * finds is handled as at unlock: locked, the file set aside in quarantine/, every call DAMAGED.
 * Here the limit is 0 bytes, so the small fixture takes the large file's path. Today: 27 November 2026.
 */

const PAGE = 4096;
const vaults = templateVault(async (app) => {
  for (let i = 0; i < 40; i++) {
    await makeClient(app, { fullName: `Client ${i}`, notes: `Interview notes ${i}: ${'د'.repeat(1500)}` });
  }
  await app.must('vault:lock', {});
});

/** A copy of the locked fixture, opened as a large file would be. */
const largeVault = () => vaults.copy({ wholeCheckUpToBytes: 0 });
const dbPath = (app: TestApp) => join(app.dir, DB_FILE);
const pages = (app: TestApp) => readFileSync(dbPath(app)).length / PAGE;
const flip = (app: TestApp, offset: number, length = 64) => {
  const b = readFileSync(dbPath(app));
  for (let i = 0; i < length; i++) b[offset + i] = (b[offset + i] ?? 0) ^ 0xa5;
  writeFileSync(dbPath(app), b);
};
const dailyBackups = (app: TestApp) =>
  existsSync(join(app.dir, 'backups'))
    ? readdirSync(join(app.dir, 'backups')).filter((n) => n.startsWith('daily-'))
    : [];

const expectDamagedAndSetAside = async (app: TestApp) => {
  expect(app.vault.state()).toBe('locked');
  const r = await app.call('clients:list', { query: null, includeArchived: false });
  expect(!r.ok && r.error.code).toBe('DAMAGED');
  expect(!r.ok && r.error.message).toMatch(/moved aside unchanged/);
  const again = await app.call('vault:unlock', { passphrase: PASSPHRASE });
  expect(!again.ok && again.error.code).toBe('DAMAGED');
  expect(existsSync(dbPath(app))).toBe(false);
  const status = await app.must('backup:status', {});
  expect(status.quarantined).toHaveLength(1);
  // A damaged file is never backed up.
  expect(dailyBackups(app)).toEqual([]);
  return status.quarantined[0]?.folder as string;
};

describe('a large database at unlock', () => {
  test('opens after a bounded check; the whole check passes after unlock, then the day is backed up', async () => {
    const app = largeVault();
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(app.vault.state()).toBe('unlocked');
    // The unlock returned before the whole check and before the day's backup.
    expect(app.vault.checkPending).toBe(true);
    expect(dailyBackups(app)).toEqual([]);
    expect(await app.vault.verified).toBe('ok');
    // The backup runs in its own worker after the check: settled, it is there.
    expect((await autoBackupSettled(app.vault))?.ok).toBe(true);
    expect(dailyBackups(app)).toEqual(['daily-2026-11-27']);
    expect(await app.must('clients:list', { query: null, includeArchived: false })).toHaveLength(40);
  });

  test('damage in the middle of the file: unlock opens, the check after it finds the damage, locks and sets the file aside', async () => {
    // A page the bounded check does not read (it reads a few per table): near the middle of the file.
    let app = largeVault();
    const middle = Math.floor(pages(app) / 2);
    let opened = false;
    let damaged = '';
    for (let k = 0; k < 12 && !opened; k++) {
      app = largeVault();
      flip(app, (middle + (k % 2 ? k : -k)) * PAGE + 1024);
      damaged = sha256(readFileSync(dbPath(app)));
      opened = (await app.call('vault:unlock', { passphrase: PASSPHRASE })).ok;
    }
    expect(opened).toBe(true);
    expect(await app.vault.verified).toBe('damaged');
    const folder = await expectDamagedAndSetAside(app);
    // Moved as it was: the check read it on a read-only connection, and nothing was saved meanwhile.
    expect(sha256(readFileSync(join(folder, DB_FILE)))).toBe(damaged);
  });

  test.each([
    ['page 1 flipped', (app: TestApp) => flip(app, 200)],
    ['the last page flipped', (app: TestApp) => flip(app, (pages(app) - 1) * PAGE + 2000)],
    ['cut short by its last page', (app: TestApp) => truncateSync(dbPath(app), (pages(app) - 1) * PAGE)],
    ['cut short part-way through a page', (app: TestApp) => truncateSync(dbPath(app), pages(app) * PAGE - 1000)],
  ])('%s: still found at unlock, before anything opens', async (_why, damage) => {
    const app = largeVault();
    damage(app);
    const r = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(r.ok ? 'unlocked' : r.error.code).toBe('DAMAGED');
    expect(app.vault.state()).toBe('locked');
    expect((await app.must('backup:status', {})).quarantined).toHaveLength(1);
  });

  test('locking while the check runs stops waiting for it; the next unlock checks again', async () => {
    const app = largeVault();
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const first = app.vault.verified;
    await app.must('vault:lock', {});
    expect(app.vault.checkPending).toBe(false);
    expect(await first).toEqual({ error: 'cancelled' });
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.vault.verified).toBe('ok');
  });
});
