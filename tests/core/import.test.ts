import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import { parseDateCell, columnDateOrder } from '../../electron/core/import/dates';
import { parseSections } from '../../electron/core/import/values';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { snapshotDb } from '../support/disk';
import { makeCase } from '../support/factories';
import {
  AMBIGUOUS_CSV,
  base64,
  DIARY_EXPECTED,
  DIARY_TODAY,
  messyDiaryXlsx,
  seedExistingDiary,
} from '../support/import-diary';

/*
 * Bringing a spreadsheet diary into Muhafiz (issue 9), through dispatch as the window does:
 * the preview of a messy real-looking diary, nothing written before the lawyer imports, one
 * transaction, undo, and a round trip through Muhafiz's own export. Today: 27 November 2026.
 */

const apps: TestApp[] = [];
afterEach(() => {
  while (apps.length) apps.pop()?.cleanup();
});
const unlocked = async () => {
  const app = await makeUnlockedApp({ now: DIARY_TODAY });
  apps.push(app);
  return app;
};

/** Every row of every table the lawyer's data lives in, as text. Left out: the append-only history
 * (an undo is itself recorded there), the search index's internal pages, the import log itself, and
 * the remembered column mapping (a preference, kept on purpose). */
const dump = (app: TestApp) => {
  const sqlite = app.vault.db.$client;
  const tables = (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((n) => !/^(audit_log|search_|import_|sqlite_)/.test(n));
  return Object.fromEntries(
    tables.map((n) => {
      const rows = sqlite.prepare(`SELECT * FROM "${n}"`).all() as Record<string, unknown>[];
      const kept = n === 'settings' ? rows.filter((r) => !String(r.key).startsWith('import.mapping.')) : rows;
      return [n, kept.map((r) => JSON.stringify(r)).sort()];
    }),
  );
};

const diaryFile = async () => ({ filename: 'Diary 2024-2026.xlsx', base64: base64(await messyDiaryXlsx()) });

const importDiary = async (app: TestApp) => {
  const file = await diaryFile();
  const preview = await app.must('import:preview', file);
  const { clients, cases, hearings } = preview.counts.create;
  return app.must('import:run', { ...file, expected: { clients, cases, hearings } });
};

describe('reading what diaries write', () => {
  test('dates in the formats Pakistani diaries use, day first', () => {
    const read = (v: unknown) => {
      const p = parseDateCell(v);
      return p.ok ? p.date : p.message;
    };
    expect(read('12-03-2026')).toBe('2026-03-12');
    expect(read('12/3/26')).toBe('2026-03-12');
    expect(read('12.03.2026')).toBe('2026-03-12');
    expect(read('12 Mar 2026')).toBe('2026-03-12');
    expect(read('12 March, 2026')).toBe('2026-03-12');
    expect(read('March 12, 2026')).toBe('2026-03-12');
    expect(read('۱۲ مارچ ۲۰۲۶')).toBe('2026-03-12');
    expect(read('12 مارچ 2026')).toBe('2026-03-12');
    expect(read('2026-03-12')).toBe('2026-03-12');
    expect(read('12-03-2026 10:30 am')).toBe('2026-03-12');
    expect(read('12th March 2026')).toBe('2026-03-12');
    expect(read(new Date(Date.UTC(2026, 2, 12)))).toBe('2026-03-12');
    expect(read(46093)).toBe('2026-03-12');
    expect(read('31-02-2026')).toMatch(/not a real calendar date/);
    expect(read('next week')).toMatch(/not a date/);
  });

  test('a column is settled by a date that reads only one way, and asked about when none does', () => {
    expect(columnDateOrder(['03/04/2026', '13/04/2026'])).toBe('dmy');
    expect(columnDateOrder(['03/04/2026', '04/13/2026'])).toBe('mdy');
    expect(columnDateOrder(['03/04/2026', '05/06/2026'])).toBe('ask');
    expect(columnDateOrder(['12 March 2026', '05/05/2026'])).toBe('none');
  });

  test('offences as diaries write them', () => {
    expect(parseSections('302/34 PPC')).toEqual([
      { statute: 'PPC', section: '302' },
      { statute: 'PPC', section: '34' },
    ]);
    expect(parseSections('PECA 26-A, 505 PPC')).toEqual([
      { statute: 'PECA', section: '26-A' },
      { statute: 'PPC', section: '505' },
    ]);
    expect(parseSections('7 ATA / 505 PPC')).toEqual([
      { statute: 'ATA', section: '7' },
      { statute: 'PPC', section: '505' },
    ]);
    expect(parseSections('PPC 295-C, PPC 298-A')).toEqual([
      { statute: 'PPC', section: '295-C' },
      { statute: 'PPC', section: '298-A' },
    ]);
  });
});

describe('the preview of a messy diary', () => {
  test('finds the headings under the titles and merged cells, and suggests every field', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const p = await app.must('import:preview', await diaryFile());
    expect(p.headerRow).toBe(5);
    expect(p.sheet).toBe('Diary 2024-2026');
    expect(p.columns.map((c) => [c.letter, c.header, c.suggested])).toEqual([
      ['A', 'Name of Accused', 'clientName'],
      ['B', 'نام (اردو)', 'clientNameUr'],
      ['C', 'CNIC', 'cnic'],
      ['D', 'FIR No.', 'firNumber'],
      ['E', 'FIR Year', 'firYear'],
      ['F', 'FIR Police Station', 'policeStation'],
      ['G', 'U/S', 'sections'],
      ['H', 'Court', 'forum'],
      ['I', 'Case No.', 'caseNumber'],
      ['J', 'Date', 'hearingDate'],
      ['K', 'Proceedings', 'shortOrder'],
      ['L', 'Next Date', 'nextDate'],
      ['M', 'Remarks', 'notes'],
    ]);
    expect(p.mappingSource).toBe('suggested');
    expect(p.dateQuestions).toEqual([]);
  });

  test('counts exactly what will be created, matched and refused, row by row', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const p = await app.must('import:preview', await diaryFile());
    expect(p.counts).toEqual(DIARY_EXPECTED);
    const status = Object.fromEntries(p.rows.map((r) => [r.row, r.status]));
    expect(status).toEqual({
      7: 'new',
      8: 'new',
      11: 'match',
      12: 'match',
      13: 'new',
      14: 'error',
      15: 'error',
      16: 'new',
      17: 'new',
      18: 'new',
      20: 'new',
    });
    const row = (n: number) => p.rows.find((r) => r.row === n) as (typeof p.rows)[number];
    expect(row(12).duplicateOf).toBe(11);
    expect(row(11).matches).toEqual([
      { kind: 'case', label: 'Farhan Baloch — FIR 112/2026', row: null },
      { kind: 'hearing', label: '2026-11-20', row: null },
    ]);
    expect(row(8).matches).toEqual([
      {
        kind: 'case',
        label: 'FIR 77/2025, PS Civil Lines · Special Case No. 342/2025, Anti-Terrorism Court-I, Rawalpindi',
        row: 7,
      },
    ]);
    expect(row(13).hearingDates).toEqual(['2026-01-15', '2026-03-06']);
    expect(row(16).hearingDates).toEqual(['2026-03-12', '2026-04-02']);
    expect(row(20).matches).toEqual([{ kind: 'client', label: 'Farhan Baloch', row: null }]);
  });

  test('errors name the spreadsheet row, the column letter and its heading', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const p = await app.must('import:preview', await diaryFile());
    const errors = p.rows.filter((r) => r.status === 'error').map((r) => [r.row, r.errors]);
    expect(errors).toEqual([
      [
        14,
        [
          {
            column: 'L',
            header: 'Next Date',
            code: 'date_invalid',
            value: '31-02-2026',
            message: '"31-02-2026" is not a real calendar date',
          },
          {
            column: 'C',
            header: 'CNIC',
            code: 'cnic',
            value: '1234',
            message: '"1234" is not a CNIC (13 digits, as 12345-1234567-1)',
          },
        ],
      ],
      [
        15,
        [
          {
            column: 'A',
            header: 'Name of Accused',
            code: 'client_name',
            value: null,
            message: 'A new case needs the client’s name',
          },
        ],
      ],
    ]);
  });

  test('a preview (or a cancelled import) writes nothing at all', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const before = snapshotDb(app);
    await app.must('import:preview', await diaryFile());
    await app.must('import:preview', { ...(await diaryFile()), mapping: Array(13).fill(null) });
    expect(snapshotDb(app)).toEqual(before);
  });

  test('a column of dates that could be read either way is asked about, and the answer is used', async () => {
    const app = await unlocked();
    const file = { filename: 'pending.csv', base64: base64(AMBIGUOUS_CSV) };
    const p = await app.must('import:preview', file);
    expect(p.dateQuestions.map((q) => [q.letter, q.header, q.samples])).toEqual([
      ['D', 'Hearing date', ['03/04/2026', '05/06/2026', '07/08/2026']],
      ['E', 'Next date', ['05/06/2026']],
    ]);
    const expected = { clients: 2, cases: 2, hearings: 3 };
    const unanswered = await app.call('import:run', { ...file, expected });
    expect(!unanswered.ok && unanswered.error.code).toBe('VALIDATION');
    expect(!unanswered.ok && unanswered.error.message).toMatch(/column D \(Hearing date\)/);
    const answered = await app.must('import:preview', { ...file, dateOrder: { '3': 'mdy', '4': 'mdy' } });
    expect(answered.dateQuestions.map((q) => q.letter)).toEqual(['D', 'E']);
    expect(answered.dateOrder).toEqual({ '3': 'mdy', '4': 'mdy' });
    expect(answered.rows[0]?.hearingDates).toEqual(['2026-03-04', '2026-05-06']);
    await app.must('import:run', { ...file, dateOrder: { '3': 'mdy', '4': 'mdy' }, expected });
    const cases = await app.must('cases:list', { query: 'Ali Wazir' });
    const detail = await app.must('cases:get', { id: cases[0]?.id as string });
    expect(detail.hearings.map((h) => [h.date, h.outcome, h.nextDate])).toEqual([
      ['2026-03-04', 'adjourned', '2026-05-06'],
      ['2026-05-06', null, null],
    ]);
  });
});

