import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { listIncidentsForClient } from '../../electron/core/repos/incidents';
import { KIND_WORDS } from '../../electron/core/services/appeals/incidents';
import { en } from '../../src/i18n/en';
import type { ChannelInput } from '../../electron/shared/contract';
import { EVIDENCE_MAX_BYTES } from '../../electron/shared/incident-schemas';
import { seedFixture, validInputs } from '../support/channel-inputs';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows, filesContaining, snapshotDb } from '../support/disk';
import { caseData, makeClient } from '../support/factories';
import { onlineThreatInput, raidInput, screenshotInput, TINY_PNG_BASE64 } from '../support/incident-fixture';
import { docxParagraphs } from '../support/petition-docx';

/*
 * The incident log (issue 10): incidents on a client, linked to the client's cases; evidence files
 * kept inside the encrypted database with the SHA-256 of the bytes stored; the chain of custody of
 * each item; the custody sheet, redacted like every printout. Today: 27 November 2026 in Pakistan.
 */

const apps: TestApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});
const NOW = '2026-11-27T05:00:00.000Z';
const open = async () => {
  const app = await makeUnlockedApp({ now: NOW });
  apps.push(app);
  return app;
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const raw = (app: TestApp) => app.vault.db.$client;

/** Farhan (a journalist at high risk, codename Kestrel) with his PECA case, and another client with hers. */
const office = async () => {
  const app = await open();
  const farhan = await makeClient(app, {
    fullName: 'Farhan Baloch',
    nameUr: 'فرحان بلوچ',
    codename: 'Kestrel',
    riskLevel: 'high',
    phone: '0333-5550101',
    cnic: '61101-1234567-1',
  });
  const his = await app.must('cases:create', caseData([farhan.id]));
  const sana = await makeClient(app, { fullName: 'Sana Mir', riskLevel: 'low', cnic: null, phone: null });
  const hers = await app.must('cases:create', caseData([sana.id], { firNumber: '77/2026' }));
  return { app, farhan, his, sana, hers };
};

describe('incidents', () => {
  test('are recorded on a client with where they were reported, linked to one of the client’s cases', async () => {
    const { app, farhan, his } = await office();
    const raid = await app.must('incidents:create', raidInput(farhan.id, his.id));
    expect(raid).toMatchObject({
      clientId: farhan.id,
      caseId: his.id,
      caseTitle: his.title,
      date: '2026-10-01',
      time: '02:30',
      kind: 'raid',
      perpetratorCategory: 'state_agency',
      evidence: [],
    });
    expect(raid.reports.map((r) => r.kind)).toEqual(['fir_sought', 'fir_refused']);
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    // Newest first; the repo function part B reads gives the same rows.
    const listed = await app.must('incidents:list', { clientId: farhan.id });
    expect(listed.map((i) => i.id)).toEqual([threat.id, raid.id]);
    expect(listIncidentsForClient(app.vault.db, farhan.id)).toEqual(listed);
  });

  test('a case lists the incidents linked to it, and only those', async () => {
    const { app, farhan, his, sana, hers } = await office();
    const raid = await app.must('incidents:create', raidInput(farhan.id, his.id));
    await app.must('incidents:create', onlineThreatInput(farhan.id));
    await app.must('incidents:create', raidInput(sana.id, hers.id));
    expect((await app.must('incidents:for-case', { caseId: his.id })).map((i) => i.id)).toEqual([raid.id]);
    expect(await app.call('incidents:for-case', { caseId: '6f1c2a4e-0000-4000-8000-00000000dead' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('an edit replaces the reports in order, and the incident stays with its client', async () => {
    const { app, farhan, his, sana } = await office();
    const raid = await app.must('incidents:create', raidInput(farhan.id, his.id));
    const data = raidInput(farhan.id, null);
    const updated = await app.must('incidents:update', {
      id: raid.id,
      data: {
        ...data,
        reports: [...(data.reports ?? []), { kind: 'petition_22a', madeTo: 'Justice of Peace', date: '2026-10-09' }],
      },
    });
    expect(updated.caseId).toBeNull();
    expect(updated.reports.map((r) => r.kind)).toEqual(['fir_sought', 'fir_refused', 'petition_22a']);
    const moved = await app.call('incidents:update', { id: raid.id, data: { ...data, clientId: sana.id } });
    expect(moved).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { clientId: 'Cannot move' } } });
  });

  test('a case of another client is refused, and nothing is written', async () => {
    const { app, farhan, hers } = await office();
    const before = snapshotDb(app);
    const r = await app.call('incidents:create', raidInput(farhan.id, hers.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { caseId: 'Not this client’s case' } } });
    expect(snapshotDb(app)).toEqual(before);
  });

  test('a deleted case leaves its incidents, unlinked', async () => {
    const { app, farhan, his } = await office();
    const raid = await app.must('incidents:create', raidInput(farhan.id, his.id));
    raw(app).prepare('DELETE FROM cases WHERE id = ?').run(his.id);
    expect((await app.must('incidents:get', { id: raid.id })).caseId).toBeNull();
  });

  test('deleting an incident removes its reports; one holding evidence is refused until the evidence goes', async () => {
    const { app, farhan } = await office();
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    const item = await app.must('evidence:add', screenshotInput(threat.id));
    const before = snapshotDb(app);
    const refused = await app.call('incidents:delete', { id: threat.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toMatch(/evidence/);
    expect(snapshotDb(app)).toEqual(before);

    await app.must('evidence:delete', { id: item.id });
    expect(countRows(app, 'evidence_files')).toBe(0);
    expect(countRows(app, 'evidence_custody_events')).toBe(0);
    await app.must('incidents:delete', { id: threat.id });
    expect(countRows(app, 'incidents')).toBe(0);
    expect(countRows(app, 'incident_reports')).toBe(0);
    // The audit log keeps that they existed and were deleted (names of fields only, never values).
    const deleted = raw(app).prepare("SELECT table_name FROM audit_log WHERE op = 'delete' ORDER BY seq").all() as {
      table_name: string;
    }[];
    expect(deleted.map((d) => d.table_name)).toEqual(
      expect.arrayContaining(['incident_evidence', 'evidence_files', 'incident_reports', 'incidents']),
    );
  });
});

describe('evidence', () => {
  test('the recorded SHA-256 is that of the bytes stored in the database; type, size and adder are kept', async () => {
    const { app, farhan } = await office();
    await app.must('profile:update', { name: 'Imaan Hazir' });
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    const bytes = randomBytes(300_000);
    const item = await app.must('evidence:add', {
      ...screenshotInput(threat.id),
      filename: 'chat-export.zip',
      mime: 'application/zip',
      base64: bytes.toString('base64'),
    });
    const stored = raw(app).prepare('SELECT bytes FROM evidence_files WHERE evidence_id = ?').get(item.id) as {
      bytes: Buffer;
    };
    expect(Buffer.compare(stored.bytes, bytes)).toBe(0);
    expect(item).toMatchObject({
      sha256: sha(bytes),
      sizeBytes: 300_000,
      mime: 'application/zip',
      addedAt: NOW,
      addedBy: 'Imaan Hazir',
      sourceUrl: 'https://x.com/watchman_isb/status/1859000000000000000',
    });
    // The type is read from the bytes when they say it: a PNG sent as "text/plain" is a PNG.
    const png = await app.must('evidence:add', { ...screenshotInput(threat.id), mime: 'text/plain' });
    expect(png.mime).toBe('image/png');
    expect(png.sha256).toBe(sha(Buffer.from(TINY_PNG_BASE64, 'base64')));
    expect((await app.must('incidents:get', { id: threat.id })).evidence.map((e) => e.id)).toEqual([item.id, png.id]);
  });

  test('a file over 25 MB, an empty one and bytes that are not base64 are refused, and nothing is written', async () => {
    const { app, farhan } = await office();
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    const before = snapshotDb(app);
    const over = Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 7).toString('base64');
    for (const [base64, message] of [
      [over, /too large \(25\.1 MB\).*at most 25 MB/],
      ['', /empty/],
      ['iVBORw0KGgo=====', /could not be read/],
      ['<img src=x onerror=alert(1)>', /could not be read/],
    ] as const) {
      const r = await app.call('evidence:add', { ...screenshotInput(threat.id), base64 });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { base64: expect.stringMatching(message) } },
      });
    }
    const path = await app.call('evidence:add', { ...screenshotInput(threat.id), filename: '../muhafiz.key.json' });
    expect(path).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { filename: 'A file name, not a path' } },
    });
    expect(snapshotDb(app)).toEqual(before);
  });

  test('exactly 25 MB is accepted', async () => {
    const { app, farhan } = await office();
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    const bytes = Buffer.alloc(EVIDENCE_MAX_BYTES, 1);
    const item = await app.must('evidence:add', { ...screenshotInput(threat.id), base64: bytes.toString('base64') });
    expect(item.sizeBytes).toBe(EVIDENCE_MAX_BYTES);
    expect((await app.must('evidence:verify', { id: item.id })).match).toBe(true);
  });

  test('verify recomputes the hash from the stored bytes and reports a changed file', async () => {
    const { app, farhan } = await office();
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    const item = await app.must('evidence:add', screenshotInput(threat.id));
    expect(await app.must('evidence:verify', { id: item.id })).toMatchObject({
      match: true,
      recorded: item.sha256,
      computed: item.sha256,
    });
    // Someone with the key changes the stored bytes behind the app's back.
    raw(app).prepare('UPDATE evidence_files SET bytes = ? WHERE evidence_id = ?').run(Buffer.from('edited'), item.id);
    const after = await app.must('evidence:verify', { id: item.id });
    expect(after).toMatchObject({ match: false, recorded: item.sha256, computed: sha(Buffer.from('edited')) });
    const sheet = await app.must('evidence:custody-sheet', { id: item.id, redacted: false });
    expect(sheet.events.at(-1)).toMatchObject({ action: 'verified', detail: expect.stringMatching(/^MISMATCH/) });
  });

  test('every access is logged in the chain of custody, in order, with who and when', async () => {
    const { app, farhan } = await office();
    await app.must('profile:update', { name: 'Imaan Hazir' });
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    const item = await app.must('evidence:add', screenshotInput(threat.id));
    app.setToday('2026-11-27T06:00:00.000Z');
    await app.must('profile:update', { name: 'Usman Warraich' });
    const viewed = await app.must('evidence:file', { id: item.id, purpose: 'view' });
    expect(Buffer.from(viewed.base64, 'base64').toString('base64')).toBe(TINY_PNG_BASE64);
    const exported = await app.must('evidence:file', { id: item.id, purpose: 'export' });
    expect(exported).toMatchObject({ filename: 'watchman_isb-post-2026-11-20.png', mime: 'image/png' });
    await app.must('evidence:verify', { id: item.id });
    await app.must('evidence:update', {
      id: item.id,
      sourceUrl: item.sourceUrl,
      description: 'Account suspended 22.11',
    });
    await app.must('evidence:record-print', { id: item.id, redacted: true });
    const docx = await app.must('evidence:export-sheet-docx', { id: item.id });
    // Reading the sheet itself logs nothing.
    const sheet = await app.must('evidence:custody-sheet', { id: item.id });
    expect(sheet.events.map((e) => [e.action, e.actor, e.at])).toEqual([
      ['added', 'Imaan Hazir', NOW],
      ['viewed', 'Usman Warraich', '2026-11-27T06:00:00.000Z'],
      ['exported', 'Usman Warraich', '2026-11-27T06:00:00.000Z'],
      ['verified', 'Usman Warraich', '2026-11-27T06:00:00.000Z'],
      ['edited', 'Usman Warraich', '2026-11-27T06:00:00.000Z'],
      ['sheet_printed', 'Usman Warraich', '2026-11-27T06:00:00.000Z'],
      ['sheet_exported', 'Usman Warraich', '2026-11-27T06:00:00.000Z'],
    ]);
    expect(sheet.events[0]?.detail).toContain(item.sha256);
    expect(sheet.events[4]?.detail).toBe('description');
    expect(docx.filename).toMatch(/^chain-of-custody-[0-9a-f]{12}\.docx$/);
  });

  test('a file’s bytes are never on disk in the clear, open or locked, nor its name, source or description', async () => {
    const { app, farhan } = await office();
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    const canary = 'CANARY-chat-export-7d1f0b: meet me at the press club at 9';
    await app.must('evidence:add', {
      ...screenshotInput(threat.id),
      filename: 'canary-name-5c2e.txt',
      mime: 'text/plain',
      base64: Buffer.from(canary.repeat(2000)).toString('base64'),
      sourceUrl: 'https://canary-source-91aa.example/post',
      description: 'canary-description-e04b',
    });
    const secrets = [canary, 'canary-name-5c2e', 'canary-source-91aa', 'canary-description-e04b'];
    for (const s of secrets) expect(filesContaining(app.dir, s), s).toEqual([]);
    await app.must('vault:lock', {});
    for (const s of secrets) expect(filesContaining(app.dir, s), s).toEqual([]);
  });

  test('the chain of custody cannot be rewritten', async () => {
    const { app, farhan } = await office();
    const threat = await app.must('incidents:create', onlineThreatInput(farhan.id));
    await app.must('evidence:add', screenshotInput(threat.id));
    expect(() => raw(app).prepare("UPDATE evidence_custody_events SET actor = 'someone else'").run()).toThrow(
      /append-only/,
    );
  });

  test('evidence on an unknown incident is NOT_FOUND, and nothing is written', async () => {
    const { app } = await office();
    const before = snapshotDb(app);
    const r = await app.call('evidence:add', screenshotInput('6f1c2a4e-0000-4000-8000-00000000dead'));
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(snapshotDb(app)).toEqual(before);
  });
});

