import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { AppError } from '../../electron/shared/result';
import { LOCK_FILE } from '../../electron/core/db/lock-file';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { makeTestApp, PASSPHRASE, type TestApp } from '../support/context';
import { listFiles, sha256, snapshotFiles } from '../support/disk';
import { caseData, makeClient } from '../support/factories';
import { templateVault } from '../support/template-vault';

/*
 * A wrong passphrase, a damaged database and a damaged or missing key file are told apart, and
 * none of them ever leads to a new, empty database. A damaged database is moved aside unchanged
 * (same hash) into quarantine/, never written to, and the latest verified backup is offered; a
 * wrong passphrase or a damaged key file changes no file (only the count of failed tries).
 * Today: 27 November 2026.
 */

/**
 * A vault with a few dozen clients (long notes fill many pages) and a case, unlocked once today
 * (so its daily backup exists) and locked. Built once, copied for each test.
 */
const vaults = templateVault(async (app) => {
  const first = await makeClient(app, { fullName: 'Naseer Ahmad', category: 'religious_minority' });
  for (let i = 0; i < 40; i++) {
    await makeClient(app, { fullName: `Client ${i}`, notes: `Interview notes ${i}: ${'د'.repeat(1500)}` });
  }
  await app.must(
    'cases:create',
    caseData([first.id], { offences: [{ statute: 'PPC', section: '298-C' }], firNumber: '77/2026' }),
  );
  await app.must('vault:lock', {});
  await app.must('vault:unlock', { passphrase: PASSPHRASE });
  await app.must('vault:lock', {});
});

const lockedVaultWithData = (): TestApp => vaults.copy();

const dbPath = (app: TestApp) => join(app.dir, DB_FILE);
const keyPath = (app: TestApp) => join(app.dir, KEY_FILE);
const PAGE = 4096;

/** The vault folder without the backups (checked on their own) and the lock file (the failure count). */
const ownFiles = (app: TestApp) =>
  Object.fromEntries(
    Object.entries(snapshotFiles(app.dir)).filter(([f]) => f !== LOCK_FILE && !/^backups[\\/]/.test(f)),
  );

/** Refused with `code`; no file touched but the count of failed tries; not unlocked. */
const expectRefused = async (app: TestApp, passphrase: string, code: AppError['code']) => {
  const before = snapshotFiles(app.dir);
  const r = await app.call('vault:unlock', { passphrase });
  expect(r.ok ? 'unlocked' : r.error.code).toBe(code);
  if (!r.ok) {
    expect(r.error.message.length).toBeGreaterThan(10);
    expect(r.error.message).not.toMatch(/SQLITE|Error:|\n\s+at /);
  }
  expect(app.vault.state()).not.toBe('unlocked');
  const after = snapshotFiles(app.dir);
  delete before[LOCK_FILE];
  delete after[LOCK_FILE];
  expect(after).toEqual(before);
  return r;
};

/**
 * DAMAGED at unlock with the right passphrase: the database (and its WAL, if any) moved unchanged
 * into quarantine/, the key file left in place with a copy beside them, no new database made,
 * nothing opened, and the day's verified backup offered, which then restores the vault.
 */
const expectQuarantined = async (app: TestApp) => {
  const damagedHash = sha256(readFileSync(dbPath(app)));
  const keyBefore = sha256(readFileSync(keyPath(app)));
  const r = await app.call('vault:unlock', { passphrase: PASSPHRASE });
  expect(r.ok ? 'unlocked' : r.error.code).toBe('DAMAGED');
  expect(!r.ok && r.error.message).toMatch(/damaged/i);
  expect(!r.ok && r.error.message).toMatch(/moved aside unchanged/);
  expect(!r.ok && r.error.message).toMatch(/restore your latest backup/i);
  expect(!r.ok && r.error.message).not.toMatch(/SQLITE|Error:|\n\s+at /);
  expect(app.vault.state()).toBe('locked');

  // Never recreated, never written to: no database in its place, the quarantined copy byte-identical.
  expect(existsSync(dbPath(app))).toBe(false);
  expect(sha256(readFileSync(keyPath(app)))).toBe(keyBefore);
  const status = await app.must('backup:status', {});
  expect(status.quarantined).toHaveLength(1);
  const q = status.quarantined[0] as (typeof status.quarantined)[number];
  expect(q.reason).toBe('damaged');
  expect(sha256(readFileSync(join(q.folder, DB_FILE)))).toBe(damagedHash);
  expect(sha256(readFileSync(join(q.folder, KEY_FILE)))).toBe(keyBefore);
  const note = JSON.parse(readFileSync(join(q.folder, 'note.json'), 'utf8')) as {
    files: { name: string; sha256: string }[];
  };
  expect(note.files.find((f) => f.name === DB_FILE)?.sha256).toBe(damagedHash);
  const create = await app.call('vault:create', { passphrase: 'a brand new passphrase' });
  expect(!create.ok && create.error.code).toBe('CONFLICT');
  const again = await app.call('vault:unlock', { passphrase: PASSPHRASE });
  expect(!again.ok && again.error.code).toBe('DAMAGED');
  expect(existsSync(dbPath(app))).toBe(false);

  // The restore offered: the day's automatic backup, verified when it was made.
  expect(status.backups.map((b) => b.name)).toEqual(['daily-2026-11-27']);
  return status.backups[0] as (typeof status.backups)[number];
};