describe('the import', () => {
  test('creates exactly what the preview said, in Muhafiz as the diary had it', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const batch = await importDiary(app);
    expect(batch.created).toEqual(DIARY_EXPECTED.create);
    expect([batch.rowsRead, batch.rowsImported, batch.rowsSkipped]).toEqual([11, 7, 2]);
    const [baba] = await app.must('cases:list', { query: 'Baba Jan' });
    const detail = await app.must('cases:get', { id: baba?.id as string });
    expect(detail).toMatchObject({
      firNumber: '77/2025',
      policeStationName: 'Civil Lines',
      caseNumber: 'Special Case No. 342/2025',
      forumName: 'Anti-Terrorism Court-I, Rawalpindi',
    });
    expect(detail.offences.map((o) => `${o.statute} ${o.section}`)).toEqual(['ATA 7', 'PPC 505']);
    expect(detail.hearings.map((h) => [h.date, h.outcome, h.shortOrder, h.nextDate])).toEqual([
      ['2025-03-12', 'adjourned', 'Charge framed, adjourned for evidence', '2025-04-02'],
      ['2025-04-02', 'adjourned', 'Evidence partly recorded', '2025-04-28'],
      ['2025-04-28', null, null, null],
    ]);
    expect(detail.hearings[0]?.nextHearingId).toBe(detail.hearings[1]?.id);
    expect(detail.datedNotes.map((n) => [n.date, n.body])).toEqual([['2025-03-12', 'Client in Adiala jail']]);
    const farhan = (await app.must('clients:list', { query: 'Farhan' }))[0];
    expect(farhan?.activeCases).toBe(2);
    const urdu = await app.must('clients:list', { query: 'رخسانہ' });
    expect(urdu.map((c) => [c.fullName, c.nameUr])).toEqual([['رخسانہ بی بی', 'رخسانہ بی بی']]);
  });

  test('imported again, the same diary matches everything and creates nothing', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    await importDiary(app);
    const again = await app.must('import:preview', await diaryFile());
    expect(again.counts.create).toEqual({ clients: 0, cases: 0, hearings: 0, notes: 0, courts: 0, policeStations: 0 });
    expect([again.counts.new, again.counts.match, again.counts.error]).toEqual([0, 9, 2]);
  });

  test('remembers the mapping for the next file with the same headings', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const file = await diaryFile();
    const first = await app.must('import:preview', file);
    const mapping = [...first.mapping.slice(0, 12), null]; // the lawyer leaves out the remarks
    const p = await app.must('import:preview', { ...file, mapping });
    const { clients, cases, hearings } = p.counts.create;
    await app.must('import:run', { ...file, mapping, expected: { clients, cases, hearings } });
    const next = await app.must('import:preview', file);
    expect(next.mappingSource).toBe('remembered');
    expect(next.mapping).toEqual(mapping);
  });

  test('a failure midway writes nothing', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const before = dump(app);
    const snapshot = snapshotDb(app);
    // The disk fills up as the hearing of 16 April 2026 is written, after clients and cases.
    app.vault.db.$client.exec(
      "CREATE TEMP TRIGGER disk_full BEFORE INSERT ON hearings WHEN NEW.date = '2026-04-16' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const file = await diaryFile();
    const r = await app.call('import:run', { ...file, expected: { clients: 4, cases: 4, hearings: 9 } });
    expect(r.ok).toBe(false);
    app.vault.db.$client.exec('DROP TRIGGER temp.disk_full');
    expect(dump(app)).toEqual(before);
    expect(snapshotDb(app)).toEqual(snapshot);
    expect(await app.must('import:batches', {})).toEqual([]);
    expect(await app.must('import:progress', {})).toBeNull();
  });

  test('refuses when the diary changed since the preview', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const file = await diaryFile();
    const r = await app.call('import:run', { ...file, expected: { clients: 5, cases: 4, hearings: 9 } });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(await app.must('import:batches', {})).toEqual([]);
  });

  test('shows its progress while it writes, in chunks', async () => {
    const app = await unlocked();
    const lines = ['Client name,FIR number,Police station,Hearing date'];
    for (let i = 1; i <= 300; i++) lines.push(`Client ${i},${i}/2026,Saddar,${(i % 28) + 1} March 2026`);
    const file = { filename: 'big.csv', base64: base64(lines.join('\n')) };
    const p = await app.must('import:preview', file);
    expect(p.counts.create).toMatchObject({ clients: 300, cases: 300, hearings: 300 });
    const run = app.must('import:run', { ...file, expected: { clients: 300, cases: 300, hearings: 300 } });
    let finished = false;
    void run.then(() => (finished = true));
    const seen: { done: number; total: number }[] = [];
    while (!finished) {
      const progress = await app.must('import:progress', {});
      if (progress) seen.push(progress);
      await new Promise((r) => setImmediate(r));
    }
    await run;
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.some((s) => s.done > 0 && s.done < s.total)).toBe(true);
    expect(seen.every((s) => s.total === 901)).toBe(true);
  });
});