describe('the custody sheet', () => {
  test('names each kind of incident as the screen does, and as the urgent appeal does', () => {
    // One wording on screen (the custody sheet page), in the printed sheet and in the appeal.
    expect(en.incidents.kinds).toEqual(KIND_WORDS);
  });

  test('of a high-risk client is redacted by default: codename, no name or numbers anywhere', async () => {
    const { app, farhan } = await office();
    const threat = await app.must('incidents:create', {
      ...onlineThreatInput(farhan.id),
      place: 'Outside Farhan Baloch’s house',
    });
    const item = await app.must('evidence:add', {
      ...screenshotInput(threat.id),
      filename: 'farhan-baloch-threat.png',
      description: 'Sent to Farhan on 0333-5550101 from an unknown number',
    });
    const sheet = await app.must('evidence:custody-sheet', { id: item.id });
    expect(sheet).toMatchObject({ redacted: true, redactedByDefault: true, clientLabel: 'Kestrel' });
    const text = JSON.stringify(sheet);
    for (const secret of ['Farhan', 'Baloch', 'فرحان', '5550101', '61101']) expect(text, secret).not.toContain(secret);
    expect(sheet.item.sha256).toBe(item.sha256);

    const docx = await app.must('evidence:export-sheet-docx', { id: item.id });
    const paragraphs = docxParagraphs(Buffer.from(docx.base64, 'base64')).join('\n');
    expect(paragraphs).toContain('Kestrel');
    expect(paragraphs).toContain(item.sha256);
    expect(paragraphs).toContain('REDACTED');
    expect(paragraphs).not.toMatch(/Farhan|Baloch|5550101/);

    const named = await app.must('evidence:custody-sheet', { id: item.id, redacted: false });
    expect(named).toMatchObject({ redacted: false, clientLabel: 'Farhan Baloch' });
  });

  test('of a low-risk client names the client unless asked to redact', async () => {
    const { app, sana } = await office();
    const threat = await app.must('incidents:create', onlineThreatInput(sana.id));
    const item = await app.must('evidence:add', screenshotInput(threat.id));
    expect(await app.must('evidence:custody-sheet', { id: item.id })).toMatchObject({
      redacted: false,
      redactedByDefault: false,
      clientLabel: 'Sana Mir',
    });
    // No codename: "Client A".
    expect((await app.must('evidence:custody-sheet', { id: item.id, redacted: true })).clientLabel).toBe('Client A');
  });
});

