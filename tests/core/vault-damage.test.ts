import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { AppError } from '../../electron/shared/result';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { makeTestApp, PASSPHRASE, type TestApp } from '../support/context';
import { listFiles, snapshotFiles } from '../support/disk';
import { caseData, makeClient } from '../support/factories';

/*
 * A wrong passphrase, a damaged database and a damaged or missing key file are told apart, and
 * none of them ever changes a file or leads to a new, empty database. Today: 27 November 2026.
 */

const apps: TestApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});

/** A vault with a few dozen clients (long notes fill many pages) and a case, locked. */
const lockedVaultWithData = async (): Promise<TestApp> => {
  const app = makeTestApp();
  apps.push(app);
  await app.must('vault:create', { passphrase: PASSPHRASE });
  const first = await makeClient(app, { fullName: 'Naseer Ahmad', category: 'religious_minority' });
  for (let i = 0; i < 40; i++) {
    await makeClient(app, { fullName: `Client ${i}`, notes: `Interview notes ${i}: ${'د'.repeat(1500)}` });
  }
  await app.must(
    'cases:create',
    caseData([first.id], { offences: [{ statute: 'PPC', section: '298-C' }], firNumber: '77/2026' }),
  );
  await app.must('vault:lock', {});
  return app;
};

const dbPath = (app: TestApp) => join(app.dir, DB_FILE);
const keyPath = (app: TestApp) => join(app.dir, KEY_FILE);

const expectRefused = async (app: TestApp, passphrase: string, code: AppError['code']) => {
  const before = snapshotFiles(app.dir);
  const r = await app.call('vault:unlock', { passphrase });
  expect(r.ok ? 'unlocked' : r.error.code).toBe(code);
  if (!r.ok) {
    expect(r.error.message.length).toBeGreaterThan(10);
    expect(r.error.message).not.toMatch(/SQLITE|Error:|\n\s+at /);
  }
  expect(app.vault.state()).not.toBe('unlocked');
  expect(snapshotFiles(app.dir)).toEqual(before);
  return r;
};

/** Flips `length` bytes starting at `offset`. */
const flipBytes = (file: string, offset: number, length = 32) => {
  const bytes = readFileSync(file);
  for (let i = 0; i < length; i++) bytes[offset + i] = (bytes[offset + i] ?? 0) ^ 0xa5;
  writeFileSync(file, bytes);
};

describe('wrong passphrase', () => {
  test('is refused as WRONG_PASSPHRASE, touches no file, and the right one still works', async () => {
    const app = await lockedVaultWithData();
    const r = await expectRefused(app, 'correct horse battery stapler', 'WRONG_PASSPHRASE');
    expect(!r.ok && r.error.message).toMatch(/passphrase/i);
    await expectRefused(app, PASSPHRASE.toUpperCase(), 'WRONG_PASSPHRASE');
    await expectRefused(app, ' ' + PASSPHRASE, 'WRONG_PASSPHRASE');
    expect(listFiles(app.dir)).toEqual([DB_FILE, KEY_FILE]);

    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const clients = await app.must('clients:list', { query: 'Naseer' });
    expect(clients.map((c) => c.fullName)).toEqual(['Naseer Ahmad']);
  });

  test('an Urdu passphrase works in either Unicode normal form', async () => {
    const app = makeTestApp();
    apps.push(app);
    const composed = 'آزادی اظہار رائے ہمارا حق ہے'.normalize('NFC');
    await app.must('vault:create', { passphrase: composed });
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: composed.normalize('NFD') });
    expect(app.vault.state()).toBe('unlocked');
  });
});

describe('damaged database', () => {
  test('first page overwritten: DAMAGED, not WRONG_PASSPHRASE', async () => {
    const app = await lockedVaultWithData();
    flipBytes(dbPath(app), 200);
    const r = await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(!r.ok && r.error.message).toMatch(/damaged/i);
  });

  test('truncated to half its size: DAMAGED', async () => {
    const app = await lockedVaultWithData();
    truncateSync(dbPath(app), Math.floor(readFileSync(dbPath(app)).length / 2));
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
  });

  test('truncated to its first 100 bytes: DAMAGED', async () => {
    const app = await lockedVaultWithData();
    truncateSync(dbPath(app), 100);
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
  });

  test('replaced by random bytes of the same size: DAMAGED', async () => {
    const app = await lockedVaultWithData();
    writeFileSync(dbPath(app), randomBytes(readFileSync(dbPath(app)).length));
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
  });

  test('replaced by an unencrypted SQLite database: DAMAGED', async () => {
    const app = await lockedVaultWithData();
    rmSync(dbPath(app));
    const plain = new Database(dbPath(app));
    plain.exec('CREATE TABLE clients (id TEXT)');
    plain.close();
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
  });

  test('a data page in the middle overwritten: DAMAGED at unlock', async () => {
    const app = await lockedVaultWithData();
    const size = readFileSync(dbPath(app)).length;
    const middlePage = Math.floor(size / 4096 / 2) * 4096;
    flipBytes(dbPath(app), middlePage + 1024, 256);
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
  });

  test('truncated to zero bytes: DAMAGED, and no new empty database is made', async () => {
    const app = await lockedVaultWithData();
    truncateSync(dbPath(app), 0);
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(readFileSync(dbPath(app)).length).toBe(0);
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
  ])('%s: DAMAGED', async (_why, content) => {
    const app = await lockedVaultWithData();
    if (content === null) rewriteEnvelope(app, (e) => (e.version = 2));
    else writeFileSync(keyPath(app), content);
    const r = await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(!r.ok && r.error.message).toMatch(/key file/i);
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
    const app = await lockedVaultWithData();
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
    const app = await lockedVaultWithData();
    rewriteEnvelope(app, change);
    await expectRefused(app, PASSPHRASE, 'DAMAGED');
  });

  test('key file missing beside the database: DAMAGED, and no new database or key is made', async () => {
    const app = await lockedVaultWithData();
    rmSync(keyPath(app));
    expect(app.vault.state()).toBe('locked');
    const r = await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(!r.ok && r.error.message).toContain(KEY_FILE);
    expect(listFiles(app.dir)).toEqual([DB_FILE]);
    const create = await app.call('vault:create', { passphrase: 'a brand new passphrase' });
    expect(!create.ok && create.error.code).toBe('CONFLICT');
    expect(listFiles(app.dir)).toEqual([DB_FILE]);
  });

  test('database missing beside the key file: DAMAGED, and no new database is made', async () => {
    const app = await lockedVaultWithData();
    rmSync(dbPath(app));
    const r = await expectRefused(app, PASSPHRASE, 'DAMAGED');
    expect(!r.ok && r.error.message).toContain(DB_FILE);
    expect(listFiles(app.dir)).toEqual([KEY_FILE]);
    const create = await app.call('vault:create', { passphrase: 'a brand new passphrase' });
    expect(!create.ok && create.error.code).toBe('CONFLICT');
    expect(listFiles(app.dir)).toEqual([KEY_FILE]);
  });

  test('nothing there yet: unlock says so (NOT_FOUND) and creates nothing', async () => {
    const app = makeTestApp();
    apps.push(app);
    expect(app.vault.state()).toBe('new');
    const r = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
    expect(listFiles(app.dir)).toEqual([]);
    expect((await app.must('vault:status', {})).state).toBe('new');
  });
});