describe('undo', () => {
  test('restores the diary exactly as it was before the import', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const before = dump(app);
    const batch = await importDiary(app);
    expect(dump(app)).not.toEqual(before);
    const undone = await app.must('import:undo', { id: batch.id });
    expect(undone.undoneAt).toBe(DIARY_TODAY);
    expect(dump(app)).toEqual(before);
    const again = await app.call('import:undo', { id: batch.id });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
  });

  test('refuses, naming what would be lost, after an imported record was edited or added to', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const batch = await importDiary(app);
    const [usama] = await app.must('cases:list', { query: 'Usama' });
    app.setToday('2026-11-28T05:00:00.000Z');
    await app.must('notes:create', { caseId: usama?.id as string, date: '2026-11-28', body: 'Met the client' });
    const withNote = dump(app);
    const r = await app.call('import:undo', { id: batch.id });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(!r.ok && r.error.message).toMatch(/1 note added since/);
    expect(dump(app)).toEqual(withNote);

    const hearing = (await app.must('cases:get', { id: usama?.id as string })).hearings.at(-1);
    await app.must('hearings:record-outcome', {
      hearingId: hearing?.id as string,
      outcome: 'heard',
      shortOrder: 'Arguments heard',
    });
    const r2 = await app.call('import:undo', { id: batch.id });
    expect(!r2.ok && r2.error.message).toMatch(/The hearing of 2026-04-16 was changed after the import \(2026-11-28\)/);
  });
});

