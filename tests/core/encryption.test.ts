import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseEnvelope, unwrapKey } from '../../electron/core/db/envelope';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { makeTestApp, makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { bytesContain, filesContaining, listFiles } from '../support/disk';
import { caseData, makeClient } from '../support/factories';

/*
 * What a thief, a border search or a seized laptop would find on disk: nothing readable.
 * Today is 27 November 2026 (Pakistan) throughout.
 */

const apps: TestApp[] = [];
const track = (app: TestApp) => (apps.push(app), app);
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});

const SECRETS = {
  fullName: 'Zarghuna Khattak',
  nameUr: 'زرغونہ خٹک',
  cnic: '17301-4455667-2',
  notes: 'Threatened after the Aurat March speech; staying at a safe house in Hayatabad',
  codename: 'Chinar',
};

const addSensitiveClient = async (app: TestApp) => {
  const client = await makeClient(app, {
    ...SECRETS,
    category: 'whrd',
    district: 'Peshawar',
    province: 'kp',
    riskLevel: 'critical',
    sensitive: true,
  });
  await app.must(
    'cases:create',
    caseData([client.id], {
      firNumber: '341/2026',
      caseNumber: 'Crl. Misc. No. 2231-B of 2026',
      forumId: 'seed:phc',
      investigatingAgency: 'police',
      firDistrict: 'Peshawar',
      offences: [{ statute: 'PPC', section: '505' }],
    }),
  );
  await app.must('notes:create', {
    clientId: client.id,
    date: '2026-11-27',
    body: 'Met Zarghuna Khattak at the Hayatabad safe house',
  });
  return client;
};

describe('data at rest', () => {
  test('the control works: the same search finds the name in an unencrypted SQLite file', () => {
    const app = track(makeTestApp());
    const plain = new Database(join(app.dir, 'plain.db'));
    plain.exec('CREATE TABLE clients (full_name TEXT, name_ur TEXT)');
    plain.prepare('INSERT INTO clients VALUES (?, ?)').run(SECRETS.fullName, SECRETS.nameUr);
    plain.close();
    expect(filesContaining(app.dir, SECRETS.fullName)).toEqual(['plain.db']);
    expect(filesContaining(app.dir, SECRETS.nameUr)).toEqual(['plain.db']);
  });

  test('names, CNIC and notes are in no file, neither while unlocked (database and WAL) nor after locking', async () => {
    const app = track(await makeUnlockedApp());
    await addSensitiveClient(app);

    // Unlocked: recent writes live in the WAL; it must be encrypted too.
    expect(listFiles(app.dir)).toContain(`${DB_FILE}-wal`);
    expect(statSync(join(app.dir, `${DB_FILE}-wal`)).size).toBeGreaterThan(0);
    for (const secret of Object.values(SECRETS)) expect(filesContaining(app.dir, secret), secret).toEqual([]);

    await app.must('vault:lock', {});
    expect(listFiles(app.dir)).toEqual([DB_FILE, KEY_FILE]);
    for (const secret of [...Object.values(SECRETS), '341/2026', 'Hayatabad']) {
      expect(filesContaining(app.dir, secret), secret).toEqual([]);
    }
  });

  test('the database does not look like SQLite to a forensic tool', async () => {
    const app = track(await makeUnlockedApp());
    await addSensitiveClient(app);
    await app.must('vault:lock', {});
    const bytes = readFileSync(join(app.dir, DB_FILE));
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytesContain(bytes, 'CREATE TABLE')).toBe(false);
    expect(bytesContain(bytes, 'Lahore High Court')).toBe(false);
    // Without the key the file cannot be read at all.
    const raw = new Database(join(app.dir, DB_FILE), { fileMustExist: true, readonly: true });
    expect(() => raw.prepare('SELECT count(*) FROM clients').get()).toThrow();
    raw.close();
  });
});

describe('the key file', () => {
  const ENVELOPE_FIELDS = ['cipher', 'format', 'iv', 'kdf', 'tag', 'version', 'wrappedKey'];

  test('holds only the envelope: a salted KDF, a wrapped key and its tag, never the key or the passphrase', async () => {
    const app = track(await makeUnlockedApp());
    await addSensitiveClient(app);
    await app.must('vault:lock', {});
    const raw = readFileSync(join(app.dir, KEY_FILE), 'utf8');
    const json = JSON.parse(raw) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(ENVELOPE_FIELDS);
    expect(Object.keys(json.kdf as object).sort()).toEqual(['N', 'name', 'p', 'r', 'salt']);
    expect(raw).not.toContain(PASSPHRASE);

    // The real data key (recovered here only through the passphrase) appears in no form on disk.
    const key = unwrapKey(parseEnvelope(raw), PASSPHRASE);
    expect(key).toHaveLength(32);
    for (const form of [key.toString('hex'), key.toString('base64'), key.toString('base64url')]) {
      expect(raw.toLowerCase()).not.toContain(form.toLowerCase());
      expect(filesContaining(app.dir, form)).toEqual([]);
    }
    for (const file of listFiles(app.dir)) expect(readFileSync(join(app.dir, file)).includes(key), file).toBe(false);
    expect(Buffer.from(json.wrappedKey as string, 'base64').equals(key)).toBe(false);
  });

  test('two vaults with the same passphrase share no salt, IV, wrapped key or data key', async () => {
    const a = track(await makeUnlockedApp());
    const b = track(await makeUnlockedApp());
    const read = (app: TestApp) => readFileSync(join(app.dir, KEY_FILE), 'utf8');
    const [ea, eb] = [parseEnvelope(read(a)), parseEnvelope(read(b))];
    expect(ea.kdf.salt).not.toBe(eb.kdf.salt);
    expect(Buffer.from(ea.kdf.salt, 'base64').length).toBeGreaterThanOrEqual(16);
    expect(ea.iv).not.toBe(eb.iv);
    expect(ea.wrappedKey).not.toBe(eb.wrappedKey);
    expect(unwrapKey(ea, PASSPHRASE).equals(unwrapKey(eb, PASSPHRASE))).toBe(false);
  });

  test.skipIf(process.platform === 'win32')('is readable by its owner only', async () => {
    const app = track(await makeUnlockedApp());
    expect(statSync(join(app.dir, KEY_FILE)).mode & 0o077).toBe(0);
    expect(listFiles(app.dir)).not.toContain(`${KEY_FILE}.tmp`);
  });
});