const restoreWorks = async (app: TestApp, path: string) => {
  const restored = await app.must('backup:restore', { path, passphrase: PASSPHRASE });
  expect(restored.state).toBe('unlocked');
  expect((await app.must('clients:list', { query: 'Naseer' })).map((c) => c.fullName)).toEqual(['Naseer Ahmad']);
  expect(await app.must('clients:list', {})).toHaveLength(41);
};

/** Flips `length` bytes starting at `offset`. */
const flipBytes = (file: string, offset: number, length = 32) => {
  const bytes = readFileSync(file);
  for (let i = 0; i < length; i++) bytes[offset + i] = (bytes[offset + i] ?? 0) ^ 0xa5;
  writeFileSync(file, bytes);
};
const zeroBytes = (file: string, offset: number, length: number) => {
  const bytes = readFileSync(file);
  bytes.fill(0, offset, offset + length);
  writeFileSync(file, bytes);
};
const pages = (file: string) => readFileSync(file).length / PAGE;
/** A repeatable "random" page of the file, past page 1, for a given seed. */
const seededPage = (file: string, seed: number) => 1 + ((seed * 2654435761) % (pages(file) - 1));

describe('wrong passphrase', () => {
  test('is refused as WRONG_PASSPHRASE, touches no file, and the right one still works', async () => {
    const app = lockedVaultWithData();
    const r = await expectRefused(app, 'correct horse battery stapler', 'WRONG_PASSPHRASE');
    expect(!r.ok && r.error.message).toMatch(/passphrase/i);
    await expectRefused(app, PASSPHRASE.toUpperCase(), 'WRONG_PASSPHRASE');
    await expectRefused(app, ' ' + PASSPHRASE, 'WRONG_PASSPHRASE');
    // The only new file is the count of failed tries (see lock.test.ts); no database is quarantined.
    expect(listFiles(app.dir).filter((f) => !/^backups[\\/]/.test(f))).toEqual([DB_FILE, KEY_FILE, LOCK_FILE]);

    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const clients = await app.must('clients:list', { query: 'Naseer' });
    expect(clients.map((c) => c.fullName)).toEqual(['Naseer Ahmad']);
  });

  test('an Urdu passphrase works in either Unicode normal form', async () => {
    const app = vaults.track(makeTestApp());
    const composed = 'آزادی اظہار رائے ہمارا حق ہے'.normalize('NFC');
    await app.must('vault:create', { passphrase: composed });
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: composed.normalize('NFD') });
    expect(app.vault.state()).toBe('unlocked');
  });
});

describe('the fixture', () => {
  test('has no free pages (every page a corruption below hits is in use) and many pages in all', async () => {
    const app = lockedVaultWithData();
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(app.vault.db.$client.pragma('freelist_count', { simple: true })).toBe(0);
    await app.must('vault:lock', {});
    expect(pages(dbPath(app))).toBeGreaterThan(40);
  });
});

type Corruption = [why: string, damage: (file: string) => void];