describe('export, and the round trip', () => {
  const sheetRows = async (b64: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(b64, 'base64') as unknown as ArrayBuffer);
    return Object.fromEntries(
      wb.worksheets.map((ws) => {
        const rows: string[] = [];
        ws.eachRow((row) => rows.push(JSON.stringify(row.values)));
        return [ws.name, rows.sort()];
      }),
    );
  };

  test('one workbook of three sheets that imports back as the same records, matched, not duplicated', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    await importDiary(app);
    const file = await app.must('export:diary', { format: 'xlsx' });
    expect(file.filename).toBe('muhafiz-diary-2026-11-27.xlsx');
    const sheets = await sheetRows(file.base64);
    expect(Object.keys(sheets)).toEqual(['Clients', 'Cases', 'Hearings']);
    expect([sheets.Clients?.length, sheets.Cases?.length, sheets.Hearings?.length]).toEqual([6, 6, 11]);

    const before = dump(app);
    for (const sheet of ['Clients', 'Cases', 'Hearings']) {
      const p = await app.must('import:preview', { filename: file.filename, base64: file.base64, sheet });
      expect([sheet, p.counts.error, p.counts.create]).toEqual([
        sheet,
        0,
        { clients: 0, cases: 0, hearings: 0, notes: 0, courts: 0, policeStations: 0 },
      ]);
      expect(p.counts.match).toBe(p.counts.rows);
    }
    expect(dump(app)).toEqual(before);

    // Into an empty diary: clients, then cases, then hearings; exported again, the same workbook.
    const fresh = await unlocked();
    for (const sheet of ['Clients', 'Cases', 'Hearings']) {
      const p = await fresh.must('import:preview', { filename: file.filename, base64: file.base64, sheet });
      expect(p.counts.error).toBe(0);
      const { clients, cases, hearings } = p.counts.create;
      await fresh.must('import:run', {
        filename: file.filename,
        base64: file.base64,
        sheet,
        expected: { clients, cases, hearings },
      });
    }
    const again = await fresh.must('export:diary', { format: 'xlsx' });
    expect(await sheetRows(again.base64)).toEqual(sheets);
    // Farhan's case came with its FIR and arrest dates: its deadlines are computed as on entry by hand.
    const [farhanCase] = await fresh.must('cases:list', { query: '112/2026' });
    const byHand = await app.must('deadlines:for-case', {
      caseId: (await app.must('cases:list', { query: '112/2026' }))[0]?.id as string,
    });
    const imported = await fresh.must('deadlines:for-case', { caseId: farhanCase?.id as string });
    expect(imported.deadlines.length).toBeGreaterThan(0);
    expect(imported.deadlines.map((d) => [d.ruleId, d.dueDate])).toEqual(
      byHand.deadlines.map((d) => [d.ruleId, d.dueDate]),
    );
  });

  test('CSV per sheet: UTF-8 with a BOM for Urdu, formulas escaped, and it imports back matched', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    await app.must('clients:create', {
      fullName: '=HYPERLINK("http://evil.example","Click")',
      nameUr: 'صبا گل',
      phone: '+92 300 1234567',
      category: 'activist',
    });
    const csv = await app.must('export:diary', { format: 'csv', sheet: 'clients' });
    const bytes = Buffer.from(csv.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).toContain("'+92 300 1234567");
    expect(text).toContain('صبا گل');
    expect(text).not.toMatch(/(^|,)[=+@-]/m);
    const back = await app.must('import:preview', { filename: csv.filename, base64: csv.base64 });
    expect([back.counts.rows, back.counts.match, back.counts.error]).toEqual([2, 2, 0]);
  });
});