describe('the printed incident log', () => {
  test('is a chronology, oldest first, redacted by default for a high-risk client in every free-text field', async () => {
    const { app, farhan, his } = await office();
    await app.must('incidents:create', {
      ...onlineThreatInput(farhan.id),
      narrative: 'A post calling Farhan Baloch a traitor, with his number 0333-5550101',
    });
    const raid = await app.must('incidents:create', {
      ...raidInput(farhan.id, his.id),
      witnesses: 'His brother; Farhan’s neighbour',
    });
    const log = await app.must('incidents:log-report', { clientId: farhan.id });
    expect(log).toMatchObject({ redacted: true, redactedByDefault: true, clientLabel: 'Kestrel', riskLevel: 'high' });
    expect(log.incidents.map((i) => i.date)).toEqual(['2026-10-01', '2026-11-20']);
    expect(log.incidents[0]?.id).toBe(raid.id);
    const text = JSON.stringify(log);
    for (const secret of ['Farhan', 'Baloch', '5550101', '61101', 'فرحان']) expect(text, secret).not.toContain(secret);
    expect(log.incidents[1]?.narrative).toBe('A post calling Kestrel a traitor, with his number withheld');
    // Witnesses are at risk too: withheld whole.
    expect(log.incidents.map((i) => i.witnesses)).toEqual([null, null]);
    // The raid's place is the family's address: the street and sector go, the city stays; a place
    // without a number is kept.
    expect(log.incidents.map((i) => i.place)).toEqual([
      'withheld, Islamabad',
      'X (Twitter) and a WhatsApp group of Islamabad journalists',
    ]);
    expect(text).not.toMatch(/Street 21|G-9\/2/);
    const raidItem = await app.must('evidence:add', screenshotInput(raid.id));
    const sheet = await app.must('evidence:custody-sheet', { id: raidItem.id });
    expect(sheet.incident.place).toBe('withheld, Islamabad');

    const full = await app.must('incidents:log-report', { clientId: farhan.id, redacted: false });
    expect(full.clientLabel).toBe('Farhan Baloch');
    expect(full.incidents[1]?.narrative).toContain('Farhan Baloch');
    expect(full.incidents[0]?.witnesses).toBe('His brother; Farhan’s neighbour');
    expect(full.incidents[0]?.place).toBe('His home, Street 21, G-9/2, Islamabad');
  });
});

describe('the shared tables of channel inputs', () => {
  test('each incident and evidence channel accepts its valid input on the shared fixture', async () => {
    const channels = Object.keys(validInputs).filter((c) => /^(incidents|evidence):/.test(c)) as (
      'incidents:list' | 'evidence:add'
    )[];
    expect(channels).toHaveLength(15);
    for (const channel of channels) {
      const app = await open();
      const fx = await seedFixture(app);
      const r = await app.call(channel, validInputs[channel](fx) as ChannelInput<typeof channel>);
      expect(r.ok ? 'ok' : r.error, channel).toBe('ok');
    }
  });
});
