import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterEach, describe, expect, test } from 'vitest';
import { AUDIT_SPECS, NOT_AUDITED } from '../../electron/core/db/audit-triggers';
import { parseEnvelope, unwrapKey } from '../../electron/core/db/envelope';
import { DB_FILE, KEY_FILE } from '../../electron/core/db/vault';
import { AUDITED_TABLES, type AuditEntry } from '../../electron/shared/audit-schemas';
import { seedFixture } from '../support/channel-inputs';
import { makeTestApp, makeUnlockedApp, MIGRATIONS, PASSPHRASE, type TestApp } from '../support/context';
import { makeAppWithMigrations } from '../support/migrations-app';
import { caseData, clientData, makeClient } from '../support/factories';

/*
 * The audit log (issue 7): every change to a data table leaves one entry (when, which table and
 * record, which fields, by which lawyer profile), never a value; the entries form a hash chain that
 * audit:verify walks; the log refuses to be changed. Today: 27 November 2026 in Pakistan.
 */

const apps: TestApp[] = [];
const track = (app: TestApp) => (apps.push(app), app);
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});

type Raw = {
  seq: number;
  at: string;
  actor: string;
  table_name: string;
  record_id: string;
  case_id: string | null;
  op: string;
  fields: string;
  prev_hash: string;
  hash: string;
};
const raw = (app: TestApp) => app.vault.db.$client;
const rows = (app: TestApp): Raw[] => raw(app).prepare('SELECT * FROM audit_log ORDER BY seq').all() as Raw[];
const count = (app: TestApp) => (raw(app).prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const since = (app: TestApp, seq: number) => rows(app).filter((r) => r.seq > seq);
const lastSeq = (app: TestApp) => rows(app).at(-1)?.seq ?? 0;

/** An independent SHA-256 of the entry, to pin the chain's encoding (not the app's own helper). */
const sha = (r: Raw) =>
  createHash('sha256')
    .update(JSON.stringify([r.prev_hash, r.seq, r.at, r.actor, r.table_name, r.record_id, r.case_id, r.op, r.fields]))
    .digest('hex');

/** Lets a test play an attacker who holds the key: drops the append-only guard, then edits. */
const dropGuards = (app: TestApp) =>
  raw(app).exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_chain;');

describe('what is logged', () => {
  test('creating a client and a case logs each row with the fields given, and never a value', async () => {
    const app = track(await makeUnlockedApp());
    const client = await makeClient(app, {
      fullName: 'Zubaida Canary-Khatoon',
      cnic: '61101-7777777-1',
      notes: 'Canary note: met at the press club',
    });
    const c = await app.must('cases:create', caseData([client.id], { firNumber: '919/2026' }));
    const log = rows(app);
    expect(log.slice(0, 7).map((r) => [r.table_name, r.op])).toEqual([
      ['clients', 'insert'],
      ['cases', 'insert'],
      ['case_parties', 'insert'],
      ['offences', 'insert'],
      ['offences', 'insert'],
      ['lawyers', 'insert'],
      ['case_lawyers', 'insert'],
    ]);
    // Then the deadlines the arrest starts, computed in the same save.
    expect(log.slice(7).map((r) => [r.table_name, r.op, r.case_id])).toEqual(
      log.slice(7).map(() => ['deadlines', 'insert', c.id]),
    );
    expect(log.length).toBeGreaterThan(7);
    const [first, second] = log;
    expect(first).toMatchObject({ record_id: client.id, case_id: null, actor: 'Counsel' });
    expect(first?.fields.split(',')).toEqual(expect.arrayContaining(['full_name', 'cnic', 'notes', 'category']));
    expect(first?.fields.split(',')).not.toContain('codename'); // not given
    expect(second).toMatchObject({ record_id: c.id, case_id: c.id });
    expect(
      log.filter((r) => r.table_name !== 'clients' && r.table_name !== 'lawyers').every((r) => r.case_id === c.id),
    ).toBe(true);
    expect(log.find((r) => r.table_name === 'case_parties')?.record_id).toBe(`${c.id}/${client.id}`);
    for (const r of log) expect(r.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const text = JSON.stringify(log);
    for (const value of ['Canary', '61101', '7777777', 'press club', '919/2026', 'Imaan', 'PECA']) {
      expect(text, value).not.toContain(value);
    }
  });

  test('an edit logs exactly the fields that changed; saving without a change logs nothing', async () => {
    const app = track(await makeUnlockedApp());
    const client = await makeClient(app);
    const before = lastSeq(app);
    await app.must('clients:update', { id: client.id, data: clientData({ phone: '0333-5550000', district: 'Kasur' }) });
    expect(since(app, before).map((r) => [r.table_name, r.op, r.record_id, r.fields])).toEqual([
      ['clients', 'update', client.id, 'phone,district'],
    ]);
    const after = lastSeq(app);
    await app.must('clients:update', { id: client.id, data: clientData({ phone: '0333-5550000', district: 'Kasur' }) });
    expect(since(app, after)).toEqual([]);
  });

  test('a hearing outcome, a note and a deleted event are logged against their case', async () => {
    const app = track(await makeUnlockedApp());
    const fx = await seedFixture(app);
    const before = lastSeq(app);
    await app.must('hearings:record-outcome', {
      hearingId: fx.hearingId,
      outcome: 'adjourned',
      shortOrder: 'Notice to the State',
      nextDate: '2026-12-04',
    });
    await app.must('notes:create', { caseId: fx.caseId, date: '2026-11-27', body: 'Met the client in Adiala' });
    await app.must('events:delete', { id: fx.eventId });
    const log = since(app, before);
    expect(log.find((r) => r.table_name === 'hearings' && r.op === 'update')).toMatchObject({
      record_id: fx.hearingId,
      case_id: fx.caseId,
    });
    expect(log.find((r) => r.table_name === 'hearings' && r.op === 'update')?.fields.split(',')).toEqual(
      expect.arrayContaining(['outcome', 'short_order', 'next_date']),
    );
    expect(log.some((r) => r.table_name === 'hearings' && r.op === 'insert')).toBe(true); // the next date
    expect(log.find((r) => r.table_name === 'notes')).toMatchObject({ op: 'insert', case_id: fx.caseId });
    expect(log.find((r) => r.table_name === 'case_events' && r.op === 'delete')).toMatchObject({
      record_id: fx.eventId,
      case_id: fx.caseId,
      fields: '',
    });
    // The leave-petition deadline the order started goes with it (a recomputation or a cascade): logged too.
    expect(log.some((r) => r.table_name === 'deadlines' && r.record_id === fx.deadlineId && r.op === 'delete')).toBe(
      true,
    );
    expect(log.every((r) => r.case_id === fx.caseId)).toBe(true);
  });

  test('a petition version is logged against the case of its draft', async () => {
    const app = track(await makeUnlockedApp());
    const fx = await seedFixture(app);
    const before = lastSeq(app);
    await app.must('petitions:save', { id: fx.draftId, html: '<article lang="en"><p>Grounds</p></article>' });
    const version = since(app, before).find((r) => r.table_name === 'petition_versions');
    expect(version).toMatchObject({ op: 'insert', case_id: fx.caseId });
  });

  test('a write that fails part-way leaves no entry (the log is in the same transaction)', async () => {
    const app = track(await makeUnlockedApp());
    const client = await makeClient(app);
    const before = count(app);
    // The case row goes in first, then its party: an unknown client makes the whole write roll back.
    const r = await app.call('cases:create', caseData([client.id, '6f1c2a4e-0000-4000-8000-00000000dead']));
    expect(r.ok).toBe(false);
    expect(count(app)).toBe(before);
  });

  test("the reminder runner's own clock is not a change, but a lawyer's setting is", async () => {
    const app = track(await makeUnlockedApp());
    const before = lastSeq(app);
    app.ctx.reminders.tick();
    app.setToday('2026-11-27T06:00:00.000Z');
    app.ctx.reminders.tick();
    expect(since(app, before)).toEqual([]);
    await app.must('settings:update-reminders', {
      enabled: false,
      nightBefore: '21:00',
      morning: '07:00',
      leadDays: {},
    });
    expect(since(app, before).map((r) => [r.table_name, r.record_id, r.op])).toEqual([
      ['settings', 'reminders', 'insert'],
    ]);
  });
});

describe('who', () => {
  test('entries name the lawyer profile: "Counsel" until a name is given, then that name', async () => {
    const app = track(await makeUnlockedApp());
    expect(await app.must('profile:get', {})).toEqual({ name: 'Counsel' });
    await makeClient(app);
    expect(rows(app).at(-1)?.actor).toBe('Counsel');
    expect(await app.must('profile:update', { name: '  Imaan Hazir ' })).toEqual({ name: 'Imaan Hazir' });
    expect(rows(app).at(-1)).toMatchObject({ table_name: 'settings', record_id: 'profile', actor: 'Imaan Hazir' });
    await makeClient(app, { fullName: 'Naseer Ahmad' });
    expect(rows(app).at(-1)?.actor).toBe('Imaan Hazir');
  });

  test('a damaged profile setting never blocks a write: the entry says "Counsel"', async () => {
    const app = track(await makeUnlockedApp());
    raw(app).prepare("INSERT INTO settings (key, value, updated_at) VALUES ('profile', '{not json', 'x')").run();
    await makeClient(app);
    expect(rows(app).at(-1)).toMatchObject({ table_name: 'clients', actor: 'Counsel' });
    expect(await app.must('profile:get', {})).toEqual({ name: 'Counsel' });
  });
});

describe('audit:list', () => {
  test("shows one case's entries, newest first, up to the limit; or one table's", async () => {
    const app = track(await makeUnlockedApp());
    const fx = await seedFixture(app);
    const other = await app.must('cases:create', caseData([fx.clientId], { firNumber: '7/2026' }));
    const all = await app.must('audit:list', { caseId: fx.caseId, limit: 500 });
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((e) => e.caseId === fx.caseId)).toBe(true);
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
    expect(all.some((e) => e.caseId === other.id)).toBe(false);
    const two = await app.must('audit:list', { caseId: fx.caseId, limit: 2 });
    expect(two).toEqual(all.slice(0, 2));
    const first = all.at(-1) as AuditEntry;
    expect(first).toMatchObject({ table: 'cases', op: 'insert', recordId: fx.caseId, actor: 'Counsel' });
    expect(first.fields).toEqual(expect.arrayContaining(['title', 'case_type', 'fir_number']));
    const clients = await app.must('audit:list', { table: 'clients' });
    // The fixture's clients (Farhan, and those other fixtures add), each inserted once, and only clients.
    expect(clients.map((e) => e.recordId)).toContain(fx.clientId);
    expect(clients.every((e) => e.table === 'clients' && e.op === 'insert')).toBe(true);
    const everything = await app.must('audit:list', {});
    expect(everything).toHaveLength(Math.min(100, count(app)));
  });

  test('an unknown case is NOT_FOUND', async () => {
    const app = track(await makeUnlockedApp());
    const r = await app.call('audit:list', { caseId: 'no-such-case' });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });
});

describe('the chain', () => {
  test('each entry hashes its content and the entry before it, from a zero genesis', async () => {
    const app = track(await makeUnlockedApp());
    await seedFixture(app);
    const log = rows(app);
    expect(log.map((r) => r.seq)).toEqual(log.map((_, i) => i + 1));
    expect(log[0]?.prev_hash).toBe('0'.repeat(64));
    for (const [i, r] of log.entries()) {
      expect(r.hash, `entry ${r.seq}`).toBe(sha(r));
      if (i > 0) expect(r.prev_hash).toBe(log[i - 1]?.hash);
    }
    expect(await app.must('audit:verify', {})).toEqual({ ok: true, checked: log.length, firstBroken: null });
  });

  test('an empty log verifies', async () => {
    const app = track(await makeUnlockedApp());
    expect(await app.must('audit:verify', {})).toEqual({ ok: true, checked: 0, firstBroken: null });
  });

  test('the log refuses UPDATE, DELETE and an entry that does not continue the chain, even on the raw connection', async () => {
    const app = track(await makeUnlockedApp());
    await seedFixture(app);
    const before = rows(app);
    expect(() => raw(app).prepare("UPDATE audit_log SET fields = 'notes' WHERE seq = 3").run()).toThrow(/append-only/);
    expect(() => raw(app).prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/);
    expect(() => raw(app).prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const last = before.at(-1) as Raw;
    const forged = { ...last, seq: last.seq + 1, prev_hash: last.hash, table_name: 'clients', hash: 'f'.repeat(64) };
    expect(() =>
      raw(app)
        .prepare(
          'INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash) VALUES (@seq, @at, @actor, @table_name, @record_id, @case_id, @op, @fields, @prev_hash, @hash)',
        )
        .run(forged),
    ).toThrow(/continue the chain/);
    expect(rows(app)).toEqual(before);
  });

  test('a tampered entry is reported at its own number', async () => {
    const app = track(await makeUnlockedApp());
    await seedFixture(app);
    const n = count(app);
    dropGuards(app);
    raw(app).prepare("UPDATE audit_log SET actor = 'Somebody else' WHERE seq = 7").run();
    const tampered = rows(app).find((r) => r.seq === 7) as Raw;
    expect(await app.must('audit:verify', {})).toEqual({
      ok: false,
      checked: 7,
      firstBroken: { seq: 7, reason: 'hash', at: tampered.at, table: tampered.table_name },
    });
    expect(n).toBeGreaterThan(7);
  });

  test('a tampered entry whose hash was recomputed breaks the link to the next one', async () => {
    const app = track(await makeUnlockedApp());
    await seedFixture(app);
    dropGuards(app);
    const five = rows(app).find((r) => r.seq === 5) as Raw;
    const edited = { ...five, fields: 'status' };
    raw(app).prepare('UPDATE audit_log SET fields = ?, hash = ? WHERE seq = 5').run(edited.fields, sha(edited));
    const r = await app.must('audit:verify', {});
    expect(r).toMatchObject({ ok: false, checked: 6, firstBroken: { seq: 6, reason: 'link' } });
  });

  test('a removed entry is reported as a gap at the entry after it', async () => {
    const app = track(await makeUnlockedApp());
    await seedFixture(app);
    dropGuards(app);
    raw(app).prepare('DELETE FROM audit_log WHERE seq = 4').run();
    const r = await app.must('audit:verify', {});
    expect(r).toMatchObject({ ok: false, checked: 4, firstBroken: { seq: 5, reason: 'gap' } });
  });

  test('verifying ten thousand entries takes well under a second', async () => {
    const app = track(await makeUnlockedApp());
    const fx = await seedFixture(app);
    const insert = raw(app).prepare(
      "INSERT INTO notes (id, case_id, date, body, created_at) VALUES (?, ?, '2026-11-27', 'x', '2026-11-27T05:00:00Z')",
    );
    raw(app).transaction(() => {
      for (let i = 0; i < 10_000; i += 1) insert.run(`bulk-${i}`, fx.caseId);
    })();
    const started = performance.now();
    const r = await app.must('audit:verify', {});
    expect(r).toMatchObject({ ok: true, firstBroken: null });
    expect(r.checked).toBeGreaterThan(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('coverage of the schema', () => {
  const dataTables = (app: TestApp) => {
    const master = raw(app).prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    const virtual = master.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
    return master
      .map((t) => t.name)
      .filter((n) => !n.startsWith('sqlite_') && !(n in NOT_AUDITED))
      .filter((n) => !virtual.some((v) => n === v || n.startsWith(`${v}_`)))
      .sort();
  };
  const triggerSql = (app: TestApp, name: string) =>
    (
      raw(app).prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) as
        { sql: string } | undefined
    )?.sql ?? '';

  test('every data table in the database is audited, and the lists agree', async () => {
    const app = track(await makeUnlockedApp());
    const specs = AUDIT_SPECS.map((s) => getTableConfig(s.table).name).sort();
    expect(dataTables(app), 'a new table needs audit triggers: see electron/core/db/audit-triggers.ts').toEqual(specs);
    expect([...AUDITED_TABLES].sort()).toEqual(specs);
  });

  test('every audited table has insert, update and delete triggers that know every column', async () => {
    const app = track(await makeUnlockedApp());
    for (const table of dataTables(app)) {
      const columns = (raw(app).pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      for (const op of ['insert', 'update', 'delete']) {
        expect(triggerSql(app, `audit_${table}_${op}`), `audit_${table}_${op}`).toContain('muhafiz_sha256');
      }
      const update = triggerSql(app, `audit_${table}_update`);
      for (const column of columns.filter((c) => c !== 'updated_at')) {
        expect(update, `${table}.${column}: regenerate the triggers (audit-triggers.ts) in a new migration`).toContain(
          `OLD."${column}" IS NOT NEW."${column}"`,
        );
      }
    }
  });

  test('every connection the app opens can hash; one without the function cannot write at all', async () => {
    const app = track(await makeUnlockedApp());
    expect(raw(app).prepare("SELECT muhafiz_sha256('a', 1, NULL) AS h").get()).toEqual({
      h: createHash('sha256').update('["a",1,null]').digest('hex'),
    });
    // The same database and key, opened by hand without muhafiz_sha256: reads work, every write is
    // refused. openEncrypted registers it, so the app's, the tests' and the harness's connections can write.
    const key = unwrapKey(parseEnvelope(readFileSync(join(app.dir, KEY_FILE), 'utf8')), PASSPHRASE);
    const other = new Database(join(app.dir, DB_FILE), { fileMustExist: true });
    try {
      other.pragma(`cipher = 'chacha20'`);
      other.pragma(`key = "x'${key.toString('hex')}'"`);
      expect(other.prepare('SELECT count(*) AS n FROM courts').get()).toMatchObject({ n: expect.any(Number) });
      expect(() =>
        other
          .prepare("INSERT INTO lawyers (id, name, created_at) VALUES ('l-1', 'Hina Jilani', '2026-11-27T05:00:00Z')")
          .run(),
      ).toThrow(/no such function: muhafiz_sha256/);
    } finally {
      other.close();
      key.fill(0);
    }
  });
});

describe('a diary from before the audit log', () => {
  /** The shipped migrations as the build before the audit log shipped them. */
  const migrationsBeforeAudit = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'muhafiz-migrations-'));
    cpSync(MIGRATIONS, folder, { recursive: true });
    const path = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(path, 'utf8')) as { entries: { tag: string }[] };
    const at = journal.entries.findIndex((e) => e.tag === '0008_audit_log');
    writeFileSync(path, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }, null, 2));
    return folder;
  };

  test('upgrades with its records kept and an empty log; the next change is entry 1 and verifies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'muhafiz-test-'));
    const old = makeAppWithMigrations({ dir, migrationsFolder: migrationsBeforeAudit() });
    await old.must('vault:create', { passphrase: PASSPHRASE });
    const client = await old.must('clients:create', clientData({ fullName: 'Gulalai Wazir', category: 'whrd' }));
    await old.must('vault:lock', {});
    old.cleanup();

    const app = track(makeTestApp({ dir }));
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect((await app.must('clients:get', { id: client.id })).fullName).toBe('Gulalai Wazir');
    expect(count(app)).toBe(0);
    await app.must('clients:update', {
      id: client.id,
      data: clientData({ fullName: 'Gulalai Wazir', category: 'whrd', phone: '0345-1112223' }),
    });
    expect(rows(app).map((r) => [r.seq, r.table_name, r.op, r.fields])).toEqual([[1, 'clients', 'update', 'phone']]);
    expect(await app.must('audit:verify', {})).toEqual({ ok: true, checked: 1, firstBroken: null });
  });
});