describe('a CSV list of pending cases (tests/fixtures/import/pending-cases.csv)', () => {
  const csv = () => ({
    filename: 'pending-cases.csv',
    base64: readFileSync(join(__dirname, '../fixtures/import/pending-cases.csv')).toString('base64'),
  });

  test('reads the headings under the title, Urdu names, Urdu digits and Urdu months, with exact counts', async () => {
    const app = await unlocked();
    const p = await app.must('import:preview', csv());
    expect(p.headerRow).toBe(3);
    expect(p.mapping).toEqual([
      null,
      'clientNameUr',
      'clientName',
      'cnic',
      'firNumber',
      'policeStation',
      'sections',
      'forum',
      'caseNumber',
      'hearingDate',
      'nextDate',
      'notes',
    ]);
    expect(p.counts).toEqual({
      rows: 7,
      blank: 1,
      skipped: 0,
      new: 4,
      match: 1,
      error: 2,
      create: { clients: 3, cases: 3, hearings: 6, notes: 2, courts: 2, policeStations: 3 },
      matched: { clients: 0, cases: 0, hearings: 0 },
    });
    expect(
      p.rows.filter((r) => r.status === 'error').map((r) => [r.row, r.errors.map((e) => [e.column, e.code])]),
    ).toEqual([
      [9, [['J', 'date_invalid']]],
      [11, [['K', 'next_before']]],
    ]);
    expect(p.rows.find((r) => r.row === 10)?.duplicateOf).toBe(8);
    const { clients, cases, hearings } = p.counts.create;
    await app.must('import:run', { ...csv(), expected: { clients, cases, hearings } });
    const [idris] = await app.must('cases:list', { query: 'Idris' });
    const detail = await app.must('cases:get', { id: idris?.id as string });
    expect([detail.firNumber, detail.forumName, detail.offences.map((o) => `${o.statute} ${o.section}`)]).toEqual([
      '302/2025',
      'Sessions Court, Peshawar',
      ['PPC 302', 'PPC 34'],
    ]);
    expect(detail.hearings.map((h) => h.date)).toEqual(['2025-10-12', '2025-11-02']);
    const client = await app.must('clients:get', { id: detail.parties[0]?.clientId as string });
    expect([client.fullName, client.nameUr, client.cnic]).toEqual(['Idris Khattak', 'ادریس خٹک', '61101-2222333-4']);
  });

  test('the diary locked halfway through an import: nothing of it is written', async () => {
    const app = await unlocked();
    const lines = ['Client name,FIR number,Police station,Hearing date'];
    for (let i = 1; i <= 300; i++) lines.push(`Client ${i},${i}/2026,Saddar,${(i % 28) + 1} March 2026`);
    const file = { filename: 'big.csv', base64: base64(lines.join('\n')) };
    const before = dump(app);
    const run = app.call('import:run', { ...file, expected: { clients: 300, cases: 300, hearings: 300 } });
    while (!(await app.must('import:progress', {}))) await new Promise((r) => setImmediate(r));
    app.vault.lock();
    const r = await run;
    expect(!r.ok && r.error.code).toBe('LOCKED');
    await app.must('vault:unlock', { passphrase: PASSPHRASE });
    expect(dump(app)).toEqual(before);
    expect(await app.must('import:batches', {})).toEqual([]);
  });
});