/** 25 ways a database file is found damaged: bit rot, a bad sector, a copy cut short, a wrong file. */
const CORRUPTIONS: Corruption[] = [
  ['page 1: bytes in the middle flipped', (f) => flipBytes(f, 200)],
  ['page 1: its first 16 bytes (the header) zeroed', (f) => zeroBytes(f, 0, 16)],
  ['page 1: its first 100 bytes (the whole SQLite header) zeroed', (f) => zeroBytes(f, 0, 100)],
  ['page 1: zeroed entirely', (f) => zeroBytes(f, 0, PAGE)],
  ['page 1: a single bit flipped', (f) => flipBytes(f, 1000, 1)],
  ['page 2: bytes flipped', (f) => flipBytes(f, PAGE + 300)],
  ...[11, 23, 37, 58, 71].map((seed): Corruption => [
    `a random page (seed ${seed}): 64 bytes flipped`,
    (f) => flipBytes(f, seededPage(f, seed) * PAGE + ((seed * 97) % (PAGE - 64)), 64),
  ]),
  ['a page in the middle: overwritten with zeros', (f) => zeroBytes(f, Math.floor(pages(f) / 2) * PAGE, PAGE)],
  ['the last page: bytes flipped', (f) => flipBytes(f, (pages(f) - 1) * PAGE + 2000)],
  ['the last page: zeroed', (f) => zeroBytes(f, (pages(f) - 1) * PAGE, PAGE)],
  [
    'the last page: its final 16 bytes (where the cipher keeps its tag) flipped',
    (f) => flipBytes(f, pages(f) * PAGE - 16, 16),
  ],
  [
    'two pages swapped',
    (f) => {
      const b = readFileSync(f);
      const [x, y] = [3 * PAGE, 7 * PAGE];
      const copy = Buffer.from(b.subarray(x, x + PAGE));
      b.copy(b, x, y, y + PAGE);
      copy.copy(b, y);
      writeFileSync(f, b);
    },
  ],
  [
    'a byte flipped on every tenth page',
    (f) => Array.from({ length: Math.floor(pages(f) / 10) }, (_, i) => flipBytes(f, i * 10 * PAGE + 512, 1)),
  ],
  ['truncated to half its size', (f) => truncateSync(f, Math.floor(readFileSync(f).length / 2))],
  ['truncated by its last page', (f) => truncateSync(f, readFileSync(f).length - PAGE)],
  ['truncated part-way through a page', (f) => truncateSync(f, readFileSync(f).length - 1000)],
  ['truncated to its first page', (f) => truncateSync(f, PAGE)],
  ['truncated to its first 100 bytes', (f) => truncateSync(f, 100)],
  ['truncated to zero bytes', (f) => truncateSync(f, 0)],
  [
    'replaced by random bytes of the same size',
    (f) => writeFileSync(f, Buffer.from(Array.from({ length: readFileSync(f).length }, (_, i) => (i * 7919) % 251))),
  ],
  [
    'replaced by an unencrypted SQLite database',
    (f) => {
      rmSync(f);
      const plain = new Database(f);
      plain.exec('CREATE TABLE clients (id TEXT)');
      plain.close();
    },
  ],
];

describe('damaged database: detected at unlock, quarantined unchanged, restore offered, never opened', () => {
  test('there are more than 20 kinds of damage', () => {
    expect(CORRUPTIONS.length).toBeGreaterThan(20);
  });

  test.each(CORRUPTIONS)('%s', async (_why, damage) => {
    const app = lockedVaultWithData();
    damage(dbPath(app));
    await expectQuarantined(app);
  });

  test('the backup offered restores the vault, with every record, after the quarantine', async () => {
    const app = lockedVaultWithData();
    flipBytes(dbPath(app), Math.floor(pages(dbPath(app)) / 2) * PAGE + 1024, 256);
    const offered = await expectQuarantined(app);
    await restoreWorks(app, offered.path);
    // The quarantined file stays where it was put, for a specialist.
    expect((await app.must('backup:status', {})).quarantined).toHaveLength(1);
  });

  test('a wrong passphrase on a damaged database is WRONG_PASSPHRASE, and the file is not moved', async () => {
    const app = lockedVaultWithData();
    flipBytes(dbPath(app), 200);
    await expectRefused(app, 'not the passphrase at all', 'WRONG_PASSPHRASE');
    expect(existsSync(dbPath(app))).toBe(true);
    expect(existsSync(join(app.dir, 'quarantine'))).toBe(false);
  });
});

