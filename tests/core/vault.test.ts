import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CHANNELS, type Channel } from '../../electron/shared/contract';
import { DEFAULT_KDF, parseEnvelope } from '../../electron/core/db/envelope';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import {
  NEW_PASSPHRASE,
  PLACEHOLDER_FIXTURE,
  seedFixture,
  validInputs,
  VAULT_CHANNELS,
  type Fixture,
} from '../support/channel-inputs';
import { makeTestApp, makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { withoutBackups } from '../support/backups';
import { listFiles, sha256, snapshotFiles } from '../support/disk';

/* Creating, locking, unlocking and re-keying the vault. Today: 27 November 2026. */

const apps: TestApp[] = [];
const track = (app: TestApp) => (apps.push(app), app);
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});

const hashOf = (app: TestApp, file: string) => sha256(readFileSync(join(app.dir, file)));

describe('vault:create', () => {
  test('makes the database and key file, unlocked, and vault:status follows new → unlocked → locked', async () => {
    const app = track(makeTestApp());
    expect(await app.must('vault:status', {})).toEqual({ state: 'new' });
    expect(await app.must('vault:create', { passphrase: PASSPHRASE })).toEqual({ state: 'unlocked' });
    expect(listFiles(app.dir)).toEqual(expect.arrayContaining([DB_FILE, KEY_FILE]));
    expect(await app.must('vault:lock', {})).toEqual({ state: 'locked' });
    expect(await app.must('vault:status', {})).toEqual({ state: 'locked' });
    expect(await app.must('vault:lock', {})).toEqual({ state: 'locked' });
  });

  test('refuses (CONFLICT) when a database exists, locked or unlocked, and changes nothing', async () => {
    const app = track(await makeUnlockedApp());
    const fx = await seedFixture(app);
    const unlocked = await app.call('vault:create', { passphrase: NEW_PASSPHRASE });
    expect(!unlocked.ok && unlocked.error.code).toBe('CONFLICT');
    expect(app.vault.state()).toBe('unlocked');

    await app.must('vault:lock', {});
    const before = snapshotFiles(app.dir);
    const locked = await app.call('vault:create', { passphrase: NEW_PASSPHRASE });
    expect(!locked.ok && locked.error.code).toBe('CONFLICT');
    expect(!locked.ok && locked.error.message).toMatch(/already exists/);
    expect(snapshotFiles(app.dir)).toEqual(before);

    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect((await app.must('clients:get', { id: fx.clientId })).fullName).toBe('Farhan Baloch');
  });

  test('a short passphrase is refused with a helpful message and nothing is created', async () => {
    const app = track(makeTestApp());
    const r = await app.call('vault:create', { passphrase: 'pakistan' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields?.passphrase).toMatch(/at least 12 characters/);
    expect(listFiles(app.dir)).toEqual([]);
  });
});

describe('vault:change-passphrase', () => {
  test('the old passphrase stops working, the new one works, data intact, database bytes untouched', async () => {
    const app = track(await makeUnlockedApp());
    const fx = await seedFixture(app);
    await app.must('vault:lock', {});
    const dbBefore = hashOf(app, DB_FILE);
    const keyBefore = parseEnvelope(readFileSync(join(app.dir, KEY_FILE), 'utf8'));

    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(await app.must('vault:change-passphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE })).toEqual({
      state: 'unlocked',
    });
    expect(hashOf(app, DB_FILE)).toBe(dbBefore);
    await app.must('vault:lock', {});
    expect(hashOf(app, DB_FILE)).toBe(dbBefore);
    expect(withoutBackups(listFiles(app.dir))).toEqual([DB_FILE, KEY_FILE]);

    const keyAfter = parseEnvelope(readFileSync(join(app.dir, KEY_FILE), 'utf8'));
    expect(keyAfter.kdf.salt).not.toBe(keyBefore.kdf.salt);
    expect(keyAfter.wrappedKey).not.toBe(keyBefore.wrappedKey);

    const old = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(!old.ok && old.error.code).toBe('WRONG_PASSPHRASE');
    await app.must('vault:unlock', { passphrase: NEW_PASSPHRASE });
    const detail = await app.must('cases:get', { id: fx.caseId });
    expect(detail.offences.map((o) => `${o.statute} ${o.section}`)).toEqual(['PECA 26-A', 'PPC 505']);
    expect(detail.hearings.map((h) => h.id)).toEqual([fx.hearingId]);
  });

  test('a wrong current passphrase is refused and the key file is not rewritten', async () => {
    const app = track(await makeUnlockedApp());
    const before = snapshotFiles(app.dir);
    const r = await app.call('vault:change-passphrase', { current: 'not the passphrase', next: NEW_PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('WRONG_PASSPHRASE');
    expect(snapshotFiles(app.dir)[KEY_FILE]).toEqual(before[KEY_FILE]);
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
  });

  test('a new passphrase that is too short is refused before anything is read or written', async () => {
    const app = track(await makeUnlockedApp());
    const before = snapshotFiles(app.dir)[KEY_FILE];
    const r = await app.call('vault:change-passphrase', { current: PASSPHRASE, next: 'short' });
    expect(!r.ok && r.error.fields?.next).toMatch(/at least 12/);
    expect(snapshotFiles(app.dir)[KEY_FILE]).toEqual(before);
  });

  test('before any vault exists: NOT_FOUND, not INTERNAL, and nothing is created', async () => {
    const app = track(makeTestApp());
    const r = await app.call('vault:change-passphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
    expect(listFiles(app.dir)).toEqual([]);
  });
});

describe('restart', () => {
  test('a new app on the same folder starts locked and, unlocked, shows the same case file', async () => {
    const first = await makeUnlockedApp();
    const fx = await seedFixture(first);
    await first.must('hearings:record-outcome', {
      hearingId: fx.hearingId,
      outcome: 'adjourned',
      nextDate: '2026-12-04',
    });
    await first.must('vault:lock', {});

    const second = track(makeTestApp({ dir: first.dir }));
    expect(await second.must('vault:status', {})).toEqual({ state: 'locked' });
    await second.must('vault:unlock', { passphrase: PASSPHRASE });
    const detail = await second.must('cases:get', { id: fx.caseId });
    expect(detail.parties.map((p) => p.fullName)).toEqual(['Farhan Baloch']);
    expect(detail.hearings.map((h) => [h.date, h.outcome])).toEqual([
      ['2026-11-27', 'adjourned'],
      ['2026-12-04', null],
    ]);
    expect(detail.team).toEqual(['Imaan Hazir']);
  });
});

describe('locked', () => {
  /** reminders:dismiss answers while locked (see the BUG test below); every other data channel is LOCKED. */
  const DISMISS: Channel = 'reminders:dismiss';
  const DATA_CHANNELS = CHANNELS.filter((c) => !VAULT_CHANNELS.includes(c) && c !== DISMISS);

  const expectAllLocked = async (app: TestApp, fx: Fixture) => {
    for (const channel of DATA_CHANNELS) {
      const r = await app.call(channel, validInputs[channel](fx));
      expect(r.ok ? 'ok' : r.error.code, channel).toBe('LOCKED');
      expect(!r.ok && r.error.message, channel).toMatch(/locked/i);
    }
  };

  test('every data channel answers LOCKED after vault:lock, and works again after unlock', async () => {
    const app = track(await makeUnlockedApp());
    const fx = await seedFixture(app);
    expect(DATA_CHANNELS.length).toBeGreaterThan(15);
    await app.must('vault:lock', {});
    const before = snapshotFiles(app.dir);
    await expectAllLocked(app, fx);
    expect(snapshotFiles(app.dir)).toEqual(before);
    expect((await app.must('app:info', {})).today).toBe('2026-11-27');

    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect((await app.must('clients:get', { id: fx.clientId })).cases).toHaveLength(1);
  });

  test('every data channel answers LOCKED before any vault exists, and nothing is created', async () => {
    const app = track(makeTestApp());
    await expectAllLocked(app, PLACEHOLDER_FIXTURE);
    expect(listFiles(app.dir)).toEqual([]);
  });

  test('the new diary channels are among those checked', () => {
    for (const channel of [
      'hearings:resolve-clash',
      'lawyers:list',
      'settings:get',
      'settings:update-reminders',
      'reminders:missed',
      'diary:export-ics',
    ] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the deadline, calendar, rule and bail channels are among those checked', () => {
    for (const channel of [
      'rules:list',
      'rules:save',
      'rules:export',
      'rules:import',
      'calendar:get',
      'calendar:set-closures',
      'holidays:save',
      'holidays:delete',
      'events:create',
      'events:update',
      'events:delete',
      'deadlines:for-case',
      'deadlines:set-status',
      'deadlines:dashboard',
      'deadlines:working',
      'bail:list',
      'bail:save',
      'bail:escalate',
    ] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the petition and Word-template channels are among those checked', () => {
    for (const channel of [
      'petitions:templates',
      'petitions:create',
      'petitions:list',
      'petitions:get',
      'petitions:save',
      'petitions:regenerate',
      'petitions:export-docx',
      'templates:inspect-docx',
      'templates:add-docx',
      'templates:render-docx',
    ] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the report channels are among those checked', () => {
    for (const channel of ['reports:case-summary', 'reports:client-dossier', 'reports:caseload'] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the audit log and profile channels are among those checked', () => {
    for (const channel of ['audit:list', 'audit:verify', 'profile:get', 'profile:update'] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the spreadsheet import and export channels are among those checked', () => {
    for (const channel of [
      'import:preview',
      'import:run',
      'import:progress',
      'import:batches',
      'import:undo',
      'export:diary',
    ] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the disappearance, consent and appeal channels are among those checked', () => {
    for (const channel of [
      'disappearances:list',
      'disappearances:get',
      'disappearances:save',
      'disappearances:link-case',
      'disappearances:create-case',
      'disappearances:unlink-case',
      'disappearances:save-entry',
      'disappearances:delete-entry',
      'disappearances:delete',
      'disappearances:save-order',
      'consents:list',
      'consents:save',
      'appeals:create',
      'appeals:info',
    ] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the incident, evidence and chain-of-custody channels are among those checked', () => {
    for (const channel of [
      'incidents:list',
      'incidents:get',
      'incidents:for-case',
      'incidents:create',
      'incidents:update',
      'incidents:delete',
      'incidents:log-report',
      'evidence:add',
      'evidence:update',
      'evidence:file',
      'evidence:verify',
      'evidence:custody-sheet',
      'evidence:record-print',
      'evidence:export-sheet-docx',
      'evidence:delete',
    ] as const) {
      expect(DATA_CHANNELS, channel).toContain(channel);
    }
  });

  test('the lock-settings change and a manual backup are among those checked; restore and erase are not', () => {
    for (const channel of ['lock:update', 'backup:create'] as const) expect(DATA_CHANNELS, channel).toContain(channel);
    // These must work at the unlock screen (a damaged database is restored from there; erase needs no key).
    for (const channel of [
      'lock:status',
      'backup:status',
      'backup:progress',
      'backup:pick-folder',
      'backup:list-folder',
      'backup:restore',
      'vault:erase',
    ] as const) {
      expect(DATA_CHANNELS, channel).not.toContain(channel);
    }
  });

  test('reminders:dismiss answers LOCKED while locked, like reminders:missed', async () => {
    const app = track(await makeUnlockedApp());
    await app.must('vault:lock', {});
    const r = await app.call(DISMISS, {});
    expect(r.ok ? 'ok' : r.error.code).toBe('LOCKED');
  });
});

describe('the open connection', () => {
  test('runs with WAL, synchronous FULL, foreign keys, secure delete and in-memory temp storage', async () => {
    const app = track(await makeUnlockedApp());
    const pragma = (name: string) => app.vault.db.$client.pragma(name, { simple: true });
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2);
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('secure_delete')).toBe(1);
    expect(pragma('temp_store')).toBe(2);
    expect(pragma('busy_timeout')).toBeGreaterThanOrEqual(1000);
    expect(pragma('cipher')).toBe('chacha20');
  });

  test('the same pragmas hold after lock and unlock', async () => {
    const app = track(await makeUnlockedApp());
    await app.must('vault:lock', {});
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    const pragma = (name: string) => app.vault.db.$client.pragma(name, { simple: true });
    expect([pragma('journal_mode'), pragma('synchronous'), pragma('foreign_keys'), pragma('secure_delete')]).toEqual([
      'wal',
      2,
      1,
      1,
    ]);
  });
});

describe('the production KDF', () => {
  test('is scrypt with N ≥ 2^17 and r ≥ 8, and an unlock with it stays well under 3 seconds', async () => {
    expect(DEFAULT_KDF.N).toBeGreaterThanOrEqual(2 ** 17);
    expect(DEFAULT_KDF.r).toBeGreaterThanOrEqual(8);
    const app = track(makeTestApp({ kdf: DEFAULT_KDF }));
    await app.must('vault:create', { passphrase: PASSPHRASE });
    const envelope = parseEnvelope(readFileSync(join(app.dir, KEY_FILE), 'utf8'));
    expect(envelope.kdf).toMatchObject({ name: 'scrypt', N: DEFAULT_KDF.N, r: DEFAULT_KDF.r, p: DEFAULT_KDF.p });
    await app.must('vault:lock', {});

    const started = performance.now();
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