describe('more of what diaries hold', () => {
  test('counsel, father’s name and contact person; undo removes a lawyer only this import named', async () => {
    const app = await unlocked();
    await seedExistingDiary(app);
    const before = dump(app);
    const csv = [
      'Name,S/O,Contact person,FIR No,Thana,Counsel,Date',
      'Hidayat Ullah,Gul Khan,"Brother, 0301-7654321",19/2026,Saddar,Usman Warraich; Imaan Hazir,14-02-2026',
    ].join('\n');
    const file = { filename: 'counsel.csv', base64: base64(csv) };
    const p = await app.must('import:preview', file);
    expect(p.mapping).toEqual([
      'clientName',
      'guardianName',
      'contactPerson',
      'firNumber',
      'policeStation',
      'lawyer',
      'hearingDate',
    ]);
    const batch = await app.must('import:run', { ...file, expected: { clients: 1, cases: 1, hearings: 1 } });
    const [kase] = await app.must('cases:list', { query: '19/2026' });
    const detail = await app.must('cases:get', { id: kase?.id as string });
    expect(detail.team).toEqual(['Usman Warraich', 'Imaan Hazir']);
    const client = await app.must('clients:get', { id: detail.parties[0]?.clientId as string });
    expect([client.guardianName, client.contactPerson]).toEqual(['Gul Khan', 'Brother, 0301-7654321']);
    expect((await app.must('lawyers:list', {})).map((l) => l.name)).toEqual(['Imaan Hazir', 'Usman Warraich']);
    await app.must('import:undo', { id: batch.id });
    expect(dump(app)).toEqual(before);
    expect((await app.must('lawyers:list', {})).map((l) => l.name)).toEqual(['Imaan Hazir']);
  });

  test('a CSV saved by Excel on an Urdu Windows (code page 1256, not UTF-8) still reads its Urdu', async () => {
    const app = await unlocked();
    // "Client name,نام,FIR number,Police station,Hearing date" and one row, encoded in Windows-1256.
    const cp1256 =
      'Q2xpZW50IG5hbWUs5MfjLEZJUiBudW1iZXIsUG9saWNlIHN0YXRpb24sSGVhcmluZyBkYXRlDQpVbWFyIEZhcm9vcSza49Eg3cfR5t4sNjEvMjAyNixTYWRkYXIsMTQtMDItMjAyNg0K';
    const p = await app.must('import:preview', { filename: 'excel.csv', base64: cp1256 });
    expect(p.columns.map((c) => c.header)).toEqual([
      'Client name',
      'نام',
      'FIR number',
      'Police station',
      'Hearing date',
    ]);
    expect(p.mapping[1]).toBe('clientNameUr');
    expect(p.columns[1]?.samples).toEqual(['عمر فاروق']);
  });
});