describe('damaged or missing key file', () => {
  const rewriteEnvelope = (
    app: TestApp,
    change: (e: Record<string, unknown> & { kdf: Record<string, unknown> }) => void,
  ) => {
    const e = JSON.parse(readFileSync(keyPath(app), 'utf8')) as Record<string, unknown> & {
      kdf: Record<string, unknown>;
    };
    change(e);
    writeFileSync(keyPath(app), JSON.stringify(e));
  };
  const flipFirstByte = (b64: string) => {
    const b = Buffer.from(b64, 'base64');
    b[0] = (b[0] ?? 0) ^ 1;
    return b.toString('base64');
  };

  test.each([
    ['not JSON at all', '\u0000\u0001garbage{{'],
    ['cut off half way', '{"format": "muhafiz-key-envelope", "version": 1, "kdf": {'],
    ['empty', ''],
    ['JSON of another shape', JSON.stringify({ hello: 'world' })],
    ['an envelope of an unknown version', null],
  ])('%s: DAMAGED, and the database is left in place', async (_why, content) => {
    const app = lockedVaultWithData();
    if (content === null) rewriteEnvelope(app, (e) => (e.version = 2));
    else writeFileSync(keyPath(app), content);
    const r = await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(!r.ok && r.error.message).toMatch(/key file/i);
    expect(existsSync(join(app.dir, 'quarantine'))).toBe(false);
  });

  // A flipped bit in the authenticated parts is indistinguishable from a wrong passphrase: the
  // GCM tag fails either way. What matters is that nothing is touched and no key is produced.
  test.each([
    ['a flipped bit in the tag', (e: Record<string, unknown>) => (e.tag = flipFirstByte(e.tag as string))],
    [
      'a flipped bit in the wrapped key',
      (e: Record<string, unknown>) => (e.wrappedKey = flipFirstByte(e.wrappedKey as string)),
    ],
    ['a flipped bit in the IV', (e: Record<string, unknown>) => (e.iv = flipFirstByte(e.iv as string))],
    [
      'KDF cost lowered by an attacker',
      (e: Record<string, unknown> & { kdf?: unknown }) => ((e.kdf as { N: number }).N /= 2),
    ],
  ])('%s: WRONG_PASSPHRASE, nothing touched', async (_why, change) => {
    const app = lockedVaultWithData();
    rewriteEnvelope(app, change);
    await expectRefused(app, PASSPHRASE, 'WRONG_PASSPHRASE');
  });

  test.each([
    ['a truncated tag', (e: Record<string, unknown>) => (e.tag = (e.tag as string).slice(0, 8))],
    ['an empty IV', (e: Record<string, unknown>) => (e.iv = '')],
    [
      'a KDF cost that is not a power of two',
      (e: Record<string, unknown> & { kdf?: unknown }) => ((e.kdf as { N: number }).N = 5000),
    ],
  ])('%s: DAMAGED', async (_why, change) => {
    const app = lockedVaultWithData();
    rewriteEnvelope(app, change);
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
  });

  test('key file missing beside the database: DAMAGED, and no new database or key is made', async () => {
    const app = lockedVaultWithData();
    rmSync(keyPath(app));
    expect(app.vault.state()).toBe('locked');
    const before = ownFiles(app);
    const r = await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(!r.ok && r.error.message).toContain(KEY_FILE);
    expect(Object.keys(before)).toEqual([DB_FILE]);
    const create = await app.call('vault:create', { passphrase: 'a brand new passphrase' });
    expect(!create.ok && create.error.code).toBe('CONFLICT');
    expect(ownFiles(app)).toEqual(before);
  });

  test('database missing beside the key file: DAMAGED, and no new database is made', async () => {
    const app = lockedVaultWithData();
    rmSync(dbPath(app));
    const r = await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(!r.ok && r.error.message).toContain(DB_FILE);
    expect(Object.keys(ownFiles(app))).toEqual([KEY_FILE]);
    const create = await app.call('vault:create', { passphrase: 'a brand new passphrase' });
    expect(!create.ok && create.error.code).toBe('CONFLICT');
    expect(Object.keys(ownFiles(app))).toEqual([KEY_FILE]);
  });

  test('nothing there yet: unlock says so (NOT_FOUND) and creates nothing', async () => {
    const app = vaults.track(makeTestApp());
    expect(app.vault.state()).toBe('new');
    const r = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
    expect(listFiles(app.dir)).toEqual([]);
    expect(readdirSync(app.dir)).toEqual([]);
    expect((await app.must('vault:status', {})).state).toBe('new');
  });
});
