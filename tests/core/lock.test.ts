import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LOCK_FILE, readLockFile } from '../../electron/core/db/lock-file';
import { waitAfter } from '../../electron/core/db/unlock-guard';
import { makeTestApp, makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { listFiles } from '../support/disk';
import { makeClient } from '../support/factories';

/*
 * The lock settings (idle minutes, optional erase) and the unlock guard: after five wrong
 * passphrases each try waits, 30 seconds and doubling; the count survives a restart and is
 * cleared by the right passphrase. Today: 27 November 2026, 10:00 in Pakistan.
 */

const apps: TestApp[] = [];
const track = (app: TestApp) => (apps.push(app), app);
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});

const T0 = Date.parse('2026-11-27T05:00:00.000Z');
const at = (app: TestApp, seconds: number) => app.setToday(new Date(T0 + seconds * 1000).toISOString());

const lockedApp = async () => {
  const app = track(await makeUnlockedApp());
  await makeClient(app, { fullName: 'Baba Jan' });
  await app.must('vault:lock', {});
  return app;
};

const tryUnlock = async (app: TestApp, passphrase: string) => {
  const r = await app.call('vault:unlock', { passphrase });
  return r.ok ? 'unlocked' : r.error.code;
};

describe('the wait after wrong passphrases', () => {
  test('is none for the first four, then 30 s, doubling, at most an hour', () => {
    expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(waitAfter)).toEqual([30, 60, 120, 240]);
    expect(waitAfter(12)).toBe(3600);
    expect(waitAfter(50)).toBe(3600);
  });

  test('after five wrong tries even the right passphrase waits 30 s, with a clear message and code', async () => {
    const app = await lockedApp();
    for (let i = 0; i < 4; i++) expect(await tryUnlock(app, `guess number ${i}`)).toBe('WRONG_PASSPHRASE');
    const fifth = await app.call('vault:unlock', { passphrase: 'guess number 4' });
    expect(!fifth.ok && fifth.error.message).toMatch(/wait 30 seconds/);

    at(app, 29);
    const early = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(!early.ok && early.error).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many wrong passphrases. Wait 1 second before trying again.',
    });
    expect(app.vault.state()).toBe('locked');
    expect(await app.must('lock:status', {})).toMatchObject({ failures: 5, waitSeconds: 1 });

    at(app, 30);
    expect(await tryUnlock(app, PASSPHRASE)).toBe('unlocked');
    expect(readLockFile(app.dir)).toMatchObject({ failures: 0, lastFailureAt: null });
  });

  test('grows with each further failure: 60 s after the sixth, 2 minutes after the seventh', async () => {
    const app = await lockedApp();
    for (let i = 0; i < 5; i++) await tryUnlock(app, `guess ${i}`);
    at(app, 30);
    expect(await tryUnlock(app, 'guess 5')).toBe('WRONG_PASSPHRASE');
    at(app, 30 + 59);
    expect(await tryUnlock(app, PASSPHRASE)).toBe('TOO_MANY_ATTEMPTS');
    at(app, 30 + 60);
    expect(await tryUnlock(app, 'guess 6')).toBe('WRONG_PASSPHRASE');
    at(app, 90 + 119);
    const r = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(!r.ok && r.error.message).toMatch(/Wait 1 second/);
    at(app, 90 + 120);
    expect(await tryUnlock(app, PASSPHRASE)).toBe('unlocked');
  });

  test('survives a restart: a new app on the same folder still waits', async () => {
    const app = await lockedApp();
    for (let i = 0; i < 5; i++) await tryUnlock(app, `guess ${i}`);
    app.vault.lock();
    const restarted = track(makeTestApp({ dir: app.dir, now: new Date(T0 + 10_000).toISOString() }));
    expect(await tryUnlock(restarted, PASSPHRASE)).toBe('TOO_MANY_ATTEMPTS');
    expect((await restarted.must('lock:status', {})).waitSeconds).toBe(20);
  });

  test('a clock set back restarts the wait once, rather than locking the lawyer out until it catches up', async () => {
    const app = await lockedApp();
    for (let i = 0; i < 5; i++) await tryUnlock(app, `guess ${i}`);
    at(app, -30 * 24 * 3600); // a month earlier
    expect(await tryUnlock(app, PASSPHRASE)).toBe('TOO_MANY_ATTEMPTS');
    at(app, -30 * 24 * 3600 + 30);
    expect(await tryUnlock(app, PASSPHRASE)).toBe('unlocked');
  });

  test('a wrong current passphrase in a passphrase change and a wrong one at restore count too', async () => {
    const app = await lockedApp();
    for (let i = 0; i < 5; i++) {
      const r = await app.call('vault:change-passphrase', { current: `guess ${i}`, next: 'a new long passphrase' });
      expect(!r.ok && r.error.code).toBe('WRONG_PASSPHRASE');
    }
    const r = await app.call('vault:change-passphrase', { current: PASSPHRASE, next: 'a new long passphrase' });
    expect(!r.ok && r.error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  test('damaged lock file: the defaults, and unlocking still works', async () => {
    const app = await lockedApp();
    writeFileSync(join(app.dir, LOCK_FILE), '{"format": "muhafiz-lock", "failures": "lots"');
    expect(await app.must('lock:status', {})).toEqual({
      idleMinutes: 5,
      eraseAfterFailures: null,
      failures: 0,
      waitSeconds: 0,
    });
    expect(await tryUnlock(app, PASSPHRASE)).toBe('unlocked');
  });
});

describe('lock settings', () => {
  test('idle lock after 5 minutes by default, changed in Settings, kept beside the database and across a restart', async () => {
    const app = track(await makeUnlockedApp());
    expect(await app.must('lock:status', {})).toMatchObject({ idleMinutes: 5, eraseAfterFailures: null });
    expect(await app.must('lock:update', { idleMinutes: 15, eraseAfterFailures: 10 })).toMatchObject({
      idleMinutes: 15,
      eraseAfterFailures: 10,
    });
    // Nothing secret in it: minutes, a count and a time.
    const raw = readFileSync(join(app.dir, LOCK_FILE), 'utf8');
    expect(Object.keys(JSON.parse(raw) as object).sort()).toEqual([
      'eraseAfterFailures',
      'failures',
      'format',
      'idleMinutes',
      'lastFailureAt',
      'version',
    ]);
    await app.must('vault:lock', {});
    const restarted = track(makeTestApp({ dir: app.dir }));
    expect(await restarted.must('lock:status', {})).toMatchObject({ idleMinutes: 15, eraseAfterFailures: 10 });
  });

  test('can only be changed unlocked', async () => {
    const app = track(await makeUnlockedApp());
    await app.must('vault:lock', {});
    const r = await app.call('lock:update', { idleMinutes: 240, eraseAfterFailures: 3 });
    expect(!r.ok && r.error.code).toBe('LOCKED');
    expect(await app.must('lock:status', {})).toMatchObject({ idleMinutes: 5, eraseAfterFailures: null });
  });
});

describe('erase after N wrong passphrases', () => {
  test('is off by default: twelve wrong tries erase nothing', async () => {
    const app = await lockedApp();
    for (let i = 0; i < 12; i++) {
      at(app, i * 3600);
      expect(await tryUnlock(app, `guess ${i}`)).toBe('WRONG_PASSPHRASE');
    }
    at(app, 12 * 3600);
    expect(await tryUnlock(app, PASSPHRASE)).toBe('unlocked');
    expect((await app.must('clients:list', {})).map((c) => c.fullName)).toEqual(['Baba Jan']);
  });

  test('when set to 3: warned before, and the third wrong try in a row erases everything', async () => {
    const app = track(await makeUnlockedApp());
    await makeClient(app, { fullName: 'Baba Jan' });
    await app.must('lock:update', { idleMinutes: 5, eraseAfterFailures: 3 });
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE }); // a daily backup now exists too
    await app.must('vault:lock', {});

    const first = await app.call('vault:unlock', { passphrase: 'guess 1' });
    expect(!first.ok && first.error.message).toMatch(/2 more wrong tries erase everything/);
    const second = await app.call('vault:unlock', { passphrase: 'guess 2' });
    expect(!second.ok && second.error.message).toMatch(/1 more wrong try erases everything/);
    const third = await app.call('vault:unlock', { passphrase: 'guess 3' });
    expect(!third.ok && third.error).toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringMatching(/erased/),
    });

    expect(app.vault.state()).toBe('new');
    expect(listFiles(app.dir)).toEqual([]);
    expect(await tryUnlock(app, PASSPHRASE)).toBe('NOT_FOUND');
  });

  test('the right passphrase in between starts the count again', async () => {
    const app = track(await makeUnlockedApp());
    await app.must('lock:update', { idleMinutes: 5, eraseAfterFailures: 3 });
    await app.must('vault:lock', {});
    await tryUnlock(app, 'guess 1');
    await tryUnlock(app, 'guess 2');
    expect(await tryUnlock(app, PASSPHRASE)).toBe('unlocked');
    await app.must('vault:lock', {});
    await tryUnlock(app, 'guess 3');
    await tryUnlock(app, 'guess 4');
    expect(app.vault.state()).toBe('locked');
  });
});