test('an undo asked for while an import is writing is refused, and both imports stay whole', async () => {
  const app = await unlocked();
  await seedExistingDiary(app);
  const first = await importDiary(app);
  const lines = ['Client name,FIR number,Police station,Hearing date'];
  for (let i = 1; i <= 300; i++) lines.push(`Client ${i},${i}/2026,Banni,${(i % 28) + 1} March 2026`);
  const file = { filename: 'big.csv', base64: base64(lines.join('\n')) };
  const run = app.must('import:run', { ...file, expected: { clients: 300, cases: 300, hearings: 300 } });
  while (!(await app.must('import:progress', {}))) await new Promise((r) => setImmediate(r));
  const undo = await app.call('import:undo', { id: first.id });
  expect(!undo.ok && undo.error.code).toBe('CONFLICT');
  const second = await run;
  expect(second.created.clients).toBe(300);
  expect((await app.must('import:batches', {})).map((b) => b.undoneAt)).toEqual([null, null]);
});

test('while an import is writing, any other save is refused (it would join the import’s transaction), then works', async () => {
  const app = await unlocked();
  const c = await makeCase(app);
  const lines = ['Client name,FIR number,Police station,Hearing date'];
  for (let i = 1; i <= 300; i++) lines.push(`Client ${i},${i}/2026,Kohsar,${(i % 28) + 1} March 2026`);
  const file = { filename: 'big.csv', base64: base64(lines.join('\n')) };
  const run = app.call('import:run', { ...file, expected: { clients: 300, cases: 300, hearings: 300 } });
  while (!(await app.must('import:progress', {}))) await new Promise((r) => setImmediate(r));
  const note = { caseId: c.id, date: '2026-11-27', body: 'Typed while the import ran' };
  const refused = await app.call('notes:create', note);
  expect(refused).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: 'An import is being written. Wait until it has finished, then try again.' },
  });
  // The reminder runner waits for the next minute rather than write into the import.
  expect(app.ctx.reminders.tick()).toEqual([]);
  expect((await run).ok).toBe(true);
  await app.must('notes:create', note);
  expect((await app.must('cases:get', { id: c.id })).datedNotes.map((n) => n.body)).toEqual([note.body]);
});
